package vn.chungtay.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import vn.chungtay.domain.text.VietnameseText;

/**
 * Keyboard selection for short combo boxes, which JavaFX lacks: typing letters selects the first item whose text
 * starts with them (diacritics ignored, so "n" finds "Nữ" and "Nam"; typing the same letter again moves to the next
 * match), and Up/Down step through the items while the list is closed.
 */
public final class TypeAhead {

    private static final long RESET_AFTER_MILLIS = 900;

    private TypeAhead() {
    }

    public static <T> void install(ComboBox<T> box, Function<T, String> text) {
        StringBuilder typed = new StringBuilder();
        long[] lastKey = {0};
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (ch.isEmpty() || Character.isISOControl(ch.charAt(0)) || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            long now = System.currentTimeMillis();
            if (now - lastKey[0] > RESET_AFTER_MILLIS) {
                typed.setLength(0);
            }
            lastKey[0] = now;
            boolean repeat = typed.length() == 1 && VietnameseText.fold(ch).equals(typed.toString());
            if (!repeat) {
                typed.append(VietnameseText.fold(ch));
            }
            select(box, text, typed.toString(), repeat);
            e.consume();
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (box.isShowing() || box.getItems().isEmpty()) {
                return;
            }
            int index = box.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DOWN && !e.isAltDown()) {
                box.getSelectionModel().select(Math.min(index + 1, box.getItems().size() - 1));
                e.consume();
            } else if (e.getCode() == KeyCode.UP && !e.isAltDown()) {
                box.getSelectionModel().select(Math.max(index - 1, 0));
                e.consume();
            }
        });
    }

    private static <T> void select(ComboBox<T> box, Function<T, String> text, String prefix, boolean next) {
        int size = box.getItems().size();
        int start = next ? box.getSelectionModel().getSelectedIndex() + 1 : 0;
        for (int k = 0; k < size; k++) {
            int i = (start + k) % size;
            T item = box.getItems().get(i);
            if (item != null && VietnameseText.fold(text.apply(item)).startsWith(prefix)) {
                box.getSelectionModel().select(i);
                return;
            }
        }
    }
}
