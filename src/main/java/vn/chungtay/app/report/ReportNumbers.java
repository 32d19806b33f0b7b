package vn.chungtay.app.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as reports print them in the reader's language: Vietnamese groups thousands with "." and writes decimals
 * after ","; English the other way round. Rates have two decimals; money is shown in million VND with three.
 */
public final class ReportNumbers {

    private final DecimalFormatSymbols symbols;

    public ReportNumbers(Locale locale) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        if (!"en".equals(locale.getLanguage())) {
            s.setGroupingSeparator('.');
            s.setDecimalSeparator(',');
        }
        this.symbols = s;
    }

    public String count(long n) {
        return new DecimalFormat("#,##0", symbols).format(n);
    }

    /** A percentage with two decimals, e.g. "20,30". */
    public String percent(double p) {
        return new DecimalFormat("#,##0.00", symbols).format(p);
    }

    /** Whole VND in million VND with three decimals, e.g. 23185650000 → "23.185,650". */
    public String millions(long vnd) {
        return new DecimalFormat("#,##0.000", symbols).format(BigDecimal.valueOf(vnd).movePointLeft(6));
    }

    /** Whole VND in million VND with no more decimals than needed, for running text, e.g. "3.410". */
    public String millionsShort(long vnd) {
        return new DecimalFormat("#,##0.###", symbols).format(BigDecimal.valueOf(vnd).movePointLeft(6));
    }

    /** A chart's value as text: a percentage, a count, or million VND with no more decimals than needed. */
    public String chartValue(ColumnType type, double v) {
        return switch (type) {
            case PERCENT -> percent(v);
            case MILLION_VND -> new DecimalFormat("#,##0.###", symbols).format(v);
            default -> count(Math.round(v));
        };
    }

    /** A number with at most the decimals given, for axis ticks such as 12,5. */
    public String decimal(double v, int maxDecimals) {
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMaximumFractionDigits(maxDecimals);
        return f.format(v);
    }

    /** A cell of a column as text, blank for {@code null}. */
    public String cell(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> value.toString();
            case COUNT, VND -> count(((Number) value).longValue());
            case YEAR -> String.valueOf(((Number) value).longValue());
            case PERCENT -> percent(((Number) value).doubleValue());
            case MILLION_VND -> millions(((Number) value).longValue());
        };
    }
}
