package vn.chungtay.ui.sync;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.sync.ExportViewModel.EntryLine;
import vn.chungtay.ui.sync.ExportViewModel.Mode;

/**
 * The export tab: the commune and what goes into the package on top, with what was sent before and this machine's
 * key; the export button opens the save dialog with a proposed name, a progress bar with Cancel follows, and the
 * summary says what was written where, entry by entry.
 */
final class ExportView {

    private final ExportViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();

    ExportView(ExportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().addAll("tab-body", "sync-pane");
        Label hint = wrapped(messages.get("sync.ui.export.hint"), "muted");

        ComboBox<AdminUnit> communeBox = new ComboBox<>(model.communes());
        communeBox.setId("sync-export-commune");
        communeBox.valueProperty().bindBidirectional(model.communeProperty());
        UnitCells.unitNames(communeBox, messages.get("sync.ui.export.commune.none"));
        communeBox.setPrefWidth(320);
        communeBox.disableProperty().bind(Bindings.size(model.communes()).lessThan(2)
                .or(model.exportingProperty()));

        ToggleGroup modes = new ToggleGroup();
        RadioButton changes = new RadioButton(messages.get("sync.ui.export.mode.changes"));
        changes.setId("sync-export-changes");
        changes.setUserData(Mode.CHANGES);
        changes.setToggleGroup(modes);
        RadioButton full = new RadioButton(messages.get("sync.ui.export.mode.full"));
        full.setId("sync-export-full");
        full.setUserData(Mode.FULL);
        full.setToggleGroup(modes);
        modes.selectToggle(model.modeProperty().get() == Mode.FULL ? full : changes);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.modeProperty().set((Mode) now.getUserData());
            }
        });
        VBox modeBox = new VBox(6, changes, full);
        modeBox.disableProperty().bind(model.exportingProperty());

        Label history = new Label();
        history.setId("sync-export-history");
        history.setWrapText(true);
        history.setMinHeight(Region.USE_PREF_SIZE);
        history.textProperty().bind(model.historyTextProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, fieldLabel("sync.ui.export.commune"), communeBox);
        form.addRow(1, fieldLabel("sync.ui.export.mode"), modeBox);
        form.add(history, 1, 2);
        GridPane.setHgrow(history, Priority.ALWAYS);

        Button export = new Button(messages.get("sync.ui.export.action"));
        export.setId("sync-export-action");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> chooseFileAndExport());
        ProgressBar bar = new ProgressBar();
        bar.setId("sync-export-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(model.progressProperty());
        Button cancel = new Button(messages.get("sync.ui.cancel"));
        cancel.setId("sync-export-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.exportingProperty());
        running.managedProperty().bind(running.visibleProperty());
        HBox actions = new HBox(12, export, running);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = wrapped("", "error-summary");
        error.setId("sync-export-error");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        Label ownKey = wrapped("", "muted");
        ownKey.setId("sync-export-own-key");
        ownKey.textProperty().bind(model.ownKeyProperty());

        root.getChildren().addAll(hint, form, actions, error, summaryPane(), ownKey);
    }

    private void chooseFileAndExport() {
        Path folder = model.lastFolder();
        SyncFiles.of(root.getScene().getWindow(), messages)
                .saveAs(root.getScene().getWindow(), folder, model.suggestedFileName())
                .ifPresent(model::export);
    }

    /** What was written: the sentence, the file's place (selectable, so it can be copied), the rows per entry. */
    private Node summaryPane() {
        Label done = wrapped("", "success-text");
        done.setId("sync-export-summary");
        TextField where = new TextField();
        where.setId("sync-export-file");
        where.setEditable(false);
        where.getStyleClass().add("sync-path");
        HBox whereRow = new HBox(8, fieldLabel("sync.ui.export.saved-in"), where);
        whereRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(where, Priority.ALWAYS);

        TableView<EntryLine> entries = new TableView<>();
        entries.setId("sync-export-entries");
        entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<EntryLine, String> name = SyncColumns.text(messages.get("sync.ui.export.column.type"), 260,
                EntryLine::name);
        TableColumn<EntryLine, String> rows = SyncColumns.number(messages.get("sync.ui.export.column.rows"), 120,
                l -> model.countText(l.rows()));
        entries.getColumns().add(name);
        entries.getColumns().add(rows);
        entries.setPlaceholder(new Label(messages.get("sync.ui.export.no-rows")));
        entries.setMaxWidth(420);
        entries.setPrefHeight(300);
        entries.setFixedCellSize(28);
        Label next = wrapped(messages.get("sync.ui.export.next-step"), "muted");

        VBox pane = new VBox(8, done, whereRow, entries, next);
        pane.getStyleClass().add("sync-summary");
        pane.visibleProperty().bind(model.summaryProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        model.summaryProperty().addListener((obs, old, now) -> {
            entries.setItems(FXCollections.observableArrayList(now == null ? java.util.List.of() : now.entries()));
            done.setText(now == null ? "" : "✓ " + model.summaryText(now));
            where.setText(now == null ? "" : now.file().toAbsolutePath().toString());
            // As tall as its rows, so a short package does not leave an empty grid.
            int shown = now == null ? 0 : Math.max(1, now.entries().size());
            entries.setPrefHeight(32 + shown * 28 + 4);
        });
        return pane;
    }

    private Label fieldLabel(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
