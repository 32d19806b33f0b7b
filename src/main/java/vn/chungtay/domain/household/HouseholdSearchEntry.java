package vn.chungtay.domain.household;

import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import vn.chungtay.domain.text.VietnameseCollation;
import vn.chungtay.domain.text.VietnameseText;

/**
 * What finding and ordering a household needs, derived from the household and its live members: the head's name,
 * the member count, one folded text (household number, every member's name, every ID number; lower case, no
 * diacritics, đ as d) and a Vietnamese sort key (head's given name first, then the household number). Stored beside
 * the household as local bookkeeping and kept in the search index; never synced.
 */
public record HouseholdSearchEntry(UUID id, String communeCode, UUID villageId, String headName, int memberCount,
                                   String searchText, String sortKey) {

    /** Column widths in the database; longer derived texts are cut (their first part still orders and matches). */
    public static final int MAX_SEARCH_TEXT = 4000;
    public static final int MAX_SORT_KEY = 800;

    /** The order of the household list: sort key, then id as databases order UUIDs (unsigned bytes). */
    public static final Comparator<HouseholdSearchEntry> LIST_ORDER = Comparator
            .comparing(HouseholdSearchEntry::sortKey)
            .thenComparing(HouseholdSearchEntry::id, HouseholdSearchEntry::compareUnsigned);

    private static final VietnameseCollation COLLATION = new VietnameseCollation();

    /** The entry of a household as it is now; deleted members do not count. */
    public static HouseholdSearchEntry of(Household household) {
        List<Member> live = household.members().stream().filter(m -> !m.meta().deleted())
                .sorted(Comparator.comparingInt(Member::position)).toList();
        String headName = live.stream().filter(m -> m.details().relationship() == Relationship.HEAD)
                .map(m -> m.details().fullName()).findFirst().orElse("");
        StringJoiner text = new StringJoiner(" ");
        text.add(household.details().number());
        for (Member m : live) {
            text.add(m.details().fullName());
            if (!m.details().idDocument().number().isEmpty()) {
                text.add(m.details().idDocument().number());
            }
        }
        String folded = cut(VietnameseText.fold(text.toString()), MAX_SEARCH_TEXT);
        String key = cut(COLLATION.personSortKey(headName) + "." + COLLATION.sortKey(household.details().number()),
                MAX_SORT_KEY);
        return new HouseholdSearchEntry(household.id(), household.communeCode(), household.details().villageId(),
                headName, live.size(), folded, key);
    }

    /** The folded terms of what a person typed; a household matches when its text holds every term. */
    public static List<String> terms(String query) {
        String folded = VietnameseText.fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** True when the household lies in the filter's communes and village and its text holds every term. */
    public boolean matches(HouseholdFilter filter, List<String> terms) {
        if (filter.communeCodes() != null && !filter.communeCodes().contains(communeCode)) {
            return false;
        }
        if (filter.villageId() != null && !filter.villageId().equals(villageId)) {
            return false;
        }
        for (String term : terms) {
            if (!contains(searchText, term)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How a term matches: a term with a digit anywhere in the text (the last digits of an ID number), any other
     * term at the start of a word ("an" finds An and Anh, not Văn), as a person typing a name expects.
     */
    public static boolean contains(String text, String term) {
        if (isNumeric(term)) {
            return text.contains(term);
        }
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            if (at == 0 || text.charAt(at - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** True when the term holds a digit, and so matches anywhere rather than at word starts. */
    public static boolean isNumeric(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isDigit(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** UUIDs as databases order them (unsigned bytes); {@link UUID#compareTo} compares signed longs. */
    public static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
