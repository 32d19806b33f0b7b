package vn.chungtay.ui.support;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportDimension;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.ui.common.TypeAhead;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.support.SupportSummaryViewModel.SummaryLine;

/**
 * The support summary as a table: the filters on top, one line per group with records, households and money in
 * million VND (the full amount in đồng in the tooltip), and the total line in bold.
 */
final class SupportSummaryView {

    private final SupportSummaryViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TableView<SummaryLine> table = new TableView<>();

    SupportSummaryView(SupportSummaryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("tab-body");
        ComboBox<AdminUnit> communeBox = new ComboBox<>(UnitCells.withNone(model.communes()));
        communeBox.setId("support-summary-commune");
        communeBox.valueProperty().bindBidirectional(model.communeProperty());
        UnitCells.unitNames(communeBox, messages.get("household.list.commune.all"));
        communeBox.visibleProperty().bind(Bindings.size(model.communes()).greaterThan(1));
        communeBox.managedProperty().bind(communeBox.visibleProperty());
        communeBox.setPrefWidth(230);
        ComboBox<Integer> yearBox = new ComboBox<>(UnitCells.withNone(model.years()));
        yearBox.setId("support-summary-year");
        yearBox.valueProperty().bindBidirectional(model.yearProperty());
        UnitCells.show(yearBox, y -> messages.get("support.ui.summary.year", Integer.toString(y)),
                messages.get("support.ui.summary.year.all"));
        yearBox.setPrefWidth(150);
        ComboBox<Programme> programmeBox = new ComboBox<>(UnitCells.withNone(model.programmes()));
        programmeBox.setId("support-summary-programme");
        programmeBox.valueProperty().bindBidirectional(model.programmeProperty());
        UnitCells.show(programmeBox, model::programmeName, messages.get("support.ui.summary.programme.all"));
        programmeBox.setPrefWidth(320);
        programmeBox.setMinWidth(160);
        HBox.setHgrow(programmeBox, Priority.SOMETIMES);
        ComboBox<SupportDimension> dimensionBox = new ComboBox<>(
                FXCollections.observableArrayList(SupportDimension.values()));
        dimensionBox.setId("support-summary-dimension");
        dimensionBox.valueProperty().bindBidirectional(model.dimensionProperty());
        UnitCells.show(dimensionBox, d -> messages.get(d.messageKey()), "");
        TypeAhead.install(dimensionBox, d -> messages.get(d.messageKey()));
        dimensionBox.setMinWidth(Region.USE_PREF_SIZE);
        // Wide enough for the longest dimension, so the toolbar does not shift when another is chosen.
        dimensionBox.setPrefWidth(180);
        Label by = new Label(messages.get("support.ui.summary.by"));
        by.setMinWidth(Region.USE_PREF_SIZE);
        Button refresh = new Button(messages.get("support.ui.summary.refresh"));
        refresh.setId("support-summary-refresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setOnAction(e -> model.load());
        refresh.disableProperty().bind(model.busyProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("support-summary-working");
        working.setPrefSize(22, 22);
        working.setMaxSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, communeBox, yearBox, programmeBox, by, dimensionBox, spacer, working, refresh);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label(messages.get("support.ui.summary.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(toolbar, table, note, error);
    }

    private void buildTable() {
        table.setId("support-summary-table");
        table.setItems(model.lines());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.busyProperty())
                .then(messages.get("support.ui.summary.counting")).otherwise(messages.get("support.ui.summary.empty")));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SummaryLine, String> key = SupportColumns.text("", 420, SummaryLine::key);
        key.textProperty().bind(Bindings.createStringBinding(() -> model.shownDimensionProperty().get() == null ? ""
                : messages.get(model.shownDimensionProperty().get().messageKey()), model.shownDimensionProperty()));
        table.getColumns().add(key);
        table.getColumns().add(SupportColumns.number(messages.get("support.ui.summary.events"), 130,
                l -> model.count(l.events())));
        table.getColumns().add(SupportColumns.number(messages.get("support.ui.summary.households"), 110,
                l -> model.count(l.households())));
        table.getColumns().add(moneyColumn());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SummaryLine item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("total"),
                        !empty && item != null && item.total());
            }
        });
    }

    /** Million VND, as the reports print it; the full amount in đồng shows on hover. */
    private TableColumn<SummaryLine, SummaryLine> moneyColumn() {
        TableColumn<SummaryLine, SummaryLine> column = new TableColumn<>(messages.get("support.ui.summary.money"));
        column.setPrefWidth(220);
        column.setSortable(false);
        column.getStyleClass().add("number-column");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SummaryLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.millions(item.vnd()));
                setTooltip(empty || item == null ? null : new Tooltip(model.fullVnd(item.vnd())));
            }
        });
        return column;
    }
}
