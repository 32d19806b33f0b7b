package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.store.report.ListedHousehold;

/**
 * The named lists of a village for public posting at the village house and the commune office (Decision
 * 24/2021/QĐ-TTg): poor households, near-poor households, and households that escaped poverty or near-poverty in the
 * year, each in the Vietnamese order of the heads' names, with the posting line and the signatures of the person who
 * made the lists and the village head.
 */
final class PostingList {

    static final String POOR = "posting-poor";
    static final String NEAR_POOR = "posting-near-poor";
    static final String ESCAPED = "posting-escaped";

    private PostingList() {
    }

    static Report build(ReportData data, Messages m, ReportFrame frame) {
        List<ListedHousehold> listed = data.listed();
        String year = String.valueOf(data.year());
        ReportTable poor = table(POOR, m.get("report.posting.poor", year), listed,
                h -> h.povertyClass() == PovertyClass.POOR, h -> categories(h.categories(), m), m);
        ReportTable near = table(NEAR_POOR, m.get("report.posting.near-poor", year), listed,
                h -> h.povertyClass() == PovertyClass.NEAR_POOR, h -> categories(h.categories(), m), m);
        ReportTable escaped = table(ESCAPED, m.get("report.posting.escaped", year), listed, PostingList::escaped,
                h -> escapeNote(h, m), m);
        ReportUnit unit = data.scope().unit();
        List<String> notes = List.of(m.get("report.posting.notice", unit.name(), unit.parentName()));
        return frame.report(ReportKind.POSTING_LIST, unit, data.year(), data.asOf(), List.of(poor, near, escaped),
                List.of(), List.of(), "", notes);
    }

    /** Poor before and no longer poor, or near-poor before and now above the near-poor line. */
    static boolean escaped(ListedHousehold h) {
        PovertyClass was = h.previousClass();
        return was == PovertyClass.POOR && h.povertyClass() != PovertyClass.POOR
                || was == PovertyClass.NEAR_POOR && !h.povertyClass().isPoorOrNearPoor();
    }

    private static String escapeNote(ListedHousehold h, Messages m) {
        if (h.previousClass() == PovertyClass.NEAR_POOR) {
            return m.get("report.posting.escaped-near-poor");
        }
        return m.get(h.povertyClass() == PovertyClass.NEAR_POOR ? "report.posting.escaped-to-near-poor"
                : "report.posting.escaped-above");
    }

    private static String categories(HouseholdCategories c, Messages m) {
        List<String> parts = new ArrayList<>();
        if (c.ethnicMinority()) {
            parts.add(m.get("report.col.dtts"));
        }
        if (c.noWorkCapacity()) {
            parts.add(m.get("report.col.no-work-capacity"));
        }
        if (c.meritorious()) {
            parts.add(m.get("report.col.meritorious"));
        }
        if (c.femaleHead()) {
            parts.add(m.get("report.col.female-head"));
        }
        return String.join("; ", parts);
    }

    private static ReportTable table(String id, String title, List<ListedHousehold> listed,
                                     Predicate<ListedHousehold> which, Function<ListedHousehold, String> note,
                                     Messages m) {
        List<ReportRow> rows = new ArrayList<>();
        long n = 0;
        long persons = 0;
        for (ListedHousehold h : listed) {
            if (which.test(h)) {
                rows.add(ReportRow.of(RowKind.DETAIL, ++n, h.headName(), h.householdNumber(), h.headEthnicity(),
                        (long) h.persons(), note.apply(h)));
                persons += h.persons();
            }
        }
        rows.add(ReportRow.of(RowKind.TOTAL, null, m.get("report.posting.total", n), null, null, persons, null));
        List<ColumnType> columns = List.of(ColumnType.COUNT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT,
                ColumnType.COUNT, ColumnType.TEXT);
        List<List<HeaderCell>> header = new Header().cell(m.get("report.col.no"))
                .cell(m.get("report.posting.head")).cell(m.get("report.posting.number"))
                .cell(m.get("report.posting.ethnicity")).cell(m.get("report.posting.persons"))
                .cell(m.get("report.posting.note")).rows();
        return new ReportTable(id, title, columns, header, rows, "");
    }
}
