package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.Movement;
import vn.chungtay.domain.review.MovementCounts;

/**
 * The movement tables (DOMAIN.md §2) of a unit and year: poor households, poor persons, near-poor households and
 * near-poor persons, a row per child unit, the total, and of the total its urban and its rural part. Each row
 * balances — end = start − decreases + increases — and a table that would not is refused, never printed.
 */
final class MovementTables {

    static final String POOR_HOUSEHOLDS = "movement-poor-households";
    static final String POOR_PERSONS = "movement-poor-persons";
    static final String NEAR_POOR_HOUSEHOLDS = "movement-near-poor-households";
    static final String NEAR_POOR_PERSONS = "movement-near-poor-persons";

    private MovementTables() {
    }

    static Report build(ReportData data, Messages m, ReportFrame frame) {
        UnitFigures total = data.total();
        Map<Object, UnitFigures> childFigures = data.childFigures();
        List<ReportTable> tables = List.of(
                table(data, m, POOR_HOUSEHOLDS, "report.movement.poor-households", true, true,
                        Movement::poorHouseholds, total, childFigures),
                table(data, m, POOR_PERSONS, "report.movement.poor-persons", true, false,
                        Movement::poorPersons, total, childFigures),
                table(data, m, NEAR_POOR_HOUSEHOLDS, "report.movement.near-poor-households", false, true,
                        Movement::nearPoorHouseholds, total, childFigures),
                table(data, m, NEAR_POOR_PERSONS, "report.movement.near-poor-persons", false, false,
                        Movement::nearPoorPersons, total, childFigures));
        return frame.report(ReportKind.MOVEMENT, data.scope().unit(), data.year(), data.asOf(), tables, List.of(),
                SummaryReport.children(data), "", Notes.coverage(data, m));
    }

    private static ReportTable table(ReportData data, Messages m, String id, String titleKey, boolean poor,
                                     boolean households, Function<Movement, MovementCounts> line, UnitFigures total,
                                     Map<Object, UnitFigures> childFigures) {
        List<ReportRow> rows = new ArrayList<>();
        Map<Object, Movement> children = data.childMovements();
        long n = 0;
        for (ReportScope.Child child : data.scope().children()) {
            UnitFigures f = childFigures.get(child.unit().ref());
            rows.add(row(RowKind.DETAIL, ++n, child.unit().name(), line.apply(children.get(child.unit().ref())),
                    households ? f.all().households() : f.all().persons()).withDrillDown(child.unit().ref()));
        }
        rows.add(row(RowKind.TOTAL, null, m.get("report.row.total"), line.apply(data.movement()),
                households ? total.all().households() : total.all().persons()));
        for (Map.Entry<Area, Movement> area : data.areaMovements().entrySet()) {
            String name = m.get(area.getKey() == Area.URBAN ? "report.row.urban" : "report.row.rural");
            rows.add(row(RowKind.PART, null, name, line.apply(area.getValue()), null));
        }
        String title = m.get(titleKey, String.valueOf(data.year()));
        return new ReportTable(id, title, columns(), header(m, poor, households), rows, "");
    }

    private static List<ColumnType> columns() {
        List<ColumnType> c = new ArrayList<>(List.of(ColumnType.COUNT, ColumnType.TEXT));
        for (int i = 0; i < 11; i++) {
            c.add(ColumnType.COUNT);
        }
        c.add(ColumnType.PERCENT);
        return c;
    }

    private static List<List<HeaderCell>> header(Messages m, boolean poor, boolean households) {
        return new Header()
                .cell(m.get("report.col.no"), 1, 2).cell(m.get("report.col.unit"), 1, 2)
                .cell(m.get(households ? "report.movement.start-households" : "report.movement.start-persons"), 1, 2)
                .cell(m.get("report.movement.decrease"), 4, 1).cell(m.get("report.movement.increase"), 5, 1)
                .cell(m.get(households ? "report.movement.end-households" : "report.movement.end-persons"), 1, 2)
                .cell(m.get("report.movement.end-rate"), 1, 2).row()
                .cell(m.get("report.col.all"))
                .cell(m.get(poor ? "report.movement.escaped-to-near-poor" : "report.movement.became-poor"))
                .cell(m.get(poor ? "report.movement.escaped-above" : "report.movement.near-poor-escaped"))
                .cell(m.get("report.movement.other-decrease"))
                .cell(m.get("report.col.all"))
                .cell(m.get(poor ? "report.movement.from-near-poor" : "report.movement.from-poor"))
                .cell(m.get(poor ? "report.movement.re-poor" : "report.movement.re-near-poor"))
                .cell(m.get(poor ? "report.movement.newly-poor" : "report.movement.newly-near-poor"))
                .cell(m.get("report.movement.other-increase"))
                .rows();
    }

    /**
     * A row of the table; the end rate is the end over all households (or persons) of the unit in the year, and is
     * left blank for the urban and rural parts.
     */
    private static ReportRow row(RowKind kind, Long no, String name, MovementCounts c, Long whole) {
        if (!c.balances()) {
            throw new IllegalStateException("the movement table of " + name + " does not balance: " + c);
        }
        List<Object> cells = new ArrayList<>();
        cells.add(no);
        cells.add(name);
        cells.addAll(List.of(c.start(), c.outflows(), c.toOtherClass(), c.escapedAbove(), c.otherDecrease(),
                c.inflows(), c.fromOtherClass(), c.returned(), c.newly(), c.otherIncrease(), c.end()));
        cells.add(whole == null ? null : Rates.percent(c.end(), whole));
        return new ReportRow(kind, cells, null);
    }
}
