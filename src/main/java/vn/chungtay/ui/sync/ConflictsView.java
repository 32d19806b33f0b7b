package vn.chungtay.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.sync.ConflictsViewModel.Choice;
import vn.chungtay.ui.sync.ConflictsViewModel.ConflictItem;
import vn.chungtay.ui.sync.ConflictsViewModel.FieldRow;

/**
 * The conflict queue: the waiting conflicts on top; below, the chosen one field by field with this machine's value and
 * the incoming one side by side. A colliding field is a pair of radio buttons (Tab moves between fields, the arrow
 * keys between the two sides, Space chooses); fields that merge by themselves are greyed. Ctrl+Enter resolves.
 */
final class ConflictsView {

    private static final KeyCombination RESOLVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final ConflictsViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TableView<ConflictItem> list = new TableView<>();
    private final GridPane grid = new GridPane();

    ConflictsView(ConflictsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().addAll("tab-body", "sync-pane");
        Label hint = wrapped(messages.get("sync.ui.conflicts.hint"), "muted");
        Button refresh = new Button(messages.get("sync.ui.conflicts.refresh"));
        refresh.setId("sync-conflicts-refresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setOnAction(e -> model.load());
        refresh.disableProperty().bind(model.loadingProperty());
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox top = new HBox(12, hint, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        buildList();
        Node detail = detail();
        SplitPane split = new SplitPane(list, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        VBox.setVgrow(split, Priority.ALWAYS);
        // An empty queue needs no detail pane: the list (with its "no conflicts" text) takes the whole height.
        Runnable showDetail = () -> {
            if (model.items().isEmpty()) {
                split.getItems().remove(detail);
            } else if (!split.getItems().contains(detail)) {
                split.getItems().add(detail);
                split.setDividerPositions(0.36);
            }
        };
        model.items().addListener((ListChangeListener<ConflictItem>) c -> showDetail.run());
        showDetail.run();

        Label error = wrapped("", "error-summary");
        error.setId("sync-conflicts-error");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label done = wrapped("", "success-text");
        done.setId("sync-conflict-message");
        done.textProperty().bind(model.messageProperty());
        done.managedProperty().bind(done.textProperty().isNotEmpty());
        root.getChildren().addAll(top, split, done, error);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RESOLVE.match(e) && model.canResolveProperty().get()) {
                e.consume();
                model.resolve();
            }
        });
    }

