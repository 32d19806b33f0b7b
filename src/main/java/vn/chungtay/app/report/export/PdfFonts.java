package vn.chungtay.app.report.export;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (regular, bold, oblique), bundled as resources (licence in {@code fonts/LICENSE-DejaVu.txt}) and
 * embedded with Identity-H, since the standard PDF fonts have no Vietnamese glyphs (STACK.md).
 */
final class PdfFonts {

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;

    PdfFonts() {
        regular = load("DejaVuSans.ttf");
        bold = load("DejaVuSans-Bold.ttf");
        italic = load("DejaVuSans-Oblique.ttf");
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font italic(float size) {
        return new Font(italic, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the program");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
