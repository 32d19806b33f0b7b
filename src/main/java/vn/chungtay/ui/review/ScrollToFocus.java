package vn.chungtay.ui.review;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a long form in sight: JavaFX's scroll pane does not follow the focus, so a reviewer
 * walking the indicators with Tab would tick boxes below the visible part.
 */
final class ScrollToFocus {

    private ScrollToFocus() {
    }

    static void install(Scene scene, ScrollPane scroll) {
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (now != null && isInside(now, scroll.getContent())) {
                reveal(scroll, now);
            }
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double margin = 24;
        double newTop = top;
        if (inContent.getMinY() - margin < top) {
            newTop = inContent.getMinY() - margin;
        } else if (inContent.getMaxY() + margin > top + viewport) {
            newTop = inContent.getMaxY() + margin - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
    }
}