    private void buildList() {
        list.setId("sync-conflict-list");
        list.getStyleClass().add("sync-table");
        list.setFixedCellSize(SyncColumns.TWO_LINES);
        list.setItems(model.items());
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(messages.get("sync.ui.conflicts.loading")).otherwise(messages.get("sync.ui.conflicts.none")));
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.getStyleClass().add("muted");
        list.setPlaceholder(placeholder);
        list.getColumns().add(SyncColumns.text(messages.get("sync.ui.conflicts.column.record"), 370,
                i -> i.record() + "\n" + i.type() + " · " + i.owner()));
        list.getColumns().add(SyncColumns.text(messages.get("sync.ui.conflicts.column.fields"), 170,
                ConflictItem::fields));
        list.getColumns().add(SyncColumns.text(messages.get("sync.ui.conflicts.column.mine"), 170,
                ConflictItem::mine));
        list.getColumns().add(SyncColumns.text(messages.get("sync.ui.conflicts.column.theirs"), 170,
                ConflictItem::theirs));
        list.getColumns().add(SyncColumns.text(messages.get("sync.ui.conflicts.column.detected"), 140,
                ConflictItem::detectedAt));
        // The list and the model choose the same conflict, whichever side moves first.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        model.items().addListener((ListChangeListener<ConflictItem>) c -> {
            if (model.selectedProperty().get() != null) {
                list.getSelectionModel().select(model.selectedProperty().get());
            }
        });
    }

    /** The chosen conflict: the two sides' authors, take-all buttons, the field grid and Resolve. */
    private Node detail() {
        Button allMine = new Button(messages.get("sync.ui.conflicts.all-mine"));
        allMine.setId("sync-conflict-all-mine");
        allMine.setOnAction(e -> model.takeAll(Choice.MINE));
        Button allTheirs = new Button(messages.get("sync.ui.conflicts.all-theirs"));
        allTheirs.setId("sync-conflict-all-theirs");
        allTheirs.setOnAction(e -> model.takeAll(Choice.THEIRS));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button resolve = new Button(messages.get("sync.ui.conflicts.resolve"));
        resolve.setId("sync-conflict-resolve");
        resolve.getStyleClass().add("accent");
        resolve.disableProperty().bind(model.canResolveProperty().not());
        resolve.setOnAction(e -> model.resolve());
        HBox actions = new HBox(8, allMine, allTheirs, spacer, resolve);
        actions.setAlignment(Pos.CENTER_LEFT);
        allMine.disableProperty().bind(Bindings.isEmpty(model.fields()));
        allTheirs.disableProperty().bind(Bindings.isEmpty(model.fields()));

        grid.setId("sync-conflict-fields");
        grid.getStyleClass().add("sync-field-grid");
        grid.setHgap(0);
        grid.setVgap(0);
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(22);
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(39);
        side.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, side, side);
        model.fields().addListener((ListChangeListener<FieldRow>) c -> showFields());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label note = wrapped(messages.get("sync.ui.conflicts.settled-note"), "muted");
        Label nothing = wrapped(messages.get("sync.ui.conflicts.choose"), "muted");
        VBox pane = new VBox(8, actions, scroll, note);
        pane.visibleProperty().bind(model.selectedProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        nothing.visibleProperty().bind(model.selectedProperty().isNull());
        nothing.managedProperty().bind(nothing.visibleProperty());
        VBox box = new VBox(8, nothing, pane);
        box.getStyleClass().add("sync-conflict-detail");
        VBox.setVgrow(pane, Priority.ALWAYS);
        return box;
    }

    /** The grid again for the chosen conflict's fields: a header row, then one row per field. */
    private void showFields() {
        grid.getChildren().clear();
        if (model.fields().isEmpty()) {
            return;
        }
        grid.add(headerCell(messages.get("sync.ui.conflicts.column.field"), null), 0, 0);
        grid.add(headerCell(messages.get("sync.ui.conflicts.mine"), model.mineHeaderProperty().get()), 1, 0);
        grid.add(headerCell(messages.get("sync.ui.conflicts.theirs"), model.theirsHeaderProperty().get()), 2, 0);
        int row = 1;
        for (FieldRow f : model.fields()) {
            Label name = wrapped(f.label(), "sync-field-name");
            if (f.conflicting()) {
                name.getStyleClass().add("sync-field-conflicting");
                ToggleGroup group = new ToggleGroup();
                RadioButton mine = choice(f, Choice.MINE, f.mine(), group);
                RadioButton theirs = choice(f, Choice.THEIRS, f.theirs(), group);
                grid.add(cell(name, true), 0, row);
                grid.add(cell(mine, true), 1, row);
                grid.add(cell(theirs, true), 2, row);
            } else {
                name.getStyleClass().add("sync-field-settled");
                grid.add(cell(name, false), 0, row);
                grid.add(cell(wrapped(f.mine(), "sync-field-settled"), false), 1, row);
                grid.add(cell(wrapped(f.theirs(), "sync-field-settled"), false), 2, row);
            }
            row++;
        }
    }

    /** One side of a colliding field: a radio button that reads the value and follows the model's choice. */
    private RadioButton choice(FieldRow f, Choice side, String value, ToggleGroup group) {
        RadioButton button = new RadioButton(value);
        button.setId("sync-conflict-" + (side == Choice.MINE ? "mine" : "theirs") + "-" + f.field());
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setSelected(f.choiceProperty().get() == side);
        button.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                f.choiceProperty().set(side);
            }
        });
        f.choiceProperty().addListener((obs, old, now) -> button.setSelected(now == side));
        return button;
    }

    private Node headerCell(String title, String detail) {
        Label t = new Label(title);
        t.getStyleClass().add("sync-field-header");
        VBox box = new VBox(2, t);
        if (detail != null && !detail.isEmpty()) {
            box.getChildren().add(wrapped(detail, "muted"));
        }
        box.getStyleClass().add("sync-field-cell");
        box.getStyleClass().add("sync-field-header-cell");
        return box;
    }

    private static Node cell(Node content, boolean conflicting) {
        VBox box = new VBox(content);
        box.getStyleClass().add("sync-field-cell");
        if (conflicting) {
            box.getStyleClass().add("sync-field-cell-conflicting");
        }
        box.setFillWidth(true);
        GridPane.setValignment(box, VPos.TOP);
        GridPane.setFillHeight(box, true);
        return box;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
