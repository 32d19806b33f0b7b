package vn.chungtay.domain.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation and folding of Vietnamese text (DOMAIN.md §6).
 *
 * <p>Every input is stored in NFC with surrounding and repeated inner whitespace removed, because keyboards differ:
 * Unikey types NFC, the Windows Vietnamese keyboard and macOS type combining marks. For search and duplicate checks
 * text is folded further: lower case, diacritics and tone marks dropped, and đ mapped to d by hand because it does
 * not decompose. Folding removes tone marks entirely, so old and new tone placement (hoà / hòa) fold alike.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** NFC, trimmed, with runs of whitespace (including line breaks inside spreadsheet cells) collapsed to one space. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The search form of a text: cleaned, lower case, without diacritics, đ as d. */
    public static String fold(String raw) {
        String decomposed = Normalizer.normalize(clean(raw), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A cleaned name with the first letter of each word in upper case ("nguyễn văn an" → "Nguyễn Văn An"). The rest
     * of each word is kept as typed, because minority names such as "H'Hen" or "Y Bhơ" carry their own capitals.
     */
    public static String capitaliseWords(String raw) {
        String cleaned = straightApostrophes(clean(raw));
        StringBuilder out = new StringBuilder(cleaned.length());
        boolean startOfWord = true;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == ' ';
        }
        return out.toString();
    }

    /**
     * Typographic apostrophes (’ ‘ ʼ, as Word and macOS type them in names like H’Hen) as the plain ', so that one
     * name is stored one way.
     */
    public static String straightApostrophes(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    /**
     * The key under which two spellings of a name count as the same person's name: cleaned, lower case, with tone
     * marks in one placement (hoà and hòa alike) but otherwise with every diacritic kept (Hoa and Hòa differ).
     */
    public static String duplicateKey(String raw) {
        return ToneMarks.oldStylePlacement(clean(raw).toLowerCase(Locale.ROOT));
    }
}
