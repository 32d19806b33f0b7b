package vn.chungtay.ui.support;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
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
 * The bulk entry: the support's details in a column on the left (it scrolls when a loan's terms make it long), and on
 * the right who receives it above the preview, so the preview keeps the height of the screen for the list: a tick per
 * household (Space ticks or unticks the selected rows), the running count and total, and one save for all after a
 * confirmation that says how many households and how much. A spinner turns while the households are looked up or
 * saved, which happens in the background.
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
        this.detailsPane = new SupportDetailsPane(model.details(), messages, true);
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
        details.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setId("support-bulk-details");
        detailsScroll.setFitToWidth(true);
        detailsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        detailsScroll.getStyleClass().add("edge-to-edge");
        detailsScroll.setMinWidth(340);
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox recipients = new VBox(10, criteria(), table, countLine(), saveBar());
        recipients.setPadding(new Insets(0, 0, 0, 12));
        recipients.setMinWidth(420);
        SplitPane split = new SplitPane(detailsScroll, recipients);
        split.setId("support-bulk-split");
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(detailsScroll, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label error = new Label();
        error.setId("support-bulk-error");
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(hint, split, error);
    }

    private Label sectionTitle(String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    /** Commune (when there are several), village, classes, DTTS and the preview button, in three short lines. */
    private VBox criteria() {
        ComboBox<AdminUnit> communeBox = new ComboBox<>(model.communes());
        communeBox.setId("support-bulk-commune");
        communeBox.valueProperty().bindBidirectional(model.communeProperty());
        UnitCells.unitNames(communeBox, messages.get("round.list.commune.none"));
        communeBox.setMaxWidth(Double.MAX_VALUE);
        communeBox.setMinWidth(190);
        ComboBox<Village> villageBox = new ComboBox<>(UnitCells.withNone(model.villages()));
        villageBox.setId("support-bulk-village");
        villageBox.valueProperty().bindBidirectional(model.villageProperty());
        UnitCells.villageNames(villageBox, messages.get("support.ui.bulk.village.all"));
        villageBox.setMaxWidth(Double.MAX_VALUE);
        villageBox.setMinWidth(150);
        Label communeLabel = new Label(messages.get("support.ui.bulk.commune"));
        communeLabel.setLabelFor(communeBox);
        communeLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label villageLabel = new Label(messages.get("support.ui.bulk.village"));
        villageLabel.setLabelFor(villageBox);
        villageLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(communeBox, Priority.ALWAYS);
        HBox.setHgrow(villageBox, Priority.ALWAYS);
        HBox places = new HBox(8, communeLabel, communeBox, villageLabel, villageBox);
        places.setAlignment(Pos.CENTER_LEFT);
        // One commune needs no choice; its label and box go.
        for (Node n : new Node[] {communeLabel, communeBox}) {
            n.visibleProperty().bind(Bindings.size(model.communes()).greaterThan(1));
            n.managedProperty().bind(n.visibleProperty());
        }
        Label classesLabel = new Label(messages.get("support.ui.bulk.classes"));
        classesLabel.setMinWidth(Region.USE_PREF_SIZE);
        classesLabel.setTooltip(new Tooltip(messages.get("support.ui.bulk.classes.hint")));
        FlowPane classes = new FlowPane(14, 6);
        classes.getChildren().add(classesLabel);
        for (PovertyClass c : PovertyClass.values()) {
            CheckBox box = new CheckBox(messages.get(c.messageKey()));
            box.setId("support-bulk-class-" + c.name().toLowerCase().replace('_', '-'));
            box.selectedProperty().bindBidirectional(model.classProperty(c));
            box.setTooltip(new Tooltip(messages.get("support.ui.bulk.classes.hint")));
            classes.getChildren().add(box);
        }
        CheckBox minority = new CheckBox(messages.get("support.ui.bulk.minority"));
        minority.setId("support-bulk-minority");
        minority.selectedProperty().bindBidirectional(model.minorityOnlyProperty());
        Button preview = new Button(messages.get("support.ui.bulk.preview"));
        preview.setId("support-bulk-preview");
        preview.setMinWidth(Region.USE_PREF_SIZE);
        preview.disableProperty().bind(model.canPreviewBinding().not());
        preview.setOnAction(e -> model.preview());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("support-bulk-working");
        working.setPrefSize(22, 22);
        working.setMaxSize(22, 22);
        working.visibleProperty().bind(model.busyProperty().or(model.savingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox last = new HBox(10, minority, spacer, working, preview);
        last.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, sectionTitle("support.ui.bulk.recipients"), places, classes, last);
    }

    private void buildTable() {
        table.setId("support-bulk-table");
        table.setItems(model.choices());
        table.setEditable(true);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.busyProperty())
                .then(messages.get("support.ui.bulk.looking")).otherwise(messages.get("support.ui.bulk.empty")));
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        TableColumn<Choice, Boolean> picked = new TableColumn<>(messages.get("support.ui.bulk.picked"));
        picked.setCellValueFactory(cell -> cell.getValue().pickedProperty());
        picked.setCellFactory(CheckBoxTableCell.forTableColumn(picked));
        picked.setEditable(true);
        picked.setSortable(false);
        picked.setPrefWidth(72);
        picked.setMinWidth(72);
        table.getColumns().add(picked);
        TableColumn<Choice, String> number = SupportColumns.text(messages.get("household.column.number"), 75,
                (Choice c) -> c.recipient().household().number());
        number.setMinWidth(65);
        table.getColumns().add(number);
        table.getColumns().add(SupportColumns.text(messages.get("household.column.head"), 140,
                (Choice c) -> c.recipient().household().headName()));
        table.getColumns().add(SupportColumns.text(messages.get("household.column.village"), 125,
                (Choice c) -> c.recipient().household().villageName()));
        table.getColumns().add(classColumn());
        TableColumn<Choice, String> minority = SupportColumns.text(messages.get("support.ui.bulk.minority-column"),
                65, (Choice c) -> c.recipient().minority() ? messages.get("support.ui.bulk.minority-yes") : "");
        minority.setMinWidth(60);
        table.getColumns().add(minority);
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
        // Wide enough for the longest class ("Hộ có mức sống trung bình") and the header.
        column.setPrefWidth(212);
        column.setMinWidth(212);
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

    /** What the preview adds up to, or what the last save recorded. */
    private Node countLine() {
        Label count = new Label();
        count.setId("support-bulk-count");
        count.textProperty().bind(Bindings.createStringBinding(model::countText, model.pickedCountProperty(),
                model.totalProperty(), model.choices()));
        count.visibleProperty().bind(model.previewedProperty());
        count.managedProperty().bind(count.visibleProperty());
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        Label savedText = new Label();
        savedText.setId("support-bulk-saved");
        savedText.getStyleClass().add("success-text");
        savedText.setWrapText(true);
        savedText.setMinHeight(Region.USE_PREF_SIZE);
        savedText.textProperty().bind(model.savedProperty());
        savedText.managedProperty().bind(savedText.textProperty().isNotEmpty());
        return new VBox(4, count, savedText);
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
        HBox bar = new HBox(8, all, none, spacer, save);
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
            model.save(batch -> {
                // The save button is disabled now: the focus goes to the list, where the next preview will show.
                table.requestFocus();
                afterSave.run();
            });
        }
    }
}
