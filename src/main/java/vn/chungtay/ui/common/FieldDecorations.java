package vn.chungtay.ui.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import atlantafx.base.theme.Styles;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Shows a view-model's field errors on the controls with ControlsFX decorations, AtlantaFX's red "danger" border
 * (so the field in error is clear even where decorations of neighbours touch) and a tooltip. A field's error shows
 * once the person has touched it (left it or changed it) or tried to save, so a fresh form is not all red.
 */
public final class FieldDecorations {

    private final ObservableMap<String, String> errors;
    private final GraphicValidationDecoration decoration = new GraphicValidationDecoration();
    private final Map<String, Control> controls = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final Map<Control, Tooltip> originalTooltips = new HashMap<>();
    private boolean showAll;

    public FieldDecorations(ObservableMap<String, String> errors) {
        this.errors = errors;
        errors.addListener((MapChangeListener<String, String>) change -> refresh());
    }

    /** Binds a field path to its control; replaces an earlier control for the same path. */
    public void register(String path, Control control) {
        Control previous = controls.put(path, control);
        if (previous != null && previous != control) {
            clear(previous);
        }
        control.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                touch(control);
            }
        });
        refresh(path);
    }

    /** Forgets every path starting with the prefix (e.g. when member rows are laid out again). */
    public void unregisterPrefix(String prefix) {
        controls.entrySet().removeIf(e -> {
            if (e.getKey().startsWith(prefix)) {
                clear(e.getValue());
                return true;
            }
            return false;
        });
    }

    /** Marks the control's field as touched, so its error shows. */
    public void touch(Control control) {
        controls.forEach((path, c) -> {
            if (c == control) {
                touched.add(path);
                refresh(path);
            }
        });
    }

    /** Shows every error from now on (after a save attempt). */
    public void showAll() {
        showAll = true;
        refresh();
    }

    public void refresh() {
        controls.keySet().forEach(this::refresh);
    }

    private void refresh(String path) {
        Control control = controls.get(path);
        if (control == null) {
            return;
        }
        String message = errors.get(path);
        clear(control);
        if (message != null && (showAll || touched.contains(path))) {
            decoration.applyValidationDecoration(ValidationMessage.error(control, message));
            control.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            originalTooltips.putIfAbsent(control, control.getTooltip());
            control.setTooltip(new Tooltip(message));
        }
    }

    private void clear(Control control) {
        decoration.removeDecorations(control);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        if (originalTooltips.containsKey(control)) {
            control.setTooltip(originalTooltips.remove(control));
        }
    }
}
