package vn.binhdang.cli;

/** Exit codes of the command line. */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;
  /** Something went wrong that is not the user's doing: a bug; details in the error log. */
  public static final int INTERNAL = 1;
  /** Bad options. */
  public static final int USAGE = 2;
  /** Bad input the user can fix: a missing folder, a broken catalogue, an unreadable file. */
  public static final int INPUT = 3;
}
