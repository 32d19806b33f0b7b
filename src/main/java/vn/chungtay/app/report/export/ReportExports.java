package vn.chungtay.app.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.report.Report;

/**
 * Saves reports to a file in the format its extension names. The file appears whole or not at all: it is written
 * next to its place under a temporary name and moved there when complete.
 */
public final class ReportExports {

    private final Messages messages;

    public ReportExports(Messages messages) {
        this.messages = messages;
    }

    public ReportExporter exporter(ExportFormat format) {
        return switch (format) {
            case PDF -> new PdfReportExporter(messages);
            case XLSX -> new XlsxReportExporter(messages);
            case CSV -> new CsvReportExporter();
        };
    }

    /**
     * Writes the reports to the file.
     *
     * @throws IllegalArgumentException when the extension names no format (callers check {@link ExportFormat#of})
     */
    public void write(List<Report> reports, Path file) throws IOException {
        ExportFormat format = ExportFormat.of(file)
                .orElseThrow(() -> new IllegalArgumentException("no report format for " + file));
        Path target = file.toAbsolutePath();
        // A name of its own next to the target (created with the usual permissions, unlike a temporary file's).
        Path temp = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                exporter(format).write(reports, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
