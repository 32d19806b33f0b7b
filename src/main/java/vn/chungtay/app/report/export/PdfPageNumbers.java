package vn.chungtay.app.report.export;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes "Trang x/y" at the foot of every page; y is known only when the document closes, so each page holds a
 * template that is filled in then.
 */
final class PdfPageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 8;

    private final BaseFont font;
    private final String pattern;
    private PdfTemplate total;

    /** @param pattern the page label, {@code {0}} the page and {@code {1}} the count: "Trang {0}/{1}" */
    PdfPageNumbers(BaseFont font, String pattern) {
        this.font = font;
        this.pattern = pattern;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String before = pattern.substring(0, pattern.indexOf("{1}")).replace("{0}",
                String.valueOf(writer.getPageNumber()));
        PdfContentByte cb = writer.getDirectContent();
        float width = font.getWidthPoint(before, SIZE);
        float x = (document.getPageSize().getWidth() - width - 12) / 2;
        float y = document.bottomMargin() / 2;
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setTextMatrix(x, y);
        cb.showText(before);
        cb.endText();
        cb.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1) + pattern.substring(pattern.indexOf("{1}") + 3));
        total.endText();
    }
}
