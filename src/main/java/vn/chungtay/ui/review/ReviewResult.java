package vn.chungtay.ui.review;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.Classification;
import vn.chungtay.domain.review.Transition;

/**
 * The review form's live answer as a reader sees it: the class, its reason with the figures, how many indicators are
 * ticked against the threshold, and the transition it would make. Kept apart from the inputs, which it follows.
 */
public final class ReviewResult {

    private final Messages messages;
    private final ObjectProperty<Classification> classification = new SimpleObjectProperty<>();
    private final ObjectProperty<Transition> transition = new SimpleObjectProperty<>();
    private final StringProperty classText = new SimpleStringProperty("");
    private final StringProperty reasonText = new SimpleStringProperty("");
    private final StringProperty transitionText = new SimpleStringProperty("");
    private final StringProperty lackingText = new SimpleStringProperty("");

    ReviewResult(Messages messages) {
        this.messages = messages;
    }

    /** Shows a class ({@code null}: none yet) with its transition and the count of ticked indicators. */
    void show(Classification c, Transition t, int lacking, int indicators, int threshold) {
        classification.set(c);
        transition.set(t);
        classText.set(c == null ? messages.get("review.ui.result.none") : messages.get(c.povertyClass().messageKey()));
        reasonText.set(c == null ? messages.get("review.ui.result.waiting")
                : messages.get(c.reasonKey(), c.reasonArgs().toArray()));
        transitionText.set(t == null ? "" : messages.get(t.messageKey()));
        lackingText.set(messages.get("review.ui.lacking.count", lacking, indicators, threshold));
    }

    /** The class the inputs give now; {@code null} while income or score is missing or unreadable. */
    public ObjectProperty<Classification> classificationProperty() {
        return classification;
    }

    public ObjectProperty<Transition> transitionProperty() {
        return transition;
    }

    public StringProperty classTextProperty() {
        return classText;
    }

    /** "thu nhập 1.400.000 ≤ 1.500.000 và thiếu hụt 3 ≥ 3 → hộ nghèo". */
    public StringProperty reasonTextProperty() {
        return reasonText;
    }

    public StringProperty transitionTextProperty() {
        return transitionText;
    }

    public StringProperty lackingTextProperty() {
        return lackingText;
    }
}
