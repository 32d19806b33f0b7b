package vn.chungtay.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.Village;

/** How units and villages read in combo boxes: a unit by name and code, a village by name. */
public final class UnitCells {

    private UnitCells() {
    }

    public static void unitNames(ComboBox<AdminUnit> box, String emptyText) {
        show(box, u -> u.name() + " (" + u.code() + ")", emptyText);
    }

    public static void villageNames(ComboBox<Village> box, String emptyText) {
        show(box, Village::name, emptyText);
    }

    /** Shows items through {@code text}; an empty selection reads {@code emptyText}. */
    public static <T> void show(ComboBox<T> box, Function<T, String> text, String emptyText) {
        box.setCellFactory(list -> cell(text, emptyText));
        box.setButtonCell(cell(text, emptyText));
    }

    /**
     * A list that mirrors {@code source} with a leading {@code null}, so that a filter combo box offers "all" as a
     * choice a person can go back to with the keyboard.
     */
    public static <T> ObservableList<T> withNone(ObservableList<T> source) {
        ObservableList<T> out = FXCollections.observableArrayList();
        Runnable copy = () -> {
            List<T> items = new ArrayList<>();
            items.add(null);
            items.addAll(source);
            out.setAll(items);
        };
        source.addListener((ListChangeListener<T>) change -> copy.run());
        copy.run();
        return out;
    }

    private static <T> ListCell<T> cell(Function<T, String> text, String emptyText) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? emptyText : text.apply(item));
            }
        };
    }
}
