package vn.chungtay.ui;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chungtay.app.startup.StartupExit;
import vn.chungtay.store.DbLocation;

/**
 * Starts JavaFX without an {@code Application} subclass, so that the window is built by constructor injection, and
 * blocks until the program's window has closed.
 */
public final class DesktopLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private DesktopLauncher() {
    }

    /** Opens the desktop program on the database; returns the exit code when its window has closed. */
    public static int run(DbLocation location, Locale locale) {
        return run(location, locale, StartupExit.NEVER);
    }

    /**
     * Opens the desktop program; with an exit point other than {@link StartupExit#NEVER} it prints its start-up
     * times and ends the process there.
     */
    public static int run(DbLocation location, Locale locale, StartupExit exit) {
        CountDownLatch closed = new CountDownLatch(1);
        int[] exitCode = {0};
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            DesktopApp app = new DesktopApp(location, locale, code -> {
                exitCode[0] = code;
                closed.countDown();
            }, new StartupTimer(exit, System.out));
            app.start(new Stage());
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while the window was open");
        }
        Platform.exit();
        return exitCode[0];
    }
}
