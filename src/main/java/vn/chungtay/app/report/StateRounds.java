package vn.chungtay.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.store.report.ReviewState;

/**
 * Which rounds stand for a review year, per commune, following {@link vn.chungtay.domain.review.RoundHistory}: the
 * households' standing "in year Y" is the state after the commune's last round of Y (a periodic round and any regular
 * rounds after it); "before Y" is the state after its last round of an earlier year. The movement of year Y goes from
 * the one to the other, which for a commune with one periodic round a year is exactly the round's movement table.
 * Rounds opened after the "as of" day do not count.
 */
final class StateRounds {

    private final Map<String, List<ReviewRound>> byCommune = new LinkedHashMap<>();
    private final LocalDate asOf;

    /** @param rounds the live rounds of the report's communes */
    StateRounds(Collection<ReviewRound> rounds, LocalDate asOf) {
        this.asOf = asOf;
        rounds.stream().filter(r -> !r.openedOn().isAfter(asOf)).sorted(ReviewRound.CHRONOLOGICAL)
                .forEach(r -> byCommune.computeIfAbsent(r.communeCode(), k -> new ArrayList<>()).add(r));
    }

    /** The years in which some commune has a round. */
    Set<Integer> years() {
        Set<Integer> out = new TreeSet<>();
        byCommune.values().forEach(l -> l.forEach(r -> out.add(r.year())));
        return out;
    }

    /** The communes with a round in the year. */
    Set<String> communesReviewedIn(int year) {
        Set<String> out = new TreeSet<>();
        byCommune.forEach((commune, rounds) -> {
            if (rounds.stream().anyMatch(r -> r.year() == year)) {
                out.add(commune);
            }
        });
        return out;
    }

    /** The standing after each commune's last round of the year (communes without one have none). */
    ReviewState stateIn(int year) {
        List<List<UUID>> chains = new ArrayList<>();
        byCommune.values().forEach(rounds -> {
            int last = lastIndex(rounds, year, true);
            if (last >= 0) {
                chains.add(chain(rounds, last));
            }
        });
        return new ReviewState(chains, asOf);
    }

    /**
     * The standing before the year, for the communes reviewed in it: after each one's last round of an earlier year.
     */
    ReviewState stateBefore(int year) {
        List<List<UUID>> chains = new ArrayList<>();
        byCommune.values().forEach(rounds -> {
            if (lastIndex(rounds, year, true) >= 0) {
                int previous = lastIndex(rounds, year - 1, false);
                if (previous >= 0) {
                    chains.add(chain(rounds, previous));
                }
            }
        });
        return new ReviewState(chains, asOf);
    }

    /** The rounds before each commune's "before" round (for re-poor: poor in a round before the previous one). */
    Set<UUID> roundsEarlierThanBefore(int year) {
        Set<UUID> out = new HashSet<>();
        byCommune.values().forEach(rounds -> {
            int previous = lastIndex(rounds, year - 1, false);
            for (int i = 0; i < previous; i++) {
                out.add(rounds.get(i).id());
            }
        });
        return out;
    }

    /** The standard codes of the rounds that stand for the year, most used first. */
    List<String> standardsIn(int year) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        byCommune.values().forEach(rounds -> {
            int last = lastIndex(rounds, year, true);
            if (last >= 0) {
                uses.merge(rounds.get(last).standardCode(), 1, Integer::sum);
            }
        });
        return uses.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The index of the commune's last round of the year ({@code exactYear}) or of the year or before; -1 if none.
     */
    private static int lastIndex(List<ReviewRound> rounds, int year, boolean exactYear) {
        for (int i = rounds.size() - 1; i >= 0; i--) {
            int y = rounds.get(i).year();
            if (exactYear ? y == year : y <= year) {
                return i;
            }
            if (y < year) {
                return -1;
            }
        }
        return -1;
    }

    /** The rounds whose reviews make up the state after round {@code last}: back to the last periodic round. */
    private static List<UUID> chain(List<ReviewRound> rounds, int last) {
        int first = last;
        while (first > 0 && rounds.get(first).kind() != RoundKind.PERIODIC) {
            first--;
        }
        List<UUID> chain = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            chain.add(rounds.get(i).id());
        }
        return chain;
    }
}
