package vn.chungtay.ui.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chungtay.app.report.ReportChart;
import vn.chungtay.app.report.ReportUnit;
import vn.chungtay.app.report.UnitRef;

/**
 * A report's chart as the series a chart control draws: per series its name and the (category, value) points that
 * have a value (a rate of nothing is left out rather than drawn as zero). Kept free of JavaFX so it can be checked
 * against the report's numbers without a toolkit.
 */
record ChartData(ReportChart chart, List<Series> series) {

    record Point(String category, double value) {
    }

    record Series(String name, List<Point> points) {
    }

    static ChartData of(ReportChart chart) {
        List<Series> out = new ArrayList<>();
        for (var s : chart.series()) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < chart.categories().size(); i++) {
                Double v = s.values().get(i);
                if (v != null) {
                    points.add(new Point(chart.categories().get(i), v));
                }
            }
            out.add(new Series(s.name(), List.copyOf(points)));
        }
        return new ChartData(chart, List.copyOf(out));
    }

    /** True when no series has a value to draw (e.g. rates of a year without a review). */
    boolean isBlank() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    /**
     * The child unit a category stands for, to drill down to from its bar: the report's children are the charts'
     * categories in the same order (a unit without children is drawn as its own single category).
     */
    static Optional<UnitRef> childOf(String category, ReportChart chart, List<ReportUnit> children) {
        int index = chart.categories().indexOf(category);
        if (index < 0 || children.size() != chart.categories().size()) {
            return Optional.empty();
        }
        ReportUnit child = children.get(index);
        return child.name().equals(category) ? Optional.of(child.ref()) : Optional.empty();
    }
}
