package vn.chungtay.ui.support;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.support.SupportTimelineViewModel.Line;

/**
 * A household's supports for the household form's "Hỗ trợ" tab: the timeline, newest first, with the commands to
 * record one more, correct the selected one (Enter or double-click) and delete it (Delete, after confirmation).
 * Loads when first shown; a household not saved yet has none and says so.
 */
public final class SupportTimelinePane {

    private final SupportTimelineViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final TableView<Line> table = new TableView<>();
    private Supplier<String> householdText = () -> "";
    private UUID loadedFor;
    private boolean loadedOnce;

    public SupportTimelinePane(SupportTimelineViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    public Node root() {
        return root;
    }

    /** How the single-support form names the household ("Hộ 0101 — Nguyễn Văn Ánh"). */
    public void householdText(Supplier<String> text) {
        householdText = text;
    }

    /** Shows the household's supports, loading them unless they are already shown ({@code null}: a new household). */
    public void show(UUID householdId) {
        if (loadedOnce && Objects.equals(householdId, loadedFor)) {
            return;
        }
        loadedOnce = true;
        loadedFor = householdId;
        model.load(householdId);
    }

    private void build() {
        root.getStyleClass().add("tab-body");
        Button add = new Button(messages.get("support.ui.timeline.add"));
        add.setId("support-timeline-add");
        add.setOnAction(e -> open(model.newForm()));
        add.disableProperty().bind(model.householdProperty().isNull().or(model.loadingProperty()));
        Button edit = new Button(messages.get("support.ui.timeline.edit"));
        edit.setId("support-timeline-edit");
        edit.setOnAction(e -> open(model.editForm()));
        edit.disableProperty().bind(model.selectedProperty().isNull());
        Button delete = new Button(messages.get("support.ui.timeline.delete"));
        delete.setId("support-timeline-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> delete());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        for (Button b : new Button[] {add, edit, delete}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.householdProperty().get() == null
                ? messages.get("support.ui.timeline.unsaved")
                : messages.get("support.ui.timeline.count", model.lines().size()), model.lines(),
                model.householdProperty()));
        HBox bar = new HBox(8, add, edit, delete, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(count, new javafx.geometry.Insets(0, 0, 0, 8));
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(bar, table, error);
    }

    private void buildTable() {
        table.setId("support-timeline-table");
        table.setItems(model.lines());
        table.setPlaceholder(new Label(messages.get("support.ui.timeline.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Line, String> date = SupportColumns.text(messages.get("support.ui.date"), 105, Line::date);
        date.setMinWidth(100);
        table.getColumns().add(date);
        table.getColumns().add(wrapping(SupportColumns.text(messages.get("support.ui.programme"), 200,
                Line::programme)));
        table.getColumns().add(wrapping(SupportColumns.text(messages.get("support.ui.kind"), 200, Line::kind)));
        table.getColumns().add(wrapping(SupportColumns.text(messages.get("support.ui.form"), 120, Line::form)));
        table.getColumns().add(wrapping(SupportColumns.text(messages.get("support.ui.timeline.given"), 170,
                Line::given)));
        table.getColumns().add(wrapping(SupportColumns.text(messages.get("support.ui.source"), 150, Line::source)));
        TableColumn<Line, String> terms = wrapping(SupportColumns.text(messages.get("support.ui.timeline.terms"),
                210, Line::terms));
        terms.setMinWidth(190);
        table.getColumns().add(terms);
        table.getColumns().add(wrapping(SupportColumns.text(messages.get("support.ui.note"), 120, Line::note)));
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
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && model.selectedProperty().get() != null) {
                open(model.editForm());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                open(model.editForm());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });
    }

    /** Long names and notes wrap within their column instead of being cut. */
    private static TableColumn<Line, String> wrapping(TableColumn<Line, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("wrapping-cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }

    private void open(SupportFormViewModel form) {
        if (form != null) {
            new SupportFormWindow(form, messages).show(root.getScene().getWindow(), householdText.get(),
                    saved -> model.reload());
        }
    }

    private void delete() {
        Line line = model.selectedProperty().get();
        if (line == null) {
            return;
        }
        boolean sure = Dialogs.confirm(root.getScene().getWindow(), messages,
                messages.get("support.ui.timeline.delete.confirm", line.date(), line.kind()),
                messages.get("support.ui.timeline.delete"));
        if (sure) {
            model.deleteSelected(reason -> Dialogs.error(root.getScene().getWindow(), messages, reason));
        }
    }
}
