package vn.chungtay.app.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart's data, ready for a chart control or a printed drawing: which chart, how to draw it, its title and axis
 * labels, what its values are (percentages, counts, or million VND — already in those units, to be shown with
 * {@link ReportNumbers#chartValue}), the categories (child units, years, programmes) and the series, each with one
 * value per category.
 */
public record ReportChart(ChartId id, ChartKind kind, String title, String categoryLabel, String valueLabel,
                          ColumnType valueType, List<String> categories, List<ChartSeries> series) {

    public ReportChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        categoryLabel = Objects.requireNonNullElse(categoryLabel, "");
        valueLabel = Objects.requireNonNullElse(valueLabel, "");
        Objects.requireNonNull(valueType, "valueType");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException(id + ": series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** True when there is nothing to draw. */
    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }
}
