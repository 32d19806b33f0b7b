package vn.chungtay.app.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.chungtay.domain.review.Evidence;

/**
 * What a reviewer enters for a household: income or B1 score, the indicators it lacks, the categories a person must
 * judge (DTTS is derived from the members), who reviewed it, when, and a note.
 */
public record ReviewInput(Evidence evidence, List<String> lacking, boolean noWorkCapacity, boolean meritorious,
                          boolean femaleHead, String reviewer, LocalDate reviewedOn, String note) {

    public ReviewInput {
        lacking = List.copyOf(lacking);
        reviewer = Objects.requireNonNullElse(reviewer, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
