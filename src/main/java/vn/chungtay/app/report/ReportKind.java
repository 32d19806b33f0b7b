package vn.chungtay.app.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reports of issue 6, each with the name the command line takes ({@code report summary …}) and the bundle key of
 * its title. The posting list is of one village (the lists posted at the village house); every other report is of any
 * unit, village to province.
 */
public enum ReportKind {
    /** Households and persons, poor and near-poor with rates and the categories "of which". */
    SUMMARY("summary", "report.kind.summary"),
    /** The movement tables of DOMAIN.md §2: households and persons, poor and near-poor, balanced. */
    MOVEMENT("movement", "report.kind.movement"),
    /** Count and share of poor and near-poor households lacking each indicator. */
    DEPRIVATIONS("deprivations", "report.kind.deprivations"),
    /** The summary's figures per ethnic group (of the head of household). */
    ETHNICITY("ethnicity", "report.kind.ethnicity"),
    /** Support events, households reached and VND by programme and by funding source. */
    SUPPORT("support", "report.kind.support"),
    /** Poverty rate and DTTS poverty rate per year, and the average yearly decrease. */
    TREND("trend", "report.kind.trend"),
    /** The named lists (poor, near-poor, escaped) of a village for public posting. */
    POSTING_LIST("posting-list", "report.kind.posting-list"),
    /** The quantitative part of a movement report as Vietnamese text with the figures, editable before printing. */
    MOVEMENT_REPORT("movement-report", "report.kind.movement-report");

    private final String cliName;
    private final String titleKey;

    ReportKind(String cliName, String titleKey) {
        this.cliName = cliName;
        this.titleKey = titleKey;
    }

    /** The name the command line takes, e.g. {@code posting-list}. */
    public String cliName() {
        return cliName;
    }

    /** The bundle key of the report's title. */
    public String titleKey() {
        return titleKey;
    }

    /** True for reports that only a village has (the posting list). */
    public boolean villageOnly() {
        return this == POSTING_LIST;
    }

    public static Optional<ReportKind> byCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name)).findFirst();
    }

    /** The command-line names, comma-separated, for help and error texts. */
    public static String cliNames() {
        return Arrays.stream(values()).map(ReportKind::cliName).collect(Collectors.joining(", "));
    }
}
