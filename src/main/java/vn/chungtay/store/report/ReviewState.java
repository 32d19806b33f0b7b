package vn.chungtay.store.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Which reviews make up the households' standing after some rounds, for any number of communes: one chain of round
 * ids per commune, oldest first, each starting at a periodic round (or at the commune's first round) and ending at the
 * round the standing is "after". Within a chain a household stands as its review in the latest round that reviewed
 * it, as {@link vn.chungtay.domain.review.RoundHistory} builds states. Only reviews made on or before {@code asOf}
 * count.
 */
public record ReviewState(List<List<UUID>> chains, LocalDate asOf) {

    public static final ReviewState EMPTY = new ReviewState(List.of(), LocalDate.MAX);

    public ReviewState {
        chains = chains.stream().filter(c -> !c.isEmpty()).map(List::copyOf).toList();
        Objects.requireNonNull(asOf, "asOf");
    }

    public boolean isEmpty() {
        return chains.isEmpty();
    }

    /** True when some chain holds more than one round, so that a later review can replace an earlier one. */
    boolean hasOverlays() {
        return chains.stream().anyMatch(c -> c.size() > 1);
    }
}
