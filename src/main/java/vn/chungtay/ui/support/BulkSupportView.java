package vn.chungtay.ui.support;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.review.ClassStyles;
import vn.chungtay.ui.support.BulkSupportViewModel.Choice;
import vn.chungtay.ui.unit.DateText;

/**
 * The bulk entry: the support's details on the left, who receives it on the right, the preview below with a tick
 * per household (Space ticks or unticks the selected rows), the running count and total, and one save for all after a
 * confirmation that says how many households and how much.
 */
final class BulkSupportView {

    private final BulkSupportViewModel model;
    private final Messages messages;
    private final Runnable afterSave;
    private final VBox root = new VBox();
    private final TableView<Choice> table = new TableView<>();
    private final SupportDetailsPane detailsPane;

    BulkSupportView(BulkSupportViewModel model, Messages messages, Runnable afterSave) {
        this.model = model;
        this.messages = messages;
        this.afterSave = afterSave;
        this.detailsPane = new SupportDetailsPane(model.details(), messages);
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("tab-body");
        Label hint = new Label(messages.get("support.ui.bulk.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox details = new VBox(8, sectionTitle("support.ui.bulk.details"), detailsPane.root());
        HBox.setHgrow(details, Priority.ALWAYS);
        VBox criteria = criteria();
        criteria.getStyleClass().add("support-criteria");
        HBox top = new HBox(20, details, criteria);
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label error = new Label();
        error.setId("support-bulk-error");
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(hint, top, table, saveBar(), error);
    }

    private Label sectionTitle(String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    private VBox criteria() {
        ComboBox<AdminUnit> communeBox = new ComboBox<>(model.communes());
        communeBox.setId("support-bulk-commune");
        communeBox.valueProperty().bindBidirectional(model.communeProperty());
        UnitCells.unitNames(communeBox, messages.get("round.list.commune.none"));
        communeBox.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Village> villageBox = new ComboBox<>(UnitCells.withNone(model.villages()));
        villageBox.setId("support-bulk-village");
        villageBox.valueProperty().bindBidirectional(model.villageProperty());
        UnitCells.villageNames(villageBox, messages.get("support.ui.bulk.village.all"));
        villageBox.setMaxWidth(Double.MAX_VALUE);
        GridPane places = new GridPane();
        places.setHgap(10);
        places.setVgap(8);
        Label communeLabel = new Label(messages.get("support.ui.bulk.commune"));
        communeLabel.setMinWidth(Region.USE_PREF_SIZE);
        places.addRow(0, communeLabel, communeBox);
        Label villageLabel = new Label(messages.get("support.ui.bulk.village"));
        villageLabel.setMinWidth(Region.USE_PREF_SIZE);
        places.addRow(1, villageLabel, villageBox);
        GridPane.setHgrow(villageBox, Priority.ALWAYS);
        // One commune needs no choice; the row goes.
        for (Node n : new Node[] {communeLabel, communeBox}) {
            n.visibleProperty().bind(Bindings.size(model.communes()).greaterThan(1));
            n.managedProperty().bind(n.visibleProperty());
        }
        FlowPane classes = new FlowPane(14, 6);
        for (PovertyClass c : PovertyClass.values()) {
            CheckBox box = new CheckBox(messages.get(c.messageKey()));
            box.setId("support-bulk-class-" + c.name().toLowerCase().replace('_', '-'));
            box.selectedProperty().bindBidirectional(model.classProperty(c));
            classes.getChildren().add(box);
        }
        classes.setPrefWrapLength(300);
        CheckBox minority = new CheckBox(messages.get("support.ui.bulk.minority"));
        minority.setId("support-bulk-minority");
        minority.selectedProperty().bindBidirectional(model.minorityOnlyProperty());
        Label classHint = new Label(messages.get("support.ui.bulk.classes.hint"));
        classHint.getStyleClass().add("muted");
        classHint.setWrapText(true);
        classHint.setMinHeight(Region.USE_PREF_SIZE);
        Button preview = new Button(messages.get("support.ui.bulk.preview"));
        preview.setId("support-bulk-preview");
        preview.setMinWidth(Region.USE_PREF_SIZE);
        preview.disableProperty().bind(model.canPreviewBinding().not());
        preview.setOnAction(e -> model.preview());
        VBox box = new VBox(8, sectionTitle("support.ui.bulk.recipients"), places,
                new Label(messages.get("support.ui.bulk.classes")), classes, classHint, minority, preview);
        box.setPrefWidth(360);
        box.setMinWidth(320);
        return box;
    }

    private void buildTable() {
        table.setId("support-bulk-table");
        table.setItems(model.choices());
        table.setEditable(true);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.busyProperty())
                .then(messages.get("round.list.loading")).otherwise(messages.get("support.ui.bulk.empty")));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        TableColumn<Choice, Boolean> picked = new TableColumn<>(messages.get("support.ui.bulk.picked"));
        picked.setCellValueFactory(cell -> cell.getValue().pickedProperty());
        picked.setCellFactory(CheckBoxTableCell.forTableColumn(picked));
        picked.setEditable(true);
        picked.setSortable(false);
        picked.setPrefWidth(70);
        table.getColumns().add(picked);
        table.getColumns().add(SupportColumns.text(messages.get("household.column.number"), 100,
                (Choice c) -> c.recipient().household().number()));
        table.getColumns().add(SupportColumns.text(messages.get("household.column.head"), 230,
                (Choice c) -> c.recipient().household().headName()));
        table.getColumns().add(SupportColumns.text(messages.get("household.column.village"), 180,
                (Choice c) -> c.recipient().household().villageName()));
        table.getColumns().add(classColumn());
        table.getColumns().add(SupportColumns.text(messages.get("support.ui.bulk.minority-column"), 80,
                (Choice c) -> c.recipient().minority() ? messages.get("support.ui.bulk.minority-yes") : ""));
        table.getColumns().add(SupportColumns.text(messages.get("household.column.address"), 200,
                (Choice c) -> c.recipient().household().address()));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                boolean pick = table.getSelectionModel().getSelectedItems().stream()
                        .anyMatch(c -> !c.pickedProperty().get());
                table.getSelectionModel().getSelectedItems().forEach(c -> c.pickedProperty().set(pick));
                e.consume();
            }
        });
    }

    private TableColumn<Choice, PovertyClass> classColumn() {
        TableColumn<Choice, PovertyClass> column = new TableColumn<>(messages.get("support.ui.bulk.class"));
        column.setPrefWidth(190);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().recipient().latestClass()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PovertyClass item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get("support.ui.bulk.not-reviewed")
                        : messages.get(item.messageKey()));
                ClassStyles.apply(this, empty ? null : item);
            }
        });
        return column;
    }

    private Node saveBar() {
        Button all = new Button(messages.get("support.ui.bulk.pick-all"));
        all.setId("support-bulk-pick-all");
        all.setOnAction(e -> model.pickAll(true));
        Button none = new Button(messages.get("support.ui.bulk.pick-none"));
        none.setId("support-bulk-pick-none");
        none.setOnAction(e -> model.pickAll(false));
        for (Button b : new Button[] {all, none}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.disableProperty().bind(Bindings.isEmpty(model.choices()));
        }
        Label count = new Label();
        count.setId("support-bulk-count");
        count.textProperty().bind(Bindings.createStringBinding(model::countText, model.pickedCountProperty(),
                model.totalProperty(), model.choices()));
        count.visibleProperty().bind(model.previewedProperty());
        count.setWrapText(true);
        Label savedText = new Label();
        savedText.setId("support-bulk-saved");
        savedText.getStyleClass().add("success-text");
        savedText.setWrapText(true);
        savedText.textProperty().bind(model.savedProperty());
        Button save = new Button();
        save.setId("support-bulk-save");
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.textProperty().bind(Bindings.createStringBinding(() -> messages.get("support.ui.bulk.save",
                model.pickedCountProperty().get()), model.pickedCountProperty()));
        save.disableProperty().bind(model.pickedCountProperty().isEqualTo(0).or(model.savingProperty())
                .or(model.busyProperty()));
        save.setOnAction(e -> save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(count, Priority.SOMETIMES);
        HBox bar = new HBox(8, all, none, count, spacer, savedText, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void save() {
        if (!model.canSaveBinding().get()) {
            detailsPane.showAllErrors();
            return;
        }
        var d = model.details().details();
        String question = messages.get("support.ui.bulk.confirm", model.details().kindName(),
                DateText.format(d.date()), model.pickedCountProperty().get(),
                SupportAmounts.vnd(model.totalProperty().get(), messages));
        boolean sure = Dialogs.confirm(root.getScene().getWindow(), messages, question,
                messages.get("support.ui.bulk.save", model.pickedCountProperty().get()));
        if (sure) {
            model.save(batch -> afterSave.run());
        }
    }
}
