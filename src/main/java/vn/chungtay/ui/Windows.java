package vn.chungtay.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** What every window of the program shares: the program's own style sheet on top of the AtlantaFX theme. */
public final class Windows {

    private static final String STYLESHEET = Windows.class.getResource("/vn/chungtay/ui/chungtay.css").toExternalForm();

    private Windows() {
    }

    /** Sets AtlantaFX's Primer Light as the look of every control; idempotent. */
    public static void applyTheme() {
        String theme = new PrimerLight().getUserAgentStylesheet();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }

    public static void addStylesheet(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
