package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One series of a chart: its name (for the legend) and one value per category ({@code null}: no value). */
public record ChartSeries(String name, List<Double> values) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
