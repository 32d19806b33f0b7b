package vn.chungtay.ui.review;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.review.RoundRow;
import vn.chungtay.domain.review.PovertyClass;

/**
 * The columns of a round's household table: number, head, village, persons, reviewed (✓ or –), the class in its
 * colour and the transition; and the plain text column the round's other tables share.
 */
final class RoundTableColumns {

    private RoundTableColumns() {
    }

    static void addTo(TableView<RoundRow> table, Messages messages) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text(messages.get("household.column.number"), 80, (RoundRow r) ->
                r.household().number()));
        table.getColumns().add(text(messages.get("household.column.head"), 200, (RoundRow r) ->
                r.household().headName()));
        table.getColumns().add(text(messages.get("household.column.village"), 150, (RoundRow r) ->
                r.household().villageName()));
        table.getColumns().add(text(messages.get("household.column.members"), 85, (RoundRow r) ->
                Integer.toString(r.household().memberCount())));
        TableColumn<RoundRow, String> reviewed = text(messages.get("round.column.reviewed"), 105, (RoundRow r) ->
                r.reviewed() ? "✓" : "–");
        reviewed.setStyle("-fx-alignment: CENTER;");
        table.getColumns().add(reviewed);
        table.getColumns().add(classColumn(messages));
        table.getColumns().add(text(messages.get("round.column.transition"), 230, (RoundRow r) ->
                r.reviewed() ? messages.get(r.review().transition().messageKey()) : ""));
    }

    private static TableColumn<RoundRow, PovertyClass> classColumn(Messages messages) {
        TableColumn<RoundRow, PovertyClass> column = new TableColumn<>(messages.get("round.column.class"));
        column.setPrefWidth(160);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().reviewed() ? cell.getValue().review().povertyClass() : null));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PovertyClass item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get(item.messageKey()));
                ClassStyles.apply(this, empty ? null : item);
            }
        });
        return column;
    }

    /** Makes a text column wrap its long texts (lists of indicators, transitions) instead of cutting them. */
    static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
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

    static <T> TableColumn<T, String> text(String header, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(header);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
