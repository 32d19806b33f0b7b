package vn.chungtay.app.stats;

import java.util.List;
import java.util.Map;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.support.SupportTotal;

/**
 * Record counts of a database or of one commune (with reviews per year and class, and supports and their VND per
 * programme and year), and the content digest: a SHA-256 over the live records' content
 * in a canonical order (DESIGN.md), equal on two installations that hold the same records.
 */
public record Stats(long units, long villages, long households, long members, List<String> communes,
                    long rounds, Map<Integer, Map<PovertyClass, Long>> reviews, long supportEvents,
                    List<SupportTotal> supportsByProgrammeAndYear, String digest) {

    public Stats {
        communes = List.copyOf(communes);
        reviews = Map.copyOf(reviews);
        supportsByProgrammeAndYear = List.copyOf(supportsByProgrammeAndYear);
    }
}
