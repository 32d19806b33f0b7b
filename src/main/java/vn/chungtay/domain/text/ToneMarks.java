package vn.chungtay.domain.text;

import java.text.Normalizer;

/**
 * Tone-mark placement in Vietnamese syllables.
 *
 * <p>Two spellings are in use for open syllables ending in "oa", "oe" and "uy": the old style puts the tone on the
 * first vowel (hòa, hòe, thủy), the new style on the second (hoà, hoè, thuỷ). Both are the same word (DOMAIN.md §6).
 * Everywhere else the two styles agree, so moving the tone in exactly these syllables makes spellings comparable.
 */
final class ToneMarks {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private ToneMarks() {
    }

    /** The text with every "oa", "oe", "uy" open syllable written in the old style; other text unchanged. */
    static String oldStylePlacement(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !Character.isLetter(text.charAt(i))) {
                out.append(syllable(text.substring(start, i)));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String syllable(String word) {
        if (word.length() < 2) {
            return word;
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tone = c;
            } else {
                bare.append(c);
            }
        }
        if (tone == 0) {
            return word;
        }
        String lower = bare.toString().toLowerCase();
        int n = lower.length();
        boolean oldStyleCandidate = lower.endsWith("oa") || lower.endsWith("oe")
                || (lower.endsWith("uy") && !(n >= 3 && lower.charAt(n - 3) == 'q'));
        if (!oldStyleCandidate) {
            return word;
        }
        // bare holds only base letters and non-tone marks; the last two base letters are the plain vowels.
        bare.insert(bare.length() - 1, tone);
        return Normalizer.normalize(bare.toString(), Normalizer.Form.NFC);
    }
}
