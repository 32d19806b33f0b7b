package vn.chungtay.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.chungtay.app.startup.StartupExit;

/**
 * Prints how long after the process started the window showed and the program was ready, and ends the process at
 * the point asked for ({@link StartupExit}). Does nothing in a person's session.
 */
final class StartupTimer {

    private final StartupExit exit;
    private final PrintStream out;

    StartupTimer(StartupExit exit, PrintStream out) {
        this.exit = exit;
        this.out = out;
    }

    /**
     * Reports {@link #shown()} once the stage is shown and its first frame laid out (the window's contents, not an
     * empty frame); a program and its baseline are timed at the same point.
     */
    void watch(Stage stage) {
        stage.setOnShown(e -> afterNextLayout(stage.getScene(), this::shown));
    }

    /** Runs the action once, after the next layout pass of the scene. */
    static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The window has been shown for the first time. */
    void shown() {
        if (exit == StartupExit.NEVER) {
            return;
        }
        out.println("shown " + sinceStart());
        if (exit == StartupExit.SHOWN) {
            leave();
        }
    }

    /** The database is open and the first screen (the main window or the first-start questions) has been laid out. */
    void ready() {
        if (exit == StartupExit.READY) {
            out.println("ready " + sinceStart());
            leave();
        }
    }

    private void leave() {
        out.flush();
        // At once, without closing the window or waiting for background work: the measurement is over.
        System.exit(0);
    }

    /** Milliseconds since the process started (JVM start when the operating system does not tell). */
    static long sinceStart() {
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - start;
    }
}
