package vn.chungtay.ui;

import javafx.scene.Scene;

/** What every window of the program shares: the program's own style sheet on top of the AtlantaFX theme. */
public final class Windows {

    private static final String STYLESHEET = Windows.class.getResource("/vn/chungtay/ui/chungtay.css").toExternalForm();

    private Windows() {
    }

    public static void addStylesheet(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
