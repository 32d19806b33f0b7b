package vn.chungtay.ui.review;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.review.RoundsViewModel.RoundItem;
import vn.chungtay.ui.unit.DateText;

/**
 * The list of review rounds of a commune (a chooser when the person covers several): year, kind, standard, status,
 * dates and progress, with the commands to open a new round and to work in the selected one (Enter or double-click).
 */
final class RoundsView {

    private final RoundsViewModel model;
    private final Messages messages;
    private final Consumer<ReviewRound> openRound;
    private final VBox root = new VBox();
    private final TableView<RoundItem> table = new TableView<>();

    RoundsView(RoundsViewModel model, Messages messages, Consumer<ReviewRound> openRound) {
        this.model = model;
        this.messages = messages;
        this.openRound = openRound;
        build();
        model.load();
    }

    Node root() {
        return root;
    }

    /** Shows fresh rounds and progress, when coming back from a round. */
    void reload() {
        model.load();
    }

    private void build() {
        root.getStyleClass().add("screen");
        Label title = new Label(messages.get("round.list.title"));
        title.getStyleClass().add("screen-title");
        Label hint = new Label(messages.get("round.list.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        ComboBox<AdminUnit> communeBox = new ComboBox<>(model.communes());
        communeBox.setId("round-commune");
        communeBox.valueProperty().bindBidirectional(model.communeProperty());
        UnitCells.unitNames(communeBox, messages.get("round.list.commune.none"));
        communeBox.visibleProperty().bind(Bindings.size(model.communes()).greaterThan(1));
        communeBox.managedProperty().bind(communeBox.visibleProperty());
        communeBox.setPrefWidth(240);
        Button create = new Button(messages.get("round.list.new"));
        create.setId("round-new");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> openNewRoundForm());
        create.disableProperty().bind(model.communeProperty().isNull().or(model.busyProperty()));
        Button open = new Button(messages.get("round.list.open"));
        open.setId("round-open");
        open.setOnAction(e -> openSelected());
        open.disableProperty().bind(model.selectedProperty().isNull());
        for (Button b : new Button[] {create, open}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, communeBox, spacer, create, open);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(title, hint, toolbar, table, error);
        FocusAfterLayout.whenShown(root, table);
    }

    private void buildTable() {
        table.setId("round-table");
        table.setItems(model.items());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.busyProperty())
                .then(messages.get("round.list.loading")).otherwise(messages.get("round.list.empty")));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("round.column.year", 60, i -> Integer.toString(i.round().year())));
        table.getColumns().add(column("round.column.kind", 150, i -> messages.get(i.round().kind().messageKey())));
        table.getColumns().add(column("round.column.standard", 300, RoundItem::standardName));
        table.getColumns().add(column("round.column.status", 90,
                i -> messages.get(i.round().status().messageKey())));
        table.getColumns().add(column("round.column.opened", 100, i -> DateText.format(i.round().openedOn())));
        table.getColumns().add(column("round.column.closed", 100, i -> DateText.format(i.round().closedOn())));
        table.getColumns().add(column("round.column.progress", 200, model::progressText));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
    }

    private TableColumn<RoundItem, String> column(String key, double width, Function<RoundItem, String> value) {
        TableColumn<RoundItem, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private void openSelected() {
        RoundItem item = model.selectedProperty().get();
        if (item != null) {
            openRound.accept(item.round());
        }
    }

    private void openNewRoundForm() {
        OpenRoundViewModel form = model.newRoundForm();
        if (form != null) {
            new OpenRoundWindow(form, messages).show(root.getScene().getWindow(), opened -> {
                model.roundOpened(opened);
                openRound.accept(opened);
            });
        }
    }
}
