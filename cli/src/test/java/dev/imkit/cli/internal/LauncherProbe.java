package dev.imkit.cli.internal;

/** Stands in for the CLI in the launcher script's test: prints its arguments and working directory. */
public final class LauncherProbe {
  private LauncherProbe() {
  }

  public static void main(String[] args) {
    System.out.println("args: " + String.join(" ", args));
    System.out.println("cwd: " + System.getProperty("user.dir"));
  }
}
