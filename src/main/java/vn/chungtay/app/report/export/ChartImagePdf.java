package vn.chungtay.app.report.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A chart drawn on screen, saved as a one-page A4 PDF: its title and subtitle in the bundled DejaVu font, then the
 * chart's PNG snapshot scaled to fit the page. The screen draws the chart (JavaFX), so the PDF shows exactly what the
 * person saw, at the snapshot's resolution.
 */
public final class ChartImagePdf {

    private static final float MARGIN = 36f;

    private ChartImagePdf() {
    }

    /** Writes the page: A4 landscape when {@code landscape}, else portrait. */
    public static void write(String title, String subtitle, byte[] png, boolean landscape, OutputStream out)
            throws IOException {
        Rectangle page = landscape ? PageSize.A4.rotate() : PageSize.A4;
        Document document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            PdfFonts fonts = new PdfFonts();
            Paragraph heading = new Paragraph(title, fonts.bold(13));
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            float used = 30f;
            if (!subtitle.isBlank()) {
                Paragraph sub = new Paragraph(subtitle, fonts.italic(10));
                sub.setAlignment(Element.ALIGN_CENTER);
                document.add(sub);
                used += 18f;
            }
            Image image = Image.getInstance(png);
            image.scaleToFit(page.getWidth() - 2 * MARGIN, page.getHeight() - 2 * MARGIN - used);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingBefore(8f);
            document.add(image);
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            document.close();
        }
    }
}
