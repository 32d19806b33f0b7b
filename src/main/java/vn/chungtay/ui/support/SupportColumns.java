package vn.chungtay.ui.support;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** The plain columns of the support tables: a text per row, or a number aligned on the right as reports align it. */
final class SupportColumns {

    private SupportColumns() {
    }

    static <T> TableColumn<T, String> text(String header, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(header);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    static <T> TableColumn<T, String> number(String header, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(header, width, value);
        column.getStyleClass().add("number-column");
        return column;
    }
}
