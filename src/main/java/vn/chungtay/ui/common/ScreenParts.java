package vn.chungtay.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;

/** The pieces every screen with tabs starts with: its title, the hint under it, and tabs a person cannot close. */
public final class ScreenParts {

    private ScreenParts() {
    }

    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("screen-title");
        return title;
    }

    /** A muted sentence under the title that wraps and is never cut to one line. */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    public static Tab fixedTab(String text, String id, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }
}
