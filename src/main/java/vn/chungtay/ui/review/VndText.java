package vn.chungtay.ui.review;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Whole amounts (VND, scores, counts) as people type and read them. Clerks type "1.400.000", "1,400,000",
 * "1 400 000" or "1400000" for the same income, so every grouping mark is dropped before reading; the amount is shown
 * with the reader's grouping (1.400.000 in Vietnamese), as the reason texts show it. Typed text stays text in the
 * form, so an unreadable amount becomes a field error instead of an exception. Public because the support forms
 * read amounts the same way.
 */
public final class VndText {

    /** More digits than this is a typing mistake, never an income (and would overflow a long). */
    private static final int MAX_DIGITS = 13;

    private VndText() {
    }

    /** The amount the text names; empty when blank or unreadable. */
    public static OptionalLong parse(String text) {
        String digits = text == null ? "" : text.strip().replaceAll("[\\s.,\u00A0\u202F_']", "");
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The amount with the locale's grouping: 1.400.000 in Vietnamese, 1,400,000 in English. */
    public static String format(long amount, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(amount);
    }
}
