package vn.chungtay.ui.review;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a node the focus once the next pulse has laid its screen out. Earlier is too soon: on that pulse the scene
 * hands the focus of the screen just removed to the window's first control (the settings menu), as the units screen
 * found out.
 */
final class FocusAfterLayout {

    private FocusAfterLayout() {
    }

    /** Focuses {@code target} after layout each time {@code screen} is shown in a scene. */
    static void whenShown(Node screen, Node target) {
        screen.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                once(scene, target);
            }
        });
    }

    private static void once(Scene scene, Node target) {
        Runnable listener = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    target.requestFocus();
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
    }
}
