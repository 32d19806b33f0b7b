package vn.chungtay.ui.standard;

/**
 * Amounts of VND as people type them into the correction form: digits with or without thousands separators
 * ("1.500.000", "1,500,000", "1 500 000", "1500000"). Kept as text in the form, so a typo is a field error.
 */
final class MoneyText {

    private MoneyText() {
    }

    /** The amount, or null when the text is not a whole number of đồng (at most 12 digits). */
    static Long parse(String text) {
        String digits = text == null ? "" : text.strip().replaceAll("[.,_ \\u00a0]", "");
        return digits.matches("\\d{1,12}") ? Long.parseLong(digits) : null;
    }

    /** "1.500.000", or "" for no amount. */
    static String format(Long vnd) {
        return vnd == null ? "" : String.format(java.util.Locale.ROOT, "%,d", vnd).replace(',', '.');
    }
}
