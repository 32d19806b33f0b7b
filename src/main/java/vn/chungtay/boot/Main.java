package vn.chungtay.boot;

import java.time.Clock;
import vn.chungtay.cli.Cli;
import vn.chungtay.ui.DesktopLauncher;

/**
 * The one entry point of the jar: with a command it runs the command line, without one it opens the desktop
 * program. It does not extend {@code Application}, so that JavaFX on the class path starts (STACK.md).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli(DesktopLauncher::run, Clock.systemDefaultZone());
        int code = cli.run(args, System.out, System.err);
        System.exit(code);
    }
}
