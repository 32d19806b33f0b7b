package vn.chungtay.ui.review;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.Movement;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.UnitCells;

/**
 * The round's movement tables, the commune's or a chosen village's: one for the poor and one for the near-poor, each
 * with households and persons, and a line that says whether they balance (end = start − outflows + inflows).
 */
final class MovementPane {

    private final MovementViewModel model;
    private final Messages messages;
    private final MovementTable tables;
    private final VBox root = new VBox(10);
    private final VBox content = new VBox(16);

    MovementPane(MovementViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.tables = new MovementTable(messages);
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("tab-body");
        ComboBox<Village> villageBox = new ComboBox<>(UnitCells.withNone(model.villages()));
        villageBox.setId("movement-village");
        villageBox.valueProperty().bindBidirectional(model.villageProperty());
        UnitCells.villageNames(villageBox, messages.get("round.movement.commune"));
        villageBox.setPrefWidth(220);
        Label balance = new Label();
        balance.setId("movement-balance");
        balance.textProperty().bind(model.balanceTextProperty());
        model.balancesProperty().addListener((obs, old, now) -> markBalance(balance, now));
        markBalance(balance, model.balancesProperty().get());
        Button refresh = new Button(messages.get("round.movement.refresh"));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(12, villageBox, balance, spacer, refresh);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Label formula = new Label(messages.get("round.movement.formula"));
        formula.getStyleClass().add("muted");
        formula.setWrapText(true);
        formula.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add("error-summary");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(toolbar, formula, error, scroll);
        model.shownProperty().addListener((obs, old, now) -> show(now));
        show(model.shownProperty().get());
    }

    private void show(Movement movement) {
        if (movement == null) {
            Label waiting = new Label(messages.get("round.movement.loading"));
            waiting.getStyleClass().add("muted");
            content.getChildren().setAll(waiting);
            return;
        }
        content.getChildren().setAll(
                tables.build("movement-poor", messages.get("round.movement.poor.title"), MovementTable.POOR_FLOWS,
                        movement.poorHouseholds(), movement.poorPersons()),
                tables.build("movement-near-poor", messages.get("round.movement.near-poor.title"),
                        MovementTable.NEAR_POOR_FLOWS, movement.nearPoorHouseholds(), movement.nearPoorPersons()));
    }

    private static void markBalance(Label label, boolean balances) {
        label.getStyleClass().removeAll("movement-ok", "movement-bad");
        label.getStyleClass().add(balances ? "movement-ok" : "movement-bad");
    }
}
