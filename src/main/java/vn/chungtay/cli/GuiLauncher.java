package vn.chungtay.cli;

import java.util.Locale;
import vn.chungtay.store.DbLocation;

/** Opens the desktop program and returns its exit code once the last window closes. */
@FunctionalInterface
public interface GuiLauncher {

    /** @param locale the language asked for on the command line, or {@code null} for the saved choice */
    int launch(DbLocation location, Locale locale);
}
