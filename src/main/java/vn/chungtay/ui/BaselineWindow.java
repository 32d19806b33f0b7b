package vn.chungtay.ui;

import java.io.PrintStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.chungtay.app.startup.StartupExit;

/**
 * The cold-start baseline: a window with one label, started from the same jar, JVM and entry point as the program,
 * that prints {@code shown N} (milliseconds since the process started) and exits as soon as it shows. Reached by the
 * hidden command {@code bench-baseline-window}; installer/cold-start.sh compares the program against it.
 */
public final class BaselineWindow {

    private BaselineWindow() {
    }

    public static int run(PrintStream out) {
        StartupTimer timer = new StartupTimer(StartupExit.SHOWN, out);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("ChungTay");
            stage.setScene(new Scene(new StackPane(new Label("ChungTay")), 1280, 780));
            timer.watch(stage);
            stage.show();
        });
        // The timer ends the process once the window shows.
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
    }
}
