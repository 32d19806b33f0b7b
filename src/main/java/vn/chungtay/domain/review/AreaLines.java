package vn.chungtay.domain.review;

/**
 * A standard's thresholds for one area, inclusive (≤), in VND per person per month: the poverty line; the
 * near-poverty line where the rule has a separate one (2016–2020); the top of the average-living band where the
 * standard defines one; and the highest B1 proxy score that still counts as poor or near-poor where known
 * (Circular 07/2021/TT-BLĐTBXH: 140 rural, 175 urban). Absent values are {@code null}.
 */
public record AreaLines(long povertyLine, Long nearPoorLine, Long averageUpper, Integer b1Max) {

    public AreaLines {
        if (povertyLine <= 0) {
            throw new IllegalArgumentException("a poverty line is positive");
        }
        if (nearPoorLine != null && nearPoorLine < povertyLine) {
            throw new IllegalArgumentException("the near-poverty line lies above the poverty line");
        }
    }

    /** The highest income that still counts as poor or near-poor under this area's lines. */
    public long nearPoorUpper() {
        return nearPoorLine != null ? nearPoorLine : povertyLine;
    }
}
