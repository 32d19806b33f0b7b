package vn.chungtay.app.report.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.report.ColumnType;
import vn.chungtay.app.report.HeaderLayout;
import vn.chungtay.app.report.Report;
import vn.chungtay.app.report.ReportChart;
import vn.chungtay.app.report.ReportNumbers;
import vn.chungtay.app.report.ReportRow;
import vn.chungtay.app.report.ReportTable;
import vn.chungtay.app.report.RowKind;
import vn.chungtay.app.report.Signer;

/**
 * Reports as PDF (OpenPDF), A4, laid out as official Vietnamese documents: the issuing body and the national title
 * and motto at the top, the place and date line, the title with the unit, year and "as of" day, the tables with
 * merged header rows repeated on every page, the charts drawn as vectors, the text of a movement report, notes, and
 * the signature places; "Trang x/y" at the foot of every page. A report with a wide table is printed landscape.
 */
final class PdfReportExporter implements ReportExporter {

    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);
    private static final float MARGIN = 36;

    private final Messages messages;

    PdfReportExporter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void write(List<Report> reports, OutputStream out) throws IOException {
        PdfFonts fonts = new PdfFonts();
        ReportNumbers numbers = new ReportNumbers(messages.locale());
        Document document = new Document(pageSize(reports.isEmpty() ? null : reports.get(0)), MARGIN, MARGIN,
                MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // An image that does not fit waits for the next page without letting later text jump ahead of it.
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new PdfPageNumbers(fonts.regular, messages.get("report.pdf.page")));
            if (!reports.isEmpty()) {
                document.addTitle(reports.get(0).title());
                document.addSubject(reports.get(0).subtitle());
            }
            document.addCreator("ChungTay");
            document.open();
            boolean first = true;
            for (Report report : reports) {
                if (!first) {
                    document.setPageSize(pageSize(report));
                    document.newPage();
                }
                first = false;
                new Page(document, writer, fonts, numbers).report(report);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        }
    }

    /** A4, landscape when a table is wide. */
    private static Rectangle pageSize(Report report) {
        boolean wide = report != null && report.tables().stream().anyMatch(ReportTable::wide);
        return wide ? PageSize.A4.rotate() : PageSize.A4;
    }

    /** The parts of one report, added to the document in order. */
    private static final class Page {
        private final Document document;
        private final PdfWriter writer;
        private final PdfFonts fonts;
        private final ReportNumbers numbers;

        Page(Document document, PdfWriter writer, PdfFonts fonts, ReportNumbers numbers) {
            this.document = document;
            this.writer = writer;
            this.fonts = fonts;
            this.numbers = numbers;
        }

        void report(Report report) throws DocumentException {
            head(report);
            Paragraph title = new Paragraph(report.title(), fonts.bold(13));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(10);
            document.add(title);
            Paragraph subtitle = new Paragraph(report.subtitle(), fonts.italic(10));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(8);
            document.add(subtitle);
            if (!report.text().isEmpty()) {
                text(report.text());
            }
            for (ReportTable table : report.tables()) {
                table(table);
            }
            for (String note : report.notes()) {
                Paragraph p = new Paragraph(note, fonts.italic(8.5f));
                p.setSpacingBefore(4);
                document.add(p);
            }
            signatures(report);
            // Charts follow the signed document, as its annex.
            for (ReportChart chart : report.charts()) {
                chart(chart);
            }
        }

        /** Issuing body at the left, national title and motto at the right, the place and date under them. */
        private void head(Report report) throws DocumentException {
            PdfPTable head = new PdfPTable(new float[] {2, 3});
            head.setWidthPercentage(100);
            PdfPCell issuer = borderless();
            for (String line : report.head().issuer().split("\n")) {
                issuer.addElement(centered(line, fonts.bold(10)));
            }
            issuer.addElement(centered("———", fonts.regular(8)));
            head.addCell(issuer);
            PdfPCell nation = borderless();
            nation.addElement(centered(report.head().nation(), fonts.bold(10)));
            Chunk motto = new Chunk(report.head().motto(), fonts.bold(10.5f));
            motto.setUnderline(0.6f, -2f);
            Paragraph m = new Paragraph(motto);
            m.setAlignment(Element.ALIGN_CENTER);
            nation.addElement(m);
            Paragraph date = centered(report.head().placeAndDate(), fonts.italic(10));
            date.setSpacingBefore(8);
            nation.addElement(date);
            head.addCell(nation);
            document.add(head);
        }

        private void text(String text) throws DocumentException {
            for (String paragraph : text.split("\n")) {
                boolean heading = paragraph.matches("^\\d+\\..*");
                Paragraph p = new Paragraph(paragraph, heading ? fonts.bold(11) : fonts.regular(11));
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setFirstLineIndent(heading ? 0 : 24);
                p.setSpacingAfter(4);
                p.setLeading(15);
                document.add(p);
            }
        }

        private void table(ReportTable table) throws DocumentException {
            float size = table.columns().size() > 14 ? 7 : table.columns().size() > 9 ? 7.5f : 9;
            Paragraph title = new Paragraph(table.title(), fonts.bold(10));
            title.setSpacingBefore(8);
            title.setSpacingAfter(4);
            document.add(title);
            PdfPTable t = new PdfPTable(widths(table));
            t.setWidthPercentage(100);
            t.setHeaderRows(table.header().size());
            t.setSplitLate(false);
            // Cells are added in reading order, as a row-spanning cell above leaves its columns taken below.
            List<HeaderLayout.Placed> placed = table.placedHeader();
            for (HeaderLayout.Placed p : placed) {
                PdfPCell cell = new PdfPCell(new Phrase(p.cell().text(), fonts.bold(size)));
                cell.setColspan(p.cell().colSpan());
                cell.setRowspan(p.cell().rowSpan());
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                cell.setBackgroundColor(HEADER_FILL);
                cell.setPadding(3);
                t.addCell(cell);
            }
            for (ReportRow row : table.rows()) {
                Font font = row.kind() == RowKind.TOTAL || row.kind() == RowKind.SECTION ? fonts.bold(size)
                        : row.kind() == RowKind.PART ? fonts.italic(size) : fonts.regular(size);
                for (int c = 0; c < table.columns().size(); c++) {
                    ColumnType type = table.columns().get(c);
                    PdfPCell cell = new PdfPCell(new Phrase(numbers.cell(type, row.cell(c)), font));
                    cell.setHorizontalAlignment(type.isNumeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    cell.setPadding(2.5f);
                    if (type == ColumnType.TEXT && row.kind() == RowKind.PART) {
                        cell.setPaddingLeft(10);
                    }
                    t.addCell(cell);
                }
            }
            document.add(t);
            if (!table.note().isEmpty()) {
                document.add(new Paragraph(table.note(), fonts.italic(8)));
            }
        }

        /**
         * Relative column widths: a number column as wide as its longest value or the longest word of its own header
         * cell; text columns share the rest by their longest text.
         */
        private float[] widths(ReportTable table) {
            float[] w = new float[table.columns().size()];
            int[] headerWord = new int[w.length];
            for (HeaderLayout.Placed p : table.placedHeader()) {
                if (p.cell().colSpan() == 1) {
                    for (String word : p.cell().text().split("\\s+")) {
                        headerWord[p.column()] = Math.max(headerWord[p.column()], word.length());
                    }
                }
            }
            for (int c = 0; c < w.length; c++) {
                ColumnType type = table.columns().get(c);
                int longest = 0;
                for (ReportRow row : table.rows()) {
                    longest = Math.max(longest, numbers.cell(type, row.cell(c)).length());
                }
                w[c] = type == ColumnType.TEXT ? Math.min(Math.max(longest, 8), 40) * 0.9f + 4
                        : Math.max(Math.max(longest, 4), Math.min(headerWord[c], 9)) + 3;
            }
            if (w.length > 0 && table.columns().get(0) == ColumnType.COUNT && w.length > 2) {
                w[0] = Math.min(w[0], 5);
            }
            return w;
        }

        private void chart(ReportChart chart) throws DocumentException {
            if (chart.isEmpty()) {
                return;
            }
            float width = document.getPageSize().getWidth() - 2 * MARGIN;
            // Two charts fit on a landscape page.
            float height = Math.min(235, width * 0.45f);
            if (chart.kind() == vn.chungtay.app.report.ChartKind.BAR && chart.categories().size() > 6) {
                height = Math.min(420, 40 + chart.categories().size() * 24f);
            }
            Image image = Image.getInstance(new PdfChartPainter(fonts, numbers).paint(writer.getDirectContent(),
                    chart, width, height));
            image.setSpacingBefore(10);
            image.setAlignment(Element.ALIGN_CENTER);
            document.add(image);
        }

        /** The signers side by side, first at the left, last at the right, with room to sign. */
        private void signatures(Report report) throws DocumentException {
            List<Signer> signers = report.signers();
            if (signers.isEmpty()) {
                return;
            }
            PdfPTable t = new PdfPTable(signers.size());
            t.setWidthPercentage(100);
            t.setSpacingBefore(14);
            t.setKeepTogether(true);
            for (Signer s : signers) {
                PdfPCell cell = borderless();
                if (!s.onBehalfOf().isEmpty()) {
                    cell.addElement(centered(s.onBehalfOf(), fonts.bold(10)));
                }
                cell.addElement(centered(s.title(), fonts.bold(10)));
                cell.addElement(centered(s.hint(), fonts.italic(9)));
                Paragraph room = new Paragraph(" ", fonts.regular(10));
                room.setSpacingAfter(48);
                cell.addElement(room);
                t.addCell(cell);
            }
            document.add(t);
        }

        private static PdfPCell borderless() {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            return cell;
        }

        private static Paragraph centered(String text, Font font) {
            Paragraph p = new Paragraph(text, font);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setLeading(font.getSize() * 1.3f);
            return p;
        }
    }
}
