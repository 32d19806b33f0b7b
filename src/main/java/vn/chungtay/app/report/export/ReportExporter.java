package vn.chungtay.app.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.chungtay.app.report.Report;

/**
 * Writes reports in one file format. Several reports (a unit's consolidated set) go into one file, one after the other:
 * new pages in a PDF, more sheets in a workbook, more blocks in a CSV file.
 */
public interface ReportExporter {

    void write(List<Report> reports, OutputStream out) throws IOException;
}
