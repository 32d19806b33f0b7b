package vn.chungtay.domain.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rounds of one commune in order, and the standing of its households as of each: a periodic round reviews every
 * household, so its state is exactly its reviews (an unreviewed household has left the lists); a regular round
 * reviews some households, so its state is the previous one with those households' new reviews on top.
 * From consecutive states come each household's transition and the movement tables (DOMAIN.md §2).
 */
public final class RoundHistory {

    private final List<ReviewRound> rounds;
    private final Map<UUID, Map<UUID, HouseholdState>> states = new HashMap<>();

    /** @param rounds the commune's rounds; @param reviews the live reviews of those rounds */
    public RoundHistory(Collection<ReviewRound> rounds, Collection<HouseholdReview> reviews) {
        this.rounds = rounds.stream().sorted(ReviewRound.CHRONOLOGICAL).toList();
        Map<UUID, List<HouseholdReview>> byRound = new HashMap<>();
        reviews.forEach(r -> byRound.computeIfAbsent(r.roundId(), k -> new ArrayList<>()).add(r));
        Map<UUID, HouseholdState> previous = Map.of();
        for (ReviewRound round : this.rounds) {
            Map<UUID, HouseholdState> state = round.kind() == RoundKind.PERIODIC ? new HashMap<>()
                    : new HashMap<>(previous);
            for (HouseholdReview review : byRound.getOrDefault(round.id(), List.of())) {
                state.put(review.householdId(), review.state());
            }
            states.put(round.id(), Map.copyOf(state));
            previous = state;
        }
    }

    public List<ReviewRound> rounds() {
        return rounds;
    }

    /** The round before this one, if any. */
    public Optional<ReviewRound> previous(UUID roundId) {
        int i = indexOf(roundId);
        return i > 0 ? Optional.of(rounds.get(i - 1)) : Optional.empty();
    }

    /** The households' standing as of the round (after its reviews). */
    public Map<UUID, HouseholdState> stateAfter(UUID roundId) {
        indexOf(roundId);
        return states.get(roundId);
    }

    /** The households' standing as of the previous round; empty for a commune's first round. */
    public Map<UUID, HouseholdState> stateBefore(UUID roundId) {
        return previous(roundId).map(r -> states.get(r.id())).orElse(Map.of());
    }

    /** Households that had the class in a round before the previous one (for re-poor and re-near-poor). */
    public Set<UUID> everEarlier(UUID roundId, PovertyClass povertyClass) {
        int i = indexOf(roundId);
        Set<UUID> out = new HashSet<>();
        for (int k = 0; k < i - 1; k++) {
            states.get(rounds.get(k).id()).values().stream()
                    .filter(s -> s.povertyClass() == povertyClass)
                    .forEach(s -> out.add(s.householdId()));
        }
        return out;
    }

    /** The transition a household makes in the round if it is now of the given class. */
    public Transition transition(UUID roundId, UUID householdId, PovertyClass now) {
        HouseholdState before = stateBefore(roundId).get(householdId);
        return Transition.of(before == null ? null : before.povertyClass(), now,
                everEarlier(roundId, PovertyClass.POOR).contains(householdId),
                everEarlier(roundId, PovertyClass.NEAR_POOR).contains(householdId));
    }

    /** The movement tables of the round for the households {@code inUnit} accepts. */
    public Movement movement(UUID roundId, Predicate<HouseholdState> inUnit) {
        return new MovementCalculator(stateBefore(roundId), stateAfter(roundId),
                everEarlier(roundId, PovertyClass.POOR), everEarlier(roundId, PovertyClass.NEAR_POOR))
                .movement(inUnit);
    }

    private int indexOf(UUID roundId) {
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).id().equals(roundId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("round " + roundId + " is not in this history");
    }
}
