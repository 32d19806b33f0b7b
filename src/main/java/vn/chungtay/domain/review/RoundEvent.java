package vn.chungtay.domain.review;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to a review round: opened, closed or reopened, by whom, when, and why. */
public record RoundEvent(UUID roundId, Kind kind, String userName, Instant at, String note) {

    /** The events a round's log records. */
    public enum Kind {
        OPENED("review.event.opened"),
        CLOSED("review.event.closed"),
        REOPENED("review.event.reopened");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
