package vn.chungtay.domain.text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Vietnamese collation (a &lt; ă &lt; â, d &lt; đ, e &lt; ê, o &lt; ô &lt; ơ, u &lt; ư; tone secondary), not code-point order,
 * and the person-name order used on Vietnamese lists: by given name (the last word), then the rest (DOMAIN.md §6).
 *
 * <p>Sort keys are hexadecimal renderings of the collator's keys, so that a database can order rows correctly by
 * plain text comparison without knowing Vietnamese.
 */
public final class VietnameseCollation {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Collator collator;

    public VietnameseCollation() {
        collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    }

    /** Compares two texts in Vietnamese order. */
    public int compare(String a, String b) {
        synchronized (collator) {
            return collator.compare(VietnameseText.clean(a), VietnameseText.clean(b));
        }
    }

    public Comparator<String> comparator() {
        return this::compare;
    }

    /** A key whose plain ordering as text equals the Vietnamese ordering of the given texts. */
    public String sortKey(String text) {
        CollationKey key;
        synchronized (collator) {
            key = collator.getCollationKey(VietnameseText.clean(text));
        }
        return HexFormat.of().formatHex(key.toByteArray());
    }

    /** A key ordering person names by given name first, then family and middle names. */
    public String personSortKey(String fullName) {
        return sortKey(givenNameFirst(fullName));
    }

    public Comparator<String> personComparator() {
        return (a, b) -> compare(givenNameFirst(a), givenNameFirst(b));
    }

    /** "Nguyễn Văn An" → "An Nguyễn Văn". */
    static String givenNameFirst(String fullName) {
        String cleaned = VietnameseText.clean(fullName);
        int lastSpace = cleaned.lastIndexOf(' ');
        if (lastSpace < 0) {
            return cleaned;
        }
        return cleaned.substring(lastSpace + 1) + " " + cleaned.substring(0, lastSpace);
    }
}
