package vn.chungtay.domain.review;

import java.time.Instant;

/** One audited correction of a standard: who changed which field from what to what, and when. */
public record StandardChange(String standardCode, String userName, Instant at, String field, String oldValue,
                             String newValue) {
}
