package vn.chungtay.app.household;

import java.util.Arrays;
import vn.chungtay.domain.household.HouseholdSearchEntry;

/**
 * Every household's folded search text in one string, each preceded by a space and followed by a line break, with
 * the offset where each begins. One {@link String#indexOf} pass over a few megabytes (which the JVM vectorises) finds
 * a term's households far faster than asking 130,000 small strings one by one.
 */
final class SearchText {

    private final String all;
    private final int[] starts;

    SearchText(HouseholdSearchEntry[] entries) {
        StringBuilder text = new StringBuilder(entries.length * 160);
        starts = new int[entries.length];
        for (int i = 0; i < entries.length; i++) {
            starts[i] = text.length();
            text.append(' ').append(entries[i].searchText()).append('\n');
        }
        all = text.toString();
    }

    /**
     * The positions, ascending, of the entries whose text holds the term as {@link HouseholdSearchEntry#contains}
     * defines it: a number anywhere, a word at a word's start.
     */
    int[] entriesContaining(String term) {
        String needle = HouseholdSearchEntry.isNumeric(term) ? term : " " + term;
        int[] found = new int[64];
        int count = 0;
        int from = 0;
        while (true) {
            int at = all.indexOf(needle, from);
            if (at < 0) {
                break;
            }
            int entry = entryAt(at);
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = entry;
            // One hit per household is enough: go on from the next household's text.
            from = entry + 1 < starts.length ? starts[entry + 1] : all.length();
        }
        return Arrays.copyOf(found, count);
    }

    private int entryAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
