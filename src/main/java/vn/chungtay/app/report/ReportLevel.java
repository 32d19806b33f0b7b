package vn.chungtay.app.report;

import vn.chungtay.domain.unit.UnitLevel;

/** The levels a report can be of: the administrative levels, and the village below the commune. */
public enum ReportLevel {
    PROVINCE("report.level.province"),
    DISTRICT("report.level.district"),
    COMMUNE("report.level.commune"),
    VILLAGE("report.level.village");

    private final String messageKey;

    ReportLevel(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public static ReportLevel of(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> PROVINCE;
            case DISTRICT -> DISTRICT;
            case COMMUNE -> COMMUNE;
        };
    }
}
