package vn.chungtay.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.chungtay.app.i18n.Messages;

/**
 * What every report has around its figures, as official Vietnamese documents have it: the issuing body and the
 * national title and motto, the place and date line, the title with the unit, year and "as of" day, and the signature
 * places (the person who made the table, and the chairman on behalf of the people's committee; for the lists posted
 * in a village, the person who made the list and the village head).
 */
final class ReportFrame {

    /** Words that name a unit's level in front of its name, left out where the place is named ("Kon Tum, ngày …"). */
    private static final List<String> LEVEL_WORDS = List.of("Tỉnh ", "Thành phố ", "Huyện ", "Quận ", "Thị xã ",
            "Xã ", "Phường ", "Thị trấn ");

    private final Messages m;
    private final LocalDate today;

    ReportFrame(Messages messages, LocalDate today) {
        this.m = messages;
        this.today = today;
    }

    Report report(ReportKind kind, ReportUnit unit, int year, LocalDate asOf, List<ReportTable> tables,
                  List<ReportChart> charts, List<ReportUnit> children, String text, List<String> notes) {
        return new Report(kind, m.get(kind.titleKey()), subtitle(unit, year, asOf), unit, year, asOf, head(unit),
                tables, charts, children, text, notes, signers(kind));
    }

    String subtitle(ReportUnit unit, int year, LocalDate asOf) {
        return m.get("report.subtitle", unit.level() == ReportLevel.VILLAGE
                ? m.get("report.unit.village-of", unit.name(), unit.parentName()) : unit.name(),
                String.valueOf(year), asOf.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    DocumentHead head(ReportUnit unit) {
        Locale vi = Messages.VIETNAMESE;
        String issuer = unit.level() == ReportLevel.VILLAGE
                ? m.get("report.head.issuer-village", unit.parentName().toUpperCase(vi), unit.name().toUpperCase(vi))
                : m.get("report.head.issuer", unit.name().toUpperCase(vi));
        String place = place(unit.level() == ReportLevel.VILLAGE ? unit.parentName() : unit.name());
        return new DocumentHead(issuer, m.get("report.head.nation"), m.get("report.head.motto"),
                m.get("report.head.place-date", place, String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()), String.valueOf(today.getYear())));
    }

    List<Signer> signers(ReportKind kind) {
        if (kind == ReportKind.POSTING_LIST) {
            return List.of(new Signer("", m.get("report.sign.list-maker"), m.get("report.sign.hint")),
                    new Signer("", m.get("report.sign.village-head"), m.get("report.sign.hint")));
        }
        return List.of(new Signer("", m.get("report.sign.table-maker"), m.get("report.sign.hint")),
                new Signer(m.get("report.sign.on-behalf"), m.get("report.sign.chairman"),
                        m.get("report.sign.hint-seal")));
    }

    /** The unit's name without the word for its level: "Xã Đắk Pxi" → "Đắk Pxi". */
    static String place(String unitName) {
        for (String word : LEVEL_WORDS) {
            if (unitName.startsWith(word) && unitName.length() > word.length()) {
                return unitName.substring(word.length());
            }
        }
        return unitName;
    }
}
