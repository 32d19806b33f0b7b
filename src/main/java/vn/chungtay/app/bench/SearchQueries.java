package vn.chungtay.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.chungtay.app.household.HouseholdResults;
import vn.chungtay.app.household.HouseholdService;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.text.VietnameseText;

/**
 * What people type into the household search, taken from real households of the province: prefixes of names
 * without diacritics as typed letter by letter, whole names, parts of ID numbers and household numbers. Every query
 * differs from the others, because H2 answers a repeated query from its cache.
 */
final class SearchQueries {

    private SearchQueries() {
    }

    static List<String> sample(HouseholdService households, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        HouseholdResults all = households.search(HouseholdFilter.all());
        Set<String> queries = new LinkedHashSet<>();
        int attempts = 0;
        while (queries.size() < count && attempts++ < count * 20) {
            HouseholdSummary summary = all.page(random.nextInt(all.size()), 1).get(0);
            Household household = households.find(summary.id()).orElseThrow();
            List<Member> members = household.members();
            Member member = members.get(random.nextInt(members.size()));
            String name = VietnameseText.fold(member.details().fullName());
            String query = switch (queries.size() % 6) {
                case 0 -> prefix(name, 2 + random.nextInt(Math.max(1, name.length() - 1)));
                case 1 -> lastWordPrefix(name, 2 + random.nextInt(3));
                case 2 -> name;
                case 3 -> idPart(member.details().idDocument().number(), random);
                case 4 -> VietnameseText.fold(household.details().number());
                default -> lastWordPrefix(name, 3) + " " + prefix(name, 2);
            };
            if (query != null && !query.isBlank()) {
                queries.add(query.strip());
            }
        }
        return new ArrayList<>(queries);
    }

    private static String prefix(String text, int length) {
        return text.substring(0, Math.min(length, text.length()));
    }

    /** The first letters of the given name, the word Vietnamese people are called by. */
    private static String lastWordPrefix(String name, int length) {
        String[] words = name.split(" ");
        return prefix(words[words.length - 1], length);
    }

    /** The last 4 to 8 digits of an ID number, or none for a member without one. */
    private static String idPart(String number, SplittableRandom random) {
        if (number.length() < 8) {
            return null;
        }
        return number.substring(number.length() - (4 + random.nextInt(5)));
    }
}
