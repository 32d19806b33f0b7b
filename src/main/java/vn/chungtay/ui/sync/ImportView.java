package vn.chungtay.ui.sync;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.sync.ImportViewModel.NewSender;
import vn.chungtay.ui.sync.PackageRow.State;

/**
 * The import tab: packages are picked (Ctrl+O) or dropped anywhere on the tab; each row shows what checking the file
 * found; Import asks about each new sender's key first, then one progress bar with Cancel runs over all packages; the
 * rows end with what each import did, and the sentences below the table say why a package was refused or which
 * packages of a sender are missing.
 */
final class ImportView {

    private static final KeyCombination PICK = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private static final int NOTES_IN_SIGHT = 5;
    private static final double NOTE_LINE = 22;

    private final ImportViewModel model;
    private final Messages messages;
    private final Runnable showConflicts;
    private final VBox root = new VBox();
    private final TableView<PackageRow> table = new TableView<>();
    private Path lastFolder;

    ImportView(ImportViewModel model, Messages messages, Runnable showConflicts) {
        this.model = model;
        this.messages = messages;
        this.showConflicts = showConflicts;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().addAll("tab-body", "sync-pane", "sync-drop-zone");
        Label hint = wrapped(messages.get("sync.ui.import.hint"), "muted");

        Button pick = new Button(messages.get("sync.ui.import.pick"));
        pick.setId("sync-import-pick");
        pick.setOnAction(e -> pickFiles());
        pick.disableProperty().bind(model.importingProperty());
        Button clear = new Button(messages.get("sync.ui.import.clear"));
        clear.setId("sync-import-clear");
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(model.importingProperty().or(Bindings.isEmpty(model.rows())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button run = new Button();
        run.setId("sync-import-run");
        run.textProperty().bind(Bindings.createStringBinding(() -> {
            long ready = model.rows().stream().filter(r -> r.state() == State.READY).count();
            return ready == 0 ? messages.get("sync.ui.import.run.none") : messages.get("sync.ui.import.run", ready);
        }, model.rows()));
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canImportProperty().not());
        run.setOnAction(e -> confirmSendersAndImport());
        HBox toolbar = new HBox(8, pick, clear, spacer, run);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar();
        bar.setId("sync-import-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("sync-import-progress-text");
        progressText.textProperty().bind(model.progressTextProperty());
        Button cancel = new Button(messages.get("sync.ui.cancel"));
        cancel.setId("sync-import-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(10, bar, progressText, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.importingProperty());
        running.managedProperty().bind(running.visibleProperty());

        Label summary = wrapped("", "sync-import-summary");
        summary.setId("sync-import-summary");
        summary.textProperty().bind(model.summaryProperty());
        Button toConflicts = new Button(messages.get("sync.ui.import.to-conflicts"));
        toConflicts.setId("sync-import-to-conflicts");
        toConflicts.setOnAction(e -> showConflicts.run());
        toConflicts.visibleProperty().bind(model.conflictsWaitingProperty()
                .and(model.summaryProperty().isNotEmpty()));
        toConflicts.managedProperty().bind(toConflicts.visibleProperty());
        toConflicts.setMinWidth(Region.USE_PREF_SIZE);
        HBox summaryRow = new HBox(12, summary, toConflicts);
        summaryRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summaryRow.managedProperty().bind(model.summaryProperty().isNotEmpty());
        summaryRow.visibleProperty().bind(summaryRow.managedProperty());

        VBox notes = new VBox(4);
        notes.setId("sync-import-notes");
        ScrollPane notesScroll = new ScrollPane(notes);
        notesScroll.setFitToWidth(true);
        notesScroll.setMaxHeight(140);
        notesScroll.getStyleClass().add("sync-notes");
        model.rows().addListener((ListChangeListener<PackageRow>) c -> showNotes(notes, notesScroll));
        showNotes(notes, notesScroll);

        Label error = wrapped("", "error-summary");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        root.getChildren().addAll(hint, toolbar, table, running, summaryRow, notesScroll, error);
        acceptDroppedFiles();
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (PICK.match(e) && !model.importingProperty().get()) {
                e.consume();
                pickFiles();
            } else if (IMPORT.match(e) && model.canImportProperty().get()) {
                e.consume();
                confirmSendersAndImport();
            }
        });
    }

    private void buildTable() {
        table.setId("sync-import-table");
        table.getStyleClass().add("sync-table");
        // Every row reads two lines (the file and its number, the sender and its unit …).
        table.setFixedCellSize(SyncColumns.TWO_LINES);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label(messages.get("sync.ui.import.empty"));
        placeholder.setMaxWidth(560);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("muted");
        table.setPlaceholder(placeholder);
        table.getColumns().add(SyncColumns.text(messages.get("sync.ui.import.column.file"), 210,
                model::fileText));
        table.getColumns().add(SyncColumns.text(messages.get("sync.ui.import.column.sender"), 185,
                model::senderText));
        table.getColumns().add(SyncColumns.text(messages.get("sync.ui.import.column.scope"), 170,
                model::scopeText));
        table.getColumns().add(statusColumn());
        table.getColumns().add(count("sync.ui.import.column.added", r -> r.counts().added()));
        table.getColumns().add(count("sync.ui.import.column.updated", r -> r.counts().updated()));
        table.getColumns().add(count("sync.ui.import.column.unchanged", r -> r.counts().unchanged()));
        table.getColumns().add(count("sync.ui.import.column.conflicts", r -> r.counts().conflicts()));
    }

    private TableColumn<PackageRow, String> count(String key, Function<PackageRow, Integer> value) {
        // Wide enough for "Không đổi" and "Unchanged" in bold: the table shrinks the text columns, never these.
        TableColumn<PackageRow, String> column = SyncColumns.number(messages.get(key), 110,
                r -> model.countText(r, value.apply(r)));
        column.setMinWidth(110);
        return column;
    }

    /** The state in words and colour: green imported, red refused, amber when a person's word is missing. */
    private TableColumn<PackageRow, PackageRow> statusColumn() {
        TableColumn<PackageRow, PackageRow> column = new TableColumn<>(
                messages.get("sync.ui.import.column.status"));
        column.setPrefWidth(150);
        column.setMinWidth(140);
        column.setSortable(false);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PackageRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("danger", "warning", "success");
                if (empty || row == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(model.statusText(row));
                String why = row.note().isEmpty() ? row.gap() : row.note();
                setTooltip(why.isEmpty() ? null : wrappedTooltip(why));
                switch (row.state()) {
                    case IMPORTED -> getStyleClass().add(row.gap().isEmpty() && row.counts().conflicts() == 0
                            ? "success" : "warning");
                    case INVALID, REJECTED, FAILED -> getStyleClass().add("danger");
                    case NOT_TRUSTED, CANCELLED -> getStyleClass().add("warning");
                    default -> { }
                }
            }
        });
        return column;
    }

    private static Tooltip wrappedTooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        return tip;
    }

    /** The reasons and gaps of every package, one sentence each, in red for a refusal. */
    private void showNotes(VBox notes, ScrollPane scroll) {
        List<String> lines = model.notes();
        notes.getChildren().setAll(lines.stream().map(line -> (Node) wrapped("• " + line, "sync-note")).toList());
        scroll.setVisible(!lines.isEmpty());
        scroll.setManaged(!lines.isEmpty());
        // Up to five sentences stay in sight when the progress bar comes; the table gives way, not the reasons.
        scroll.setMinHeight(Math.min(NOTES_IN_SIGHT, lines.size()) * NOTE_LINE + 6);
    }

    private void pickFiles() {
        List<Path> files = SyncFiles.of(root.getScene().getWindow(), messages)
                .open(root.getScene().getWindow(), lastFolder);
        if (!files.isEmpty()) {
            lastFolder = files.get(0).toAbsolutePath().getParent();
            model.addFiles(files);
        }
    }

    /** Files dropped anywhere on the tab are added, as picked ones are. */
    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.importingProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragEntered(e -> {
            if (e.getDragboard().hasFiles()) {
                root.getStyleClass().add("drop-hover");
            }
        });
        root.setOnDragExited(e -> root.getStyleClass().remove("drop-hover"));
        root.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && !model.importingProperty().get();
            if (done) {
                model.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Asks about every new sender (each decision is the person's own), then imports what may be imported. */
    private void confirmSendersAndImport() {
        for (NewSender sender : model.newSenders()) {
            model.decide(sender, TrustDialog.ask(root.getScene().getWindow(), messages, sender));
        }
        model.importReady();
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
