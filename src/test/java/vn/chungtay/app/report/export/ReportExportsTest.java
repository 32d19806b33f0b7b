package vn.chungtay.app.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.report.ChartId;
import vn.chungtay.app.report.ChartKind;
import vn.chungtay.app.report.ChartSeries;
import vn.chungtay.app.report.ColumnType;
import vn.chungtay.app.report.DocumentHead;
import vn.chungtay.app.report.HeaderCell;
import vn.chungtay.app.report.Report;
import vn.chungtay.app.report.ReportChart;
import vn.chungtay.app.report.ReportKind;
import vn.chungtay.app.report.ReportLevel;
import vn.chungtay.app.report.ReportRow;
import vn.chungtay.app.report.ReportTable;
import vn.chungtay.app.report.ReportUnit;
import vn.chungtay.app.report.RowKind;
import vn.chungtay.app.report.Signer;
import vn.chungtay.app.report.UnitRef;

/**
 * The three file formats on a report made by hand — Vietnamese names, a three-row merged header, every kind of cell,
 * blanks, a total and "of which" rows, a chart and a text: CSV with its byte-order mark read back to the same values,
 * the workbook read back with POI (sheets, merged header, numeric cells and their formats), and the PDF's text read
 * back with PDFBox, with its fonts embedded.
 */
class ReportExportsTest {

    private static final Messages M = new Messages(Messages.VIETNAMESE);

    @TempDir
    Path temp;

