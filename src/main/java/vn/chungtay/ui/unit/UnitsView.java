package vn.chungtay.ui.unit;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;

/** The administrative units screen (being written). */
public final class UnitsView {

    private final VBox root = new VBox();

    public UnitsView(UnitsViewModel model, Messages messages) {
    }

    public Node root() {
        return root;
    }
}
