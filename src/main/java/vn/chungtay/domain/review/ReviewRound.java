package vn.chungtay.domain.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import vn.chungtay.domain.record.RecordMeta;

/**
 * A review round of one commune: the year, periodic or regular, the standard it classifies by, when it opened, and
 * whether it is closed. Owned by the commune.
 */
public record ReviewRound(RecordMeta meta, String communeCode, int year, RoundKind kind, String standardCode,
                          LocalDate openedOn, RoundStatus status, LocalDate closedOn) {

    /** Rounds in the order they follow each other: by year, then the day they opened, then id. */
    public static final Comparator<ReviewRound> CHRONOLOGICAL = Comparator.comparingInt(ReviewRound::year)
            .thenComparing(ReviewRound::openedOn)
            .thenComparing(r -> r.meta().id());

    public ReviewRound {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(standardCode, "standardCode");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(status, "status");
    }

    public java.util.UUID id() {
        return meta.id();
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }
}
