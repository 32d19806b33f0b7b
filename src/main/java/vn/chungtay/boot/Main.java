package vn.chungtay.boot;

import java.time.Clock;
import java.util.Locale;
import vn.chungtay.app.startup.StartupExit;
import vn.chungtay.cli.Cli;
import vn.chungtay.cli.GuiLauncher;
import vn.chungtay.store.DbLocation;
import vn.chungtay.ui.BaselineWindow;
import vn.chungtay.ui.DesktopLauncher;

/**
 * The one entry point of the jar: with a command it runs the command line, without one it opens the desktop
 * program. It does not extend {@code Application}, so that JavaFX on the class path starts (STACK.md).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("bench-baseline-window")) {
            // Hidden: the one-label window that cold starts are compared against (installer/cold-start.sh).
            System.exit(BaselineWindow.run(System.out));
        }
        Cli cli = new Cli(new GuiLauncher() {
            @Override
            public int launch(DbLocation location, Locale locale) {
                return DesktopLauncher.run(location, locale);
            }

            @Override
            public int launch(DbLocation location, Locale locale, StartupExit exit) {
                return DesktopLauncher.run(location, locale, exit);
            }
        }, Clock.systemDefaultZone());
        int code = cli.run(args, System.out, System.err);
        System.exit(code);
    }
}
