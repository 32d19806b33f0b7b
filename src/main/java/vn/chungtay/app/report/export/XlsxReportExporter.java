package vn.chungtay.app.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.report.ColumnType;
import vn.chungtay.app.report.HeaderLayout;
import vn.chungtay.app.report.Report;
import vn.chungtay.app.report.ReportNumbers;
import vn.chungtay.app.report.ReportRow;
import vn.chungtay.app.report.ReportTable;
import vn.chungtay.app.report.RowKind;
import vn.chungtay.app.report.Signer;

/**
 * Reports as an Excel workbook (POI): a sheet per table, with the report's title, unit, year and "as of" day above,
 * the header rows merged as in the official tables, real numbers in number formats (counts, rates with two decimals,
 * money in million VND with three — the cell keeps every digit), columns wide enough for their content, the header
 * frozen, and the notes, place and date and signature titles below. The movement report's text gets a sheet of its
 * own, a paragraph a row.
 */
final class XlsxReportExporter implements ReportExporter {

    /** Widest a column is made, in characters; longer text wraps. */
    private static final int MAX_WIDTH = 45;
    /** The height of a line of 11-point text, in points. */
    private static final float LINE_POINTS = 14.5f;

    private final Messages messages;

    XlsxReportExporter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void write(List<Report> reports, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (Report report : reports) {
                for (ReportTable table : report.tables()) {
                    tableSheet(book.createSheet(sheetName(table.title(), names)), report, table, styles);
                }
                if (!report.text().isEmpty()) {
                    textSheet(book.createSheet(sheetName(report.title(), names)), report, styles);
                }
            }
            book.write(out);
        }
    }

    private void tableSheet(Sheet sheet, Report report, ReportTable table, Styles styles) {
        int columns = table.columns().size();
        int r = 0;
        r = titleRows(sheet, report, table.title(), columns, styles, r);
        int headerTop = r;
        for (int h = 0; h < table.header().size(); h++) {
            Row row = sheet.createRow(r + h);
            for (int c = 0; c < columns; c++) {
                row.createCell(c).setCellStyle(styles.header);
            }
        }
        for (HeaderLayout.Placed p : table.placedHeader()) {
            sheet.getRow(headerTop + p.row()).getCell(p.column()).setCellValue(p.cell().text());
            if (p.cell().colSpan() > 1 || p.cell().rowSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(headerTop + p.row(), headerTop + p.row()
                        + p.cell().rowSpan() - 1, p.column(), p.column() + p.cell().colSpan() - 1));
            }
        }
        r += table.header().size();
        sheet.createFreezePane(0, r);
        int[] widths = new int[columns];
        for (HeaderLayout.Placed p : table.placedHeader()) {
            if (p.cell().colSpan() == 1) {
                widths[p.column()] = Math.max(widths[p.column()], Math.min(longestWord(p.cell().text()) + 2,
                        MAX_WIDTH));
            }
        }
        ReportNumbers numbers = new ReportNumbers(messages.locale());
        for (ReportRow data : table.rows()) {
            Row row = sheet.createRow(r++);
            boolean bold = data.kind() == RowKind.TOTAL || data.kind() == RowKind.SECTION;
            for (int c = 0; c < columns; c++) {
                ColumnType type = table.columns().get(c);
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.cell(type, bold, data.kind() == RowKind.PART));
                Object v = data.cell(c);
                if (v == null) {
                    continue;
                }
                switch (type) {
                    case TEXT -> cell.setCellValue(v.toString());
                    case MILLION_VND -> cell.setCellValue(((Number) v).longValue() / 1_000_000.0);
                    default -> cell.setCellValue(((Number) v).doubleValue());
                }
                widths[c] = Math.max(widths[c], Math.min(numbers.cell(type, v).length() + 2, MAX_WIDTH));
            }
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(widths[c], 6);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        fitRowHeights(sheet, table, headerTop, widths);
        r = noteRows(sheet, report, table.note(), columns, styles, r + 1);
        signerRows(sheet, report, columns, styles, r + 1);
        sheet.getPrintSetup().setLandscape(table.wide());
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /**
     * Rows tall enough for their wrapped text: spreadsheets (LibreOffice when converting, Excel until a cell is edited)
     * keep a row's stored height, and a header cut in half is unreadable.
     */
    private static void fitRowHeights(Sheet sheet, ReportTable table, int headerTop, int[] widths) {
        int[] lines = new int[table.header().size()];
        for (HeaderLayout.Placed p : table.placedHeader()) {
            if (p.cell().rowSpan() == 1) {
                int width = 0;
                for (int c = p.column(); c < p.column() + p.cell().colSpan(); c++) {
                    width += widths[c];
                }
                lines[p.row()] = Math.max(lines[p.row()], wrappedLines(p.cell().text(), width));
            }
        }
        for (int r = 0; r < lines.length; r++) {
            sheet.getRow(headerTop + r).setHeightInPoints(Math.max(1, lines[r]) * LINE_POINTS + 3);
        }
        for (int i = 0; i < table.rows().size(); i++) {
            int most = 1;
            for (int c = 0; c < table.columns().size(); c++) {
                if (table.columns().get(c) == ColumnType.TEXT) {
                    most = Math.max(most, wrappedLines(table.rows().get(i).text(c), widths[c]));
                }
            }
            if (most > 1) {
                sheet.getRow(headerTop + lines.length + i).setHeightInPoints(most * LINE_POINTS + 3);
            }
        }
    }

    /** How many lines a text takes in a column so many characters wide, broken at spaces. */
    static int wrappedLines(String text, int width) {
        // Characters of Vietnamese text are narrower than the "0" a column width counts in.
        int room = (int) Math.max(1, width * 1.15 - 1);
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int need = used == 0 ? word.length() : used + 1 + word.length();
            if (need > room && used > 0) {
                lines++;
                used = word.length();
            } else {
                used = need;
            }
        }
        return lines;
    }

    private void textSheet(Sheet sheet, Report report, Styles styles) {
        int r = titleRows(sheet, report, report.title(), 1, styles, 0);
        sheet.setColumnWidth(0, 100 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        for (String paragraph : report.text().split("\n")) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(paragraph);
            cell.setCellStyle(styles.wrapped);
        }
        signerRows(sheet, report, 1, styles, r + 1);
    }

    /** The report's title, unit, year and "as of" day above a table; returns the next free row. */
    private int titleRows(Sheet sheet, Report report, String tableTitle, int columns, Styles styles, int r) {
        r = mergedRow(sheet, r, columns, report.head().issuer().replace('\n', ' '), styles.small);
        r = mergedRow(sheet, r, columns, report.title(), styles.title);
        r = mergedRow(sheet, r, columns, report.subtitle(), styles.centered);
        if (!tableTitle.equals(report.title())) {
            r = mergedRow(sheet, r, columns, tableTitle, styles.bold);
        }
        return r + 1;
    }

    private int noteRows(Sheet sheet, Report report, String tableNote, int columns, Styles styles, int r) {
        if (!tableNote.isEmpty()) {
            r = mergedRow(sheet, r, columns, tableNote, styles.small);
        }
        for (String note : report.notes()) {
            r = mergedRow(sheet, r, columns, note, styles.small);
        }
        return r;
    }

    /** The place and date line, then the signers' titles side by side: the first at the left, the last at the right. */
    private void signerRows(Sheet sheet, Report report, int columns, Styles styles, int r) {
        int right = Math.max(1, columns - Math.max(1, columns / 2));
        Cell place = sheet.createRow(r).createCell(right);
        place.setCellValue(report.head().placeAndDate());
        place.setCellStyle(styles.italic);
        Row titles = sheet.createRow(r + 1);
        Row names = sheet.createRow(r + 2);
        Row hints = sheet.createRow(r + 3);
        List<Signer> signers = report.signers();
        for (int i = 0; i < signers.size(); i++) {
            int column = i == 0 ? 0 : right;
            Signer s = signers.get(i);
            Cell onBehalf = titles.createCell(column);
            onBehalf.setCellValue(s.onBehalfOf().isEmpty() ? s.title() : s.onBehalfOf());
            onBehalf.setCellStyle(styles.bold);
            Cell title = names.createCell(column);
            title.setCellValue(s.onBehalfOf().isEmpty() ? "" : s.title());
            title.setCellStyle(styles.bold);
            Cell hint = hints.createCell(column);
            hint.setCellValue(s.hint());
            hint.setCellStyle(styles.italic);
        }
    }

    private static int mergedRow(Sheet sheet, int r, int columns, String text, CellStyle style) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
        return r + 1;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return Math.max(longest, Math.min(text.length(), 14));
    }

    /** A valid, unique sheet name (at most 31 characters, none of []:*?/\). */
    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.replace('/', '-'), '-');
        if (base.length() > 31) {
            base = base.substring(0, 31).strip();
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The cell styles of a workbook, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle centered;
        final CellStyle small;
        final CellStyle italic;
        final CellStyle wrapped;
        private final CellStyle[][] cells = new CellStyle[ColumnType.values().length][3];

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            Font italicFont = book.createFont();
            italicFont.setItalic(true);
            Font smallFont = book.createFont();
            smallFont.setItalic(true);
            smallFont.setFontHeightInPoints((short) 9);
            header = book.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            borders(header);
            title = book.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            centered = book.createCellStyle();
            centered.setAlignment(HorizontalAlignment.CENTER);
            small = book.createCellStyle();
            small.setFont(smallFont);
            italic = book.createCellStyle();
            italic.setFont(italicFont);
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            var format = book.createDataFormat();
            for (ColumnType type : ColumnType.values()) {
                for (int kind = 0; kind < 3; kind++) {
                    CellStyle s = book.createCellStyle();
                    borders(s);
                    s.setVerticalAlignment(VerticalAlignment.TOP);
                    if (type == ColumnType.TEXT) {
                        s.setWrapText(true);
                    } else {
                        s.setDataFormat(format.getFormat(switch (type) {
                            case PERCENT -> "0.00";
                            case MILLION_VND -> "#,##0.000";
                            case YEAR -> "0";
                            default -> "#,##0";
                        }));
                    }
                    if (kind == 1) {
                        s.setFont(boldFont);
                    } else if (kind == 2) {
                        s.setFont(italicFont);
                    }
                    cells[type.ordinal()][kind] = s;
                }
            }
        }

        CellStyle cell(ColumnType type, boolean bold, boolean part) {
            return cells[type.ordinal()][bold ? 1 : part ? 2 : 0];
        }

        private static void borders(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }
}
