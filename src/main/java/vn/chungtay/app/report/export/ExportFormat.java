package vn.chungtay.app.report.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a report is saved in, chosen by the file's extension. */
public enum ExportFormat {
    PDF("pdf"),
    XLSX("xlsx"),
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format of a file name's extension ({@code .pdf}, {@code .xlsx}, {@code .csv}, any case). */
    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }
}
