package vn.chungtay.store.household;

import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.text.VietnameseCollation;
import vn.chungtay.domain.text.VietnameseText;

/**
 * The columns derived from a household for listing and search-as-you-type: the head's name, the member count, one
 * folded text holding the household number, every member's name and every ID number, and a Vietnamese sort key
 * (head's given name first). They are local bookkeeping, rebuilt on every write.
 */
final class HouseholdIndexing {

    private static final VietnameseCollation COLLATION = new VietnameseCollation();

    final String headName;
    final int memberCount;
    final String searchText;
    final String sortKey;

    HouseholdIndexing(Household household) {
        List<Member> live = household.members().stream().filter(m -> !m.meta().deleted())
                .sorted(Comparator.comparingInt(Member::position)).toList();
        headName = live.stream().filter(m -> m.details().relationship() == Relationship.HEAD)
                .map(m -> m.details().fullName()).findFirst().orElse("");
        memberCount = live.size();
        StringJoiner text = new StringJoiner(" ");
        text.add(household.details().number());
        for (Member m : live) {
            text.add(m.details().fullName());
            if (!m.details().idDocument().number().isEmpty()) {
                text.add(m.details().idDocument().number());
            }
        }
        String folded = VietnameseText.fold(text.toString());
        searchText = folded.length() > 4000 ? folded.substring(0, 4000) : folded;
        String key = COLLATION.personSortKey(headName) + "." + COLLATION.sortKey(household.details().number());
        sortKey = key.length() > 800 ? key.substring(0, 800) : key;
    }

    /** The folded terms of a search text, each to be found anywhere in a household's search text. */
    static List<String> terms(String query) {
        String folded = VietnameseText.fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
