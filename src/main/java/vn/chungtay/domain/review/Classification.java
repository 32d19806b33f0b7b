package vn.chungtay.domain.review;

import java.util.List;

/**
 * A class with the reason for it, as a message key and its figures, so that every screen and report can say, in the
 * reader's language, e.g. "thu nhập 1.400.000 ≤ 1.500.000 và thiếu hụt 3 ≥ 3 → hộ nghèo".
 */
public record Classification(PovertyClass povertyClass, String reasonKey, List<Object> reasonArgs) {

    public Classification {
        reasonArgs = List.copyOf(reasonArgs);
    }
}
