package vn.chungtay.ui.report;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import vn.chungtay.app.report.ChartKind;
import vn.chungtay.app.report.ColumnType;
import vn.chungtay.app.report.ReportChart;
import vn.chungtay.app.report.ReportNumbers;

/**
 * A report's chart as a JavaFX chart: bars side by side, stacked bars, or lines over the years, with the value axis
 * in the reader's number format and each bar's or point's value in its tooltip. A bar of a child unit opens that
 * unit on double-click.
 */
final class ChartView {

    private ChartView() {
    }

    static XYChart<String, Number> of(ReportChart chart, ReportNumbers numbers, Consumer<String> openCategory) {
        CategoryAxis categories = new CategoryAxis();
        categories.setLabel(chart.categoryLabel());
        categories.setTickLabelRotation(chart.categories().size() > 8 ? -40 : 0);
        NumberAxis values = new NumberAxis();
        values.setLabel(chart.valueLabel());
        values.setForceZeroInRange(true);
        values.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return numbers.decimal(n.doubleValue(), chart.valueType() == ColumnType.PERCENT ? 1 : 0);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        XYChart<String, Number> view = create(chart.kind(), categories, values);
        view.setId("report-chart-view");
        view.setTitle(chart.title());
        view.setLegendSide(Side.BOTTOM);
        view.setAnimated(false);
        ChartData data = ChartData.of(chart);
        for (ChartData.Series s : data.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (ChartData.Point p : s.points()) {
                XYChart.Data<String, Number> point = new XYChart.Data<>(p.category(), p.value());
                point.nodeProperty().addListener((obs, was, node) -> {
                    if (node != null) {
                        Tooltip.install(node, new Tooltip(s.name() + " — " + p.category() + ": "
                                + numbers.chartValue(chart.valueType(), p.value())));
                        if (chart.kind() != ChartKind.LINE) {
                            node.setCursor(Cursor.HAND);
                            node.setOnMouseClicked(e -> {
                                if (e.getClickCount() == 2) {
                                    openCategory.accept(p.category());
                                }
                            });
                        }
                    }
                });
                series.getData().add(point);
            }
            ObservableList<XYChart.Series<String, Number>> all = view.getData();
            all.add(series);
        }
        return view;
    }

    private static XYChart<String, Number> create(ChartKind kind, CategoryAxis x, NumberAxis y) {
        return switch (kind) {
            case BAR -> {
                BarChart<String, Number> bars = new BarChart<>(x, y);
                bars.setCategoryGap(14);
                bars.setBarGap(2);
                yield bars;
            }
            case STACKED_BAR -> {
                StackedBarChart<String, Number> stacked = new StackedBarChart<>(x, y);
                stacked.setCategoryGap(14);
                yield stacked;
            }
            case LINE -> new LineChart<>(x, y);
        };
    }
}
