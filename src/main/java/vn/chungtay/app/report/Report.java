package vn.chungtay.app.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A built report, in the reader's language and free of any screen or file format: what it is, of which unit, year
 * and "as of" day; the document heading and the signature places; its tables (numbers as numbers); the data of its
 * charts; the child units to drill down to; for the movement report its generated text (which a person may edit
 * before printing, see {@link #withText}); and notes that qualify the figures (e.g. communes without a review).
 */
public record Report(ReportKind kind, String title, String subtitle, ReportUnit unit, int year, LocalDate asOf,
                     DocumentHead head, List<ReportTable> tables, List<ReportChart> charts, List<ReportUnit> children,
                     String text, List<String> notes, List<Signer> signers) {

    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(head, "head");
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        children = List.copyOf(children);
        text = Objects.requireNonNullElse(text, "");
        notes = List.copyOf(notes);
        signers = List.copyOf(signers);
    }

    public Optional<ReportTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<ReportChart> chart(ChartId id) {
        return charts.stream().filter(c -> c.id() == id).findFirst();
    }

    /** The same report with its text replaced, as a person edited it before printing. */
    public Report withText(String edited) {
        return new Report(kind, title, subtitle, unit, year, asOf, head, tables, charts, children, edited, notes,
                signers);
    }

    /** The same report with another place-and-date line, as a person corrected it before printing. */
    public Report withPlaceAndDate(String placeAndDate) {
        return new Report(kind, title, subtitle, unit, year, asOf,
                new DocumentHead(head.issuer(), head.nation(), head.motto(), placeAndDate), tables, charts, children,
                text, notes, signers);
    }
}
