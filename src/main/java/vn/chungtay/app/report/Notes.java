package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.i18n.Messages;

/** Notes that qualify a report's figures, so that a reader never mistakes a gap for a zero. */
final class Notes {

    private Notes() {
    }

    /** Which communes of the unit had no review round in the year, and so count nowhere in it. */
    static List<String> coverage(ReportData data, Messages m) {
        List<String> out = new ArrayList<>();
        List<String> missing = data.communesWithoutReview();
        if (!missing.isEmpty() && data.villageId() == null) {
            out.add(m.get("report.note.communes-without-review", missing.size(), data.scope().communes().size(),
                    String.valueOf(data.year()), String.join(", ", missing)));
        }
        return out;
    }
}
