package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chungtay.app.i18n.Messages;

/** The chart data of the reports, from the same figures as their tables. */
final class Charts {

    private Charts() {
    }

    /** Poverty and near-poverty rate of each child unit (of the unit itself when it has no children). */
    static ReportChart rateByChild(ReportData data, Messages m) {
        List<String> categories = new ArrayList<>();
        List<Double> poor = new ArrayList<>();
        List<Double> near = new ArrayList<>();
        forEachChild(data, (name, f) -> {
            categories.add(name);
            poor.add(f.poorRate());
            near.add(f.nearPoorRate());
        });
        return new ReportChart(ChartId.RATE_BY_CHILD, ChartKind.BAR, m.get("report.chart.rate-by-child"),
                m.get("report.chart.axis.unit"), m.get("report.chart.axis.rate"), ColumnType.PERCENT, categories,
                List.of(new ChartSeries(m.get("report.chart.series.poor-rate"), poor),
                        new ChartSeries(m.get("report.chart.series.near-poor-rate"), near)));
    }

    /** Households of each class per child unit, stacked. */
    static ReportChart classes(ReportData data, Messages m) {
        List<String> categories = new ArrayList<>();
        List<Double> poor = new ArrayList<>();
        List<Double> near = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        forEachChild(data, (name, f) -> {
            categories.add(name);
            poor.add((double) f.poor().households());
            near.add((double) f.nearPoor().households());
            others.add((double) f.others());
        });
        return new ReportChart(ChartId.CLASSES, ChartKind.STACKED_BAR, m.get("report.chart.classes"),
                m.get("report.chart.axis.unit"), m.get("report.chart.axis.households"), ColumnType.COUNT, categories,
                List.of(new ChartSeries(m.get("report.chart.series.poor"), poor),
                        new ChartSeries(m.get("report.chart.series.near-poor"), near),
                        new ChartSeries(m.get("report.chart.series.others"), others)));
    }

    private static void forEachChild(ReportData data, java.util.function.BiConsumer<String, UnitFigures> action) {
        Map<Object, UnitFigures> children = data.childFigures();
        if (data.scope().children().isEmpty()) {
            action.accept(data.scope().unit().name(), data.total());
            return;
        }
        for (ReportScope.Child c : data.scope().children()) {
            action.accept(c.unit().name(), children.get(c.unit().ref()));
        }
    }
}
