package vn.chungtay.ui.unit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Validity dates as people in Vietnam write them, day first: "01/07/2025", "1/7/2025", "01-07-2025" or "01.07.2025".
 * Typed text is kept as text in the forms, so an unreadable date becomes a field error instead of an exception.
 */
public final class DateText {

    private DateText() {
    }

    /** The date the text names; empty when blank or unreadable (see {@link #readable}). */
    public static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        String[] parts = t.split("[/.\\-]");
        if (parts.length != 3 || !parts[0].matches("\\d{1,2}") || !parts[1].matches("\\d{1,2}")
                || !parts[2].matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[0])));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when the text is blank (no date: open-ended) or a date in one of the accepted forms. */
    public static boolean readable(String text) {
        return text == null || text.isBlank() || parse(text).isPresent();
    }

    /** The date, or null when the text is blank or unreadable. */
    public static LocalDate valueOf(String text) {
        return parse(text).orElse(null);
    }

    /** "dd/MM/yyyy", or "" for no date. */
    public static String format(LocalDate date) {
        return date == null ? ""
                : String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
