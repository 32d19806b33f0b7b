package vn.chungtay.ui.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.common.ErrorTexts;

/**
 * The messages of a small form's invalid fields, by field name, in the form's language; what
 * {@link vn.chungtay.ui.common.FieldDecorations} shows on the controls. The map is replaced only when its content
 * changes, so decorations do not flicker on every keystroke.
 */
public final class FieldErrors {

    private final Messages messages;
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());

    public FieldErrors(Messages messages) {
        this.messages = messages;
    }

    /** Shows exactly these violations, the first one per field. */
    public void show(List<Violation> violations) {
        Map<String, String> next = new LinkedHashMap<>();
        for (Violation v : violations) {
            next.putIfAbsent(v.field(), messages.get(v));
        }
        if (!next.equals(errors)) {
            errors.clear();
            errors.putAll(next);
        }
    }

    /**
     * Shows a failed save: violations of the form's own {@code fields} on their controls; returns the text for the
     * form's general error line (violations of other fields, a refused access, a database problem), or "".
     */
    public String showFailure(Throwable error, Set<String> fields) {
        if (!(error instanceof ValidationException invalid)) {
            return ErrorTexts.describe(error, messages);
        }
        show(invalid.violations().stream().filter(v -> fields.contains(v.field())).toList());
        List<Violation> elsewhere = invalid.violations().stream().filter(v -> !fields.contains(v.field())).toList();
        return elsewhere.isEmpty() ? "" : ErrorTexts.describe(new ValidationException(elsewhere), messages);
    }

    public ObservableMap<String, String> map() {
        return errors;
    }
}
