package vn.chungtay.ui.sync;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
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

    private static final int ENTRIES_PER_COLUMN = 5;

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
        communeBox.setPromptText(messages.get("sync.ui.export.commune.none"));
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

        Label ownName = new Label();
        ownName.getStyleClass().add("muted");
        ownName.textProperty().bind(model.ownKeyProperty());
        Label ownFingerprint = new Label();
        ownFingerprint.setId("sync-export-own-key");
        ownFingerprint.getStyleClass().add("sync-own-fingerprint");
        ownFingerprint.textProperty().bind(model.ownFingerprintProperty());
        HBox ownKey = new HBox(8, ownName, ownFingerprint);
        ownKey.setAlignment(Pos.BASELINE_LEFT);

        root.getChildren().addAll(hint, form, actions, error, summaryPane(), ownKey);
    }

    private void chooseFileAndExport() {
        Path folder = model.lastFolder();
        SyncFiles.of(root.getScene().getWindow(), messages)
                .saveAs(root.getScene().getWindow(), folder, model.suggestedFileName())
                .ifPresent(model::export);
    }

    /**
     * What was written: the sentence, the file's place (selectable, so it can be copied), and the records per type in
     * a compact grid of up to five lines per column pair, so a package of ten types fits without scrolling.
     */
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

        GridPane entries = new GridPane();
        entries.setId("sync-export-entries");
        entries.setHgap(12);
        entries.setVgap(4);
        Label empty = wrapped(messages.get("sync.ui.export.no-rows"), "muted");
        Label next = wrapped(messages.get("sync.ui.export.next-step"), "muted");

        VBox pane = new VBox(8, done, whereRow, entries, empty, next);
        pane.getStyleClass().add("sync-summary");
        pane.visibleProperty().bind(model.summaryProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        model.summaryProperty().addListener((obs, old, now) -> {
            done.setText(now == null ? "" : "✓ " + model.summaryText(now));
            where.setText(now == null ? "" : now.file().toAbsolutePath().toString());
            List<EntryLine> lines = now == null ? List.of() : now.entries();
            showEntries(entries, lines);
            entries.setManaged(!lines.isEmpty());
            empty.setVisible(now != null && lines.isEmpty());
            empty.setManaged(empty.isVisible());
        });
        return pane;
    }

    private void showEntries(GridPane grid, List<EntryLine> lines) {
        grid.getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            int column = (i / ENTRIES_PER_COLUMN) * 3;
            int row = i % ENTRIES_PER_COLUMN;
            Label name = new Label(lines.get(i).name());
            Label rows = new Label(model.countText(lines.get(i).rows()));
            rows.getStyleClass().add("sync-count");
            rows.setMinWidth(70);
            rows.setAlignment(Pos.CENTER_RIGHT);
            grid.add(name, column, row);
            grid.add(rows, column + 1, row);
            if (column > 0 && row == 0) {
                // A little air between the column pairs.
                Region gap = new Region();
                gap.setMinWidth(24);
                grid.add(gap, column - 1, 0);
            }
        }
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