    static Report report() {
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("STT", 1, 3), new HeaderCell("Đơn vị", 1, 3), new HeaderCell("Hộ nghèo", 4, 1),
                        new HeaderCell("Kinh phí (triệu đồng)", 1, 3), new HeaderCell("Năm", 1, 3)),
                List.of(new HeaderCell("Số hộ", 1, 2), new HeaderCell("Tỷ lệ (%)", 1, 2),
                        new HeaderCell("Trong đó", 2, 1)),
                List.of(HeaderCell.of("DTTS"), HeaderCell.of("Chủ hộ là nữ")));
        List<ColumnType> columns = List.of(ColumnType.COUNT, ColumnType.TEXT, ColumnType.COUNT, ColumnType.PERCENT,
                ColumnType.COUNT, ColumnType.COUNT, ColumnType.MILLION_VND, ColumnType.YEAR);
        List<ReportRow> rows = List.of(
                ReportRow.of(RowKind.DETAIL, 1L, "Làng Măng Ring, \"thôn 1\"", 28L, 13.725490196078432, 27L, 4L,
                        3_410_000_000L, 2025L),
                ReportRow.of(RowKind.DETAIL, 2L, "Thôn Đắk Đôn", 0L, null, 0L, 0L, 23_185_650_123L, 2025L),
                ReportRow.of(RowKind.TOTAL, null, "Tổng cộng", 1_600L, 20.3, 1_201L, 62L, 26_595_650_123L, null),
                ReportRow.of(RowKind.PART, null, "Trong đó: nông thôn", 1_500L, null, 1_200L, 60L, 0L, null));
        ReportTable table = new ReportTable("summary", "Biểu 1. Tổng hợp hộ nghèo, hộ cận nghèo", columns, header,
                rows, "Hộ được tính theo dân tộc của chủ hộ.");
        ReportTable second = new ReportTable("second", "Biểu 2. Bảng thứ hai",
                List.of(ColumnType.TEXT, ColumnType.VND), List.of(List.of(HeaderCell.of("Chỉ tiêu"),
                HeaderCell.of("Đồng"))), List.of(ReportRow.of(RowKind.DETAIL, "Thu nhập bình quân", 644_000L)), "");
        ReportChart chart = new ReportChart(ChartId.RATE_BY_CHILD, ChartKind.BAR, "Tỷ lệ hộ nghèo theo đơn vị",
                "Đơn vị", "Tỷ lệ (%)", ColumnType.PERCENT, List.of("Làng Măng Ring", "Thôn Đắk Đôn"),
                List.of(new ChartSeries("Tỷ lệ hộ nghèo", java.util.Arrays.asList(13.7, null))));
        return new Report(ReportKind.SUMMARY, "BÁO CÁO TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO",
                "Xã Đắk Pék — năm 2025 (số liệu tính đến ngày 31/12/2025)",
                new ReportUnit(UnitRef.unit("23353"), ReportLevel.COMMUNE, "Xã Đắk Pék", "Huyện Đắk Glei"), 2025,
                LocalDate.of(2025, 12, 31), new DocumentHead("ỦY BAN NHÂN DÂN\nXÃ ĐẮK PÉK",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Đắk Pék, ngày 31 tháng 12 năm 2025"), List.of(table, second), List.of(chart), List.of(),
                "1. Kết quả giảm nghèo\nToàn xã có 28 hộ nghèo, chiếm tỷ lệ 13,73%.", List.of("Ghi chú: số liệu mẫu."),
                List.of(new Signer("", "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"),
                        new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Ký tên, đóng dấu)")));
    }

    @Test
    void formatsFollowTheExtension() {
        assertThat(ExportFormat.of(Path.of("a/b/Bao cao.PDF"))).contains(ExportFormat.PDF);
        assertThat(ExportFormat.of(Path.of("x.xlsx"))).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.of(Path.of("x.csv"))).contains(ExportFormat.CSV);
        assertThat(ExportFormat.of(Path.of("x.doc"))).isEmpty();
        assertThat(ExportFormat.of(Path.of("pdf"))).isEmpty();
    }

    @Test
    void csvStartsWithTheByteOrderMarkAndGivesBackEveryValue() throws IOException {
        Path file = temp.resolve("bao-cao.csv");
        new ReportExports(M).write(List.of(report()), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> lines = parseCsv(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(lines.get(0)).containsExactly("BÁO CÁO TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO");
        int at = lines.indexOf(List.of("Biểu 1. Tổng hợp hộ nghèo, hộ cận nghèo"));
        ReportTable table = report().tables().get(0);
        assertThat(lines.get(at + 1)).isEqualTo(table.flatLabels());
        assertThat(lines.get(at + 1).get(4)).isEqualTo("Hộ nghèo - Trong đó - DTTS");
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> line = lines.get(at + 2 + r);
            ReportRow row = table.rows().get(r);
            for (int c = 0; c < table.columns().size(); c++) {
                assertThat(readBack(table.columns().get(c), line.get(c))).as(r + "," + c).isEqualTo(row.cell(c));
            }
        }
        assertThat(lines).contains(List.of("Thu nhập bình quân", "644000"));
    }

    /** A CSV cell read back into the model's value. */
    private static Object readBack(ColumnType type, String text) {
        if (text.isEmpty()) {
            return null;
        }
        return switch (type) {
            case TEXT -> text;
            case COUNT, VND, YEAR -> Long.parseLong(text);
            case PERCENT -> Double.parseDouble(text);
            case MILLION_VND -> new BigDecimal(text).movePointRight(6).longValueExact();
        };
    }

    @Test
    void workbookHasASheetPerTableMergedHeadersAndNumbers() throws IOException {
        Path file = temp.resolve("bao-cao.xlsx");
        new ReportExports(M).write(List.of(report()), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).startsWith("Biểu 1. Tổng hợp hộ nghèo").hasSizeLessThanOrEqualTo(31);
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Biểu 2. Bảng thứ hai");
            int headerTop = findRow(sheet, "STT");
            Set<String> merged = new HashSet<>();
            for (CellRangeAddress a : sheet.getMergedRegions()) {
                if (a.getFirstRow() >= headerTop && a.getLastRow() < headerTop + 3) {
                    merged.add((a.getFirstRow() - headerTop) + ":" + a.getFirstColumn() + "-"
                            + (a.getLastRow() - headerTop) + ":" + a.getLastColumn());
                }
            }
            assertThat(merged).containsExactlyInAnyOrder("0:0-2:0", "0:1-2:1", "0:2-0:5", "0:6-2:6", "0:7-2:7",
                    "1:2-2:2", "1:3-2:3", "1:4-1:5");
            assertThat(sheet.getRow(headerTop + 2).getCell(4).getStringCellValue()).isEqualTo("DTTS");
            Row first = sheet.getRow(headerTop + 3);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Làng Măng Ring, \"thôn 1\"");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(28);
            assertThat(first.getCell(3).getNumericCellValue()).isCloseTo(13.725490196078432, within(1e-12));
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(3410.0);
            assertThat(first.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.000");
            Row second = sheet.getRow(headerTop + 4);
            assertThat(second.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(second.getCell(6).getNumericCellValue()).isCloseTo(23185.650123, within(1e-9));
            Row total = sheet.getRow(headerTop + 5);
            assertThat(book.getFontAt(total.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getColumnWidth(1)).as("the names fit").isGreaterThan(20 * 256);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (headerTop + 3));
            assertThat(textOf(book.getSheetAt(2))).contains("1. Kết quả giảm nghèo",
                    "Toàn xã có 28 hộ nghèo, chiếm tỷ lệ 13,73%.", "CHỦ TỊCH");
        }
    }

    @Test
    void pdfTextReadsBackInVietnameseWithEmbeddedFonts() throws IOException {
        Path file = temp.resolve("bao-cao.pdf");
        new ReportExports(M).write(List.of(report(), report()), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "ỦY BAN NHÂN DÂN", "XÃ ĐẮK PÉK", "Đắk Pék, ngày 31 tháng 12 năm 2025",
                    "BÁO CÁO TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO", "số liệu tính đến ngày 31/12/2025",
                    "Làng Măng Ring", "Thôn Đắk Đôn", "Tổng cộng", "1.600", "13,73", "20,30", "3.410,000",
                    "23.185,650", "Toàn xã có 28 hộ nghèo", "NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                    "(Ký, ghi rõ họ tên)", "Tỷ lệ hộ nghèo theo đơn vị");
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("Trang 1/" + pages, "Trang " + pages + "/" + pages);
            PDPage page = pdf.getPage(0);
            assertThat(landscape(page)).as("eight columns fit a portrait page").isFalse();
            List<String> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void aWideTablePrintsLandscape() throws IOException {
        List<ColumnType> columns = new ArrayList<>();
        List<HeaderCell> header = new ArrayList<>();
        List<Object> cells = new ArrayList<>();
        for (int c = 0; c < 14; c++) {
            columns.add(ColumnType.COUNT);
            header.add(HeaderCell.of("Cột " + (c + 1)));
            cells.add((long) c * 1000);
        }
        Report base = report();
        ReportTable wide = new ReportTable("wide", "Biểu rộng", columns, List.of(header),
                List.of(new ReportRow(RowKind.DETAIL, cells, null)), "");
        Report report = new Report(base.kind(), base.title(), base.subtitle(), base.unit(), base.year(), base.asOf(),
                base.head(), List.of(wide), List.of(), List.of(), "", List.of(), base.signers());
        Path file = temp.resolve("wide.pdf");
        new ReportExports(M).write(List.of(base, report), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(landscape(pdf.getPage(0))).isFalse();
            assertThat(landscape(pdf.getPage(pdf.getNumberOfPages() - 1))).isTrue();
            assertThat(new PDFTextStripper().getText(pdf)).contains("Cột 14", "13.000");
        }
    }

    private static boolean landscape(PDPage page) {
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
        float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
        return width > height;
    }

    @Test
    void aFileIsWrittenWholeOrNotAtAll() throws IOException {
        Path file = temp.resolve("x.pdf");
        Files.writeString(file, "old");
        new ReportExports(M).write(List.of(report()), file);
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        try (var listing = Files.list(temp)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("x.pdf");
        }
    }

    private static int findRow(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstCell)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + firstCell);
    }

    private static String textOf(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    out.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** RFC 4180, as Excel writes and reads it. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        return lines;
    }
}
