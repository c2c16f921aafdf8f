package vn.binhdang.pipeline;

/**
 * A problem the user can fix (a missing folder, a bad option, an unreadable file). The command line
 * prints its message as one line, without a stack trace.
 */
public class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
