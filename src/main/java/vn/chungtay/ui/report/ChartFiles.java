package vn.chungtay.ui.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import vn.chungtay.app.report.export.ChartImagePdf;

/**
 * A chart on screen printed, or saved as PNG or one-page PDF. The chart is drawn again at three times the screen's
 * scale (about 290 dpi for a chart printed at its screen size), so that the file and the paper are sharp.
 */
final class ChartFiles {

    /** The snapshot's scale: print resolution rather than the screen's. */
    static final double PRINT_SCALE = 3;

    private ChartFiles() {
    }

    /** The chart drawn at print resolution, white behind. On the FX thread (a snapshot). */
    static BufferedImage snapshot(Node chart) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(PRINT_SCALE, PRINT_SCALE));
        parameters.setFill(Color.WHITE);
        WritableImage image = chart.snapshot(parameters, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** The snapshot as PNG bytes; slow for a big image, so in the background. */
    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static void savePng(byte[] png, Path file) throws IOException {
        Files.write(file, png);
    }

    /** One A4 page: the title, then the chart; landscape when the chart is wider than tall. */
    static void savePdf(String title, String subtitle, byte[] png, boolean landscape, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartImagePdf.write(title, subtitle, png, landscape, out);
        }
    }

    /**
     * Prints the chart on one page: the page set-up dialog first (A4 landscape proposed), then the chart's
     * print-resolution snapshot scaled to fit the printable area. False when there is no printer or the person
     * cancelled.
     */
    static boolean print(Node chart, Window owner) throws IOException {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) {
            return false;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            return false;
        }
        Bounds bounds = chart.getLayoutBounds();
        PageOrientation orientation = bounds.getWidth() >= bounds.getHeight() ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT;
        job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A4, orientation,
                Printer.MarginType.DEFAULT));
        if (!job.showPageSetupDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(PRINT_SCALE, PRINT_SCALE));
        parameters.setFill(Color.WHITE);
        ImageView image = new ImageView(chart.snapshot(parameters, null));
        image.setPreserveRatio(true);
        image.setSmooth(true);
        double scale = Math.min(layout.getPrintableWidth() / bounds.getWidth(),
                layout.getPrintableHeight() / bounds.getHeight());
        image.setFitWidth(bounds.getWidth() * scale);
        image.setFitHeight(bounds.getHeight() * scale);
        boolean printed = job.printPage(layout, image);
        if (printed) {
            job.endJob();
        } else {
            job.cancelJob();
        }
        return printed;
    }
}
