package vn.chungtay.ui.review;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.unit.DateText;

/**
 * Reading the review form's typed text: the income or B1 score, and the date, reviewer and note. What cannot be read
 * becomes a violation of its field, so the form shows it where it was typed; the service checks the rest on saving.
 */
final class ReviewInputRules {

    private ReviewInputRules() {
    }

    /** The evidence typed, or {@code null} with a violation of its field when missing or unreadable. */
    static Evidence evidence(boolean useB1, String income, String b1, List<Violation> out) {
        if (useB1) {
            if (VndText.isBlank(b1)) {
                out.add(Violation.of("b1", "validation.review.evidence.required"));
                return null;
            }
            OptionalLong points = VndText.parse(b1);
            if (points.isEmpty() || points.getAsLong() > Integer.MAX_VALUE) {
                out.add(Violation.of("b1", "review.ui.b1.format"));
                return null;
            }
            return new Evidence.B1Score((int) points.getAsLong());
        }
        if (VndText.isBlank(income)) {
            out.add(Violation.of("income", "validation.review.evidence.required"));
            return null;
        }
        OptionalLong vnd = VndText.parse(income);
        if (vnd.isEmpty()) {
            out.add(Violation.of("income", "review.ui.income.format"));
            return null;
        }
        return new Evidence.Income(vnd.getAsLong());
    }

    /** Checks the date (required, readable, not after today) and the lengths of reviewer and note. */
    static void checkTexts(String reviewedOn, String reviewer, String note, LocalDate today, List<Violation> out) {
        if (reviewedOn == null || reviewedOn.isBlank()) {
            out.add(Violation.of("reviewedOn", "validation.review.date.required"));
        } else if (!DateText.readable(reviewedOn)) {
            out.add(Violation.of("reviewedOn", "unit.date.format"));
        } else if (DateText.valueOf(reviewedOn).isAfter(today)) {
            out.add(Violation.of("reviewedOn", "validation.review.date.future"));
        }
        if (reviewer != null && reviewer.strip().length() > 200) {
            out.add(Violation.of("reviewer", "validation.text.too-long", 200));
        }
        if (note != null && note.strip().length() > 1000) {
            out.add(Violation.of("note", "validation.text.too-long", 1000));
        }
    }
}
