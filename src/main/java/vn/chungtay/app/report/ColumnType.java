package vn.chungtay.app.report;

/**
 * What a table column holds, which decides the cell values' Java types and how exports format them. Numbers stay
 * numbers: counts are {@code Long}, rates are {@code Double} percentages (20.3 means 20.3 %), money is whole VND as
 * {@code Long}. A {@code null} cell is blank (a rate of nothing, say).
 */
public enum ColumnType {
    /** Text ({@code String}): a unit's name, a household number, a name. */
    TEXT(String.class),
    /** A count ({@code Long}): households, persons, events; the row number (STT) too. */
    COUNT(Long.class),
    /** A year ({@code Long}), shown without a thousands separator. */
    YEAR(Long.class),
    /** A percentage ({@code Double}), shown with two decimals. */
    PERCENT(Double.class),
    /** Whole VND ({@code Long}) shown in million VND, as reports show money (DOMAIN.md §3). */
    MILLION_VND(Long.class),
    /** Whole VND ({@code Long}) shown as it is, e.g. an income per person per month. */
    VND(Long.class);

    private final Class<?> valueType;

    ColumnType(Class<?> valueType) {
        this.valueType = valueType;
    }

    /** The type of this column's non-blank cells. */
    public Class<?> valueType() {
        return valueType;
    }

    public boolean isNumeric() {
        return this != TEXT;
    }
}
