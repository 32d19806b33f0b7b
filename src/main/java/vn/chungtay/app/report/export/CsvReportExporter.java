package vn.chungtay.app.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.report.ColumnType;
import vn.chungtay.app.report.Report;
import vn.chungtay.app.report.ReportTable;

/**
 * Reports as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel shows Vietnamese, comma-separated, quoted where
 * needed. Each table is a block: its title on a line, one header line (the header rows' texts joined per column), the
 * rows, and an empty line. Numbers are written plainly ("1234", "20.3", money in million VND as in the header) so that
 * a program reading the file gets them back exactly.
 */
final class CsvReportExporter implements ReportExporter {

    static final char BOM = '\uFEFF';

    @Override
    public void write(List<Report> reports, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        for (Report report : reports) {
            line(w, List.of(report.title()));
            line(w, List.of(report.subtitle()));
            w.write("\r\n");
            for (ReportTable table : report.tables()) {
                line(w, List.of(table.title()));
                line(w, table.flatLabels());
                for (var row : table.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < table.columns().size(); c++) {
                        cells.add(value(table.columns().get(c), row.cell(c)));
                    }
                    line(w, cells);
                }
                w.write("\r\n");
            }
            if (!report.text().isEmpty()) {
                for (String paragraph : report.text().split("\n")) {
                    line(w, List.of(paragraph));
                }
                w.write("\r\n");
            }
        }
        w.flush();
    }

    /** A cell as the file holds it. */
    static String value(ColumnType type, Object v) {
        if (v == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> v.toString();
            case COUNT, VND, YEAR -> Long.toString(((Number) v).longValue());
            case PERCENT -> BigDecimal.valueOf(((Number) v).doubleValue()).toPlainString();
            case MILLION_VND -> BigDecimal.valueOf(((Number) v).longValue()).movePointLeft(6).stripTrailingZeros()
                    .toPlainString();
        };
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quoted(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quoted(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
