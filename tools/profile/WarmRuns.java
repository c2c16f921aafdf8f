/**
 * Runs the main job N times in one JVM (default 3) and prints each run's wall time: the first pays for the JIT
 * and class loading, the others show what a run costs warm. A measuring tool for issue 9, not part of the
 * product. Usage: tools/profile/warm-runs [N] [run options…]
 */
public class WarmRuns {
  public static void main(String[] args) {
    int n = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 3;
    String[] options = java.util.Arrays.copyOfRange(args, args.length > 0 && args[0].matches("\\d+") ? 1 : 0,
        args.length);
    for (int i = 0; i < n; i++) {
      String[] run = new String[options.length + 4];
      run[0] = "run";
      run[1] = "--out";
      run[2] = System.getProperty("java.io.tmpdir") + "/binhdang-warm-" + i;
      run[3] = "-q";
      System.arraycopy(options, 0, run, 4, options.length);
      long t = System.nanoTime();
      int rc = vn.binhdang.cli.Main.commandLine().execute(run);
      System.out.printf("run %d: exit %d, %.1f s%n", i + 1, rc, (System.nanoTime() - t) / 1e9);
      if (rc != 0) System.exit(rc);
    }
    System.exit(0);
  }
}
