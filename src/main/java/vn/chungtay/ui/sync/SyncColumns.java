package vn.chungtay.ui.sync;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The plain columns of the sync tables: a text per row (its whole text on hover), or a number aligned right. */
final class SyncColumns {

    /** The row height of a table whose cells read two lines. */
    static final double TWO_LINES = 48;

    private SyncColumns() {
    }

    static <T> TableColumn<T, String> text(String header, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(header);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    static <T> TableColumn<T, String> number(String header, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(header, width, value);
        column.getStyleClass().add("number-column");
        return column;
    }
}
