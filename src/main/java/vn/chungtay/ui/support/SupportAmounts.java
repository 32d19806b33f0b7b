package vn.chungtay.ui.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Optional;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.review.VndText;

/**
 * Amounts as the support screens show and read them. Money is whole VND, shown in full where one support is concerned
 * ("500.000 đồng") and in million VND with two decimals where totals are concerned ("3.410,00 triệu đồng"), as the
 * programme reports print them. Quantities and rates may have decimals; a comma or a dot is the decimal mark (people
 * type "2,5" and "2.5" for the same kilos), since goods are counted in small numbers nobody groups by thousands.
 */
final class SupportAmounts {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private SupportAmounts() {
    }

    /** "500.000 đồng" / "500,000 VND". */
    static String vnd(long amount, Messages messages) {
        return messages.get("support.ui.vnd", VndText.format(amount, messages.locale()));
    }

    /** "3.410,00 triệu đồng" / "3,410.00 million VND". */
    static String millions(long amount, Messages messages) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        BigDecimal value = BigDecimal.valueOf(amount).divide(MILLION, 2, RoundingMode.HALF_UP);
        return messages.get("support.ui.million", format.format(value));
    }

    /** A whole amount typed with or without grouping; a leading minus is kept, so the rules can say "not negative". */
    static Optional<Long> parseVnd(String text) {
        String t = text == null ? "" : text.strip();
        boolean negative = t.startsWith("-");
        var value = VndText.parse(negative ? t.substring(1) : t);
        return value.isPresent() ? Optional.of(negative ? -value.getAsLong() : value.getAsLong()) : Optional.empty();
    }

    /** A number with an optional decimal part after a comma or a dot ("2,5", "0.65", "-1"). */
    static Optional<BigDecimal> parseDecimal(String text) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (!t.matches("-?\\d{1,9}(\\.\\d{1,6})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }

    /** A whole number such as a loan's term in months. */
    static Optional<Integer> parseWhole(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("-?\\d{1,6}") ? Optional.of(Integer.parseInt(t)) : Optional.empty();
    }

    /** A decimal with the reader's mark and no trailing zeros: "2,5" in Vietnamese, "2.5" in English. */
    static String decimal(BigDecimal value, Messages messages) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(6);
        format.setGroupingUsed(false);
        return format.format(value.stripTrailingZeros());
    }

    /** A whole amount with the reader's grouping, for a form's field ("500.000"). */
    static String grouped(long amount, Messages messages) {
        return VndText.format(amount, messages.locale());
    }
}
