package vn.chungtay.domain.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Vietnamese collation (a &lt; ă &lt; â, d &lt; đ, e &lt; ê, o &lt; ô &lt; ơ, u &lt; ư; tone secondary), not code-point order,
 * and the person-name order used on Vietnamese lists: by given name (the last word), then the rest (DOMAIN.md §6).
 *
 * <p>Texts are compared word by word (syllable by syllable, as Vietnamese dictionaries and name lists go), because
 * the JDK collator ignores spaces: on its own it would put "Trần Văn An" after "Vũ Thị Ánh" once the given name is
 * moved to the front ("An Trần Văn" against "Ánh Vũ Thị" reads "antranvan" against "anhvuthi").
 *
 * <p>Sort keys are hexadecimal renderings of the collator's keys, word by word, so that a database can order rows
 * correctly by plain text comparison without knowing Vietnamese. Each word's key ends in {@code '.'}, which sorts
 * below every hex digit: a text whose words are a prefix of another's sorts first, as in {@link #compare}, also when
 * a caller appends a further key after a {@code '.'}.
 */
public final class VietnameseCollation {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Ends each word's key; below '0', the smallest hex digit. */
    private static final char WORD_END = '.';

    private final Collator collator;

    public VietnameseCollation() {
        collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    }

    /** Compares two texts in Vietnamese order, word by word. */
    public int compare(String a, String b) {
        String[] wordsA = words(a);
        String[] wordsB = words(b);
        synchronized (collator) {
            for (int i = 0; i < Math.min(wordsA.length, wordsB.length); i++) {
                int c = collator.compare(wordsA[i], wordsB[i]);
                if (c != 0) {
                    return c;
                }
            }
        }
        return Integer.compare(wordsA.length, wordsB.length);
    }

    public Comparator<String> comparator() {
        return this::compare;
    }

    /** A key whose plain ordering as text equals the Vietnamese ordering of the given texts. */
    public String sortKey(String text) {
        HexFormat hex = HexFormat.of();
        StringBuilder key = new StringBuilder();
        synchronized (collator) {
            for (String word : words(text)) {
                key.append(hex.formatHex(collator.getCollationKey(word).toByteArray())).append(WORD_END);
            }
        }
        return key.toString();
    }

    /** A key ordering person names by given name first, then family and middle names. */
    public String personSortKey(String fullName) {
        return sortKey(givenNameFirst(fullName));
    }

    public Comparator<String> personComparator() {
        return (a, b) -> compare(givenNameFirst(a), givenNameFirst(b));
    }

    private static String[] words(String text) {
        String cleaned = VietnameseText.clean(text);
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
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
