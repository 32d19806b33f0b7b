package vn.chungtay.ui.review;

import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.review.ReviewHistoryViewModel.HistoryLine;

/**
 * A household's review history for the household form: one line per round with its class in colour, the
 * transition, the indicators it lacked, income or score, reviewer and date. Loads when first shown.
 */
public final class ReviewHistoryPane {

    private final ReviewHistoryViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final TableView<HistoryLine> table = new TableView<>();
    private UUID loadedFor;
    private boolean loadedOnce;

    public ReviewHistoryPane(ReviewHistoryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    public Node root() {
        return root;
    }

    /** Shows the household's history, loading it unless it is already shown ({@code null}: a new household). */
    public void show(UUID householdId) {
        if (loadedOnce && java.util.Objects.equals(householdId, loadedFor)) {
            return;
        }
        loadedOnce = true;
        loadedFor = householdId;
        model.load(householdId);
    }

    private void build() {
        root.getStyleClass().add("tab-body");
        table.setId("history-table");
        table.setItems(model.lines());
        table.setPlaceholder(new Label(messages.get("history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(RoundTableColumns.text(messages.get("history.column.year"), 55, HistoryLine::year));
        table.getColumns().add(RoundTableColumns.wrapping(RoundTableColumns.text(
                messages.get("history.column.kind"), 120, HistoryLine::kind)));
        table.getColumns().add(RoundTableColumns.text(messages.get("history.column.standard"), 95,
                HistoryLine::standard));
        table.getColumns().add(classColumn());
        table.getColumns().add(RoundTableColumns.wrapping(RoundTableColumns.text(
                messages.get("history.column.transition"), 170, HistoryLine::transition)));
        table.getColumns().add(RoundTableColumns.wrapping(RoundTableColumns.text(
                messages.get("history.column.lacking"), 290, HistoryLine::lacking)));
        table.getColumns().add(RoundTableColumns.text(messages.get("history.column.evidence"), 150,
                HistoryLine::evidence));
        table.getColumns().add(RoundTableColumns.wrapping(RoundTableColumns.text(
                messages.get("history.column.reviewer"), 135, HistoryLine::reviewer)));
        table.getColumns().add(RoundTableColumns.text(messages.get("history.column.date"), 115, HistoryLine::date));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("error-summary");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(table, error);
    }

    private TableColumn<HistoryLine, HistoryLine> classColumn() {
        TableColumn<HistoryLine, HistoryLine> column = new TableColumn<>(messages.get("history.column.class"));
        column.setPrefWidth(115);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(HistoryLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.classText());
                ClassStyles.apply(this, empty || item == null ? null : item.povertyClass());
            }
        });
        return column;
    }
}
