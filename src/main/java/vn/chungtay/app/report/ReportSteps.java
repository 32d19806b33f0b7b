package vn.chungtay.app.report;

/** How many aggregate queries a report runs, roughly, so that progress moves evenly. */
final class ReportSteps {

    private ReportSteps() {
    }

    static long of(ReportKind kind, ReportScope scope) {
        return switch (kind) {
            case SUMMARY, DEPRIVATIONS, ETHNICITY -> 2;
            case MOVEMENT -> 8;
            case SUPPORT -> 3;
            case TREND -> 5;
            case POSTING_LIST -> 1;
            case MOVEMENT_REPORT -> 12;
        };
    }
}
