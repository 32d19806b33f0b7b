package vn.chungtay.cli;

import java.util.Locale;
import vn.chungtay.app.startup.StartupExit;
import vn.chungtay.store.DbLocation;

/** Opens the desktop program and returns its exit code once the last window closes. */
@FunctionalInterface
public interface GuiLauncher {

    /** @param locale the language asked for on the command line, or {@code null} for the saved choice */
    int launch(DbLocation location, Locale locale);

    /** Opens the desktop program and ends the process at the given start-up point, printing its times. */
    default int launch(DbLocation location, Locale locale, StartupExit exit) {
        return launch(location, locale);
    }
}
