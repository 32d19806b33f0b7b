package vn.chungtay.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.chungtay.domain.review.PovertyClass.AVERAGE;
import static vn.chungtay.domain.review.PovertyClass.NEAR_POOR;
import static vn.chungtay.domain.review.PovertyClass.NOT_POOR;
import static vn.chungtay.domain.review.PovertyClass.POOR;
import static vn.chungtay.domain.review.Transition.ENTERED_ABOVE;
import static vn.chungtay.domain.review.Transition.ENTERED_NEAR_POOR;
import static vn.chungtay.domain.review.Transition.ENTERED_POOR;
import static vn.chungtay.domain.review.Transition.ESCAPED_ABOVE_NEAR_POOR;
import static vn.chungtay.domain.review.Transition.ESCAPED_TO_NEAR_POOR;
import static vn.chungtay.domain.review.Transition.NEAR_POOR_BECAME_POOR;
import static vn.chungtay.domain.review.Transition.NEAR_POOR_ESCAPED;
import static vn.chungtay.domain.review.Transition.NEWLY_NEAR_POOR;
import static vn.chungtay.domain.review.Transition.NEWLY_POOR;
import static vn.chungtay.domain.review.Transition.RE_NEAR_POOR;
import static vn.chungtay.domain.review.Transition.RE_POOR;
import static vn.chungtay.domain.review.Transition.STAYS_ABOVE;
import static vn.chungtay.domain.review.Transition.STAYS_NEAR_POOR;
import static vn.chungtay.domain.review.Transition.STAYS_POOR;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of previous class (none, poor, near-poor, average, not poor), current class and the two "ever
 * before" flags, with the category DOMAIN.md §2 gives it.
 */
class TransitionTest {

    /** previous, now, ever poor before, ever near-poor before, expected. */
    static Stream<Arguments> everyCase() {
        Stream.Builder<Arguments> out = Stream.builder();
        boolean[] flags = {false, true};
        for (boolean everPoor : flags) {
            for (boolean everNear : flags) {
                // never reviewed before: the household entered the lists, whatever the flags say
                out.add(arguments(null, POOR, everPoor, everNear, ENTERED_POOR));
                out.add(arguments(null, NEAR_POOR, everPoor, everNear, ENTERED_NEAR_POOR));
                out.add(arguments(null, AVERAGE, everPoor, everNear, ENTERED_ABOVE));
                out.add(arguments(null, NOT_POOR, everPoor, everNear, ENTERED_ABOVE));
                // was poor
                out.add(arguments(POOR, POOR, everPoor, everNear, STAYS_POOR));
                out.add(arguments(POOR, NEAR_POOR, everPoor, everNear, ESCAPED_TO_NEAR_POOR));
                out.add(arguments(POOR, AVERAGE, everPoor, everNear, ESCAPED_ABOVE_NEAR_POOR));
                out.add(arguments(POOR, NOT_POOR, everPoor, everNear, ESCAPED_ABOVE_NEAR_POOR));
                // was near-poor
                out.add(arguments(NEAR_POOR, POOR, everPoor, everNear, NEAR_POOR_BECAME_POOR));
                out.add(arguments(NEAR_POOR, NEAR_POOR, everPoor, everNear, STAYS_NEAR_POOR));
                out.add(arguments(NEAR_POOR, AVERAGE, everPoor, everNear, NEAR_POOR_ESCAPED));
                out.add(arguments(NEAR_POOR, NOT_POOR, everPoor, everNear, NEAR_POOR_ESCAPED));
                // was above the near-poor line: newly or again, by the earlier rounds
                for (PovertyClass above : new PovertyClass[] {AVERAGE, NOT_POOR}) {
                    out.add(arguments(above, POOR, everPoor, everNear, everPoor ? RE_POOR : NEWLY_POOR));
                    out.add(arguments(above, NEAR_POOR, everPoor, everNear,
                            everPoor || everNear ? RE_NEAR_POOR : NEWLY_NEAR_POOR));
                    out.add(arguments(above, AVERAGE, everPoor, everNear, STAYS_ABOVE));
                    out.add(arguments(above, NOT_POOR, everPoor, everNear, STAYS_ABOVE));
                }
            }
        }
        return out.build();
    }

    @ParameterizedTest(name = "{0} → {1}, ever poor {2}, ever near-poor {3}: {4}")
    @MethodSource("everyCase")
    void everyCombinationHasItsCategory(PovertyClass previous, PovertyClass now, boolean everPoor,
                                        boolean everNear, Transition expected) {
        assertThat(Transition.of(previous, now, everPoor, everNear)).isEqualTo(expected);
    }

    @Test
    void thereAreEightyCasesAndTheyReachEveryCategory() {
        Set<Transition> reached = EnumSet.noneOf(Transition.class);
        List<Arguments> cases = everyCase().toList();
        cases.forEach(a -> reached.add((Transition) a.get()[4]));

        assertThat(cases).hasSize(5 * 4 * 4);
        assertThat(reached).containsExactlyInAnyOrder(Transition.values());
    }

    @Test
    void rePoorNeedsAnEarlierPoorRoundNotAnEarlierNearPoorOne() {
        assertThat(Transition.of(NOT_POOR, POOR, false, true)).isEqualTo(NEWLY_POOR);
        assertThat(Transition.of(NOT_POOR, POOR, true, false)).isEqualTo(RE_POOR);
        assertThat(Transition.of(AVERAGE, NEAR_POOR, true, false))
                .as("a household once poor that comes back near-poor is back on the lists").isEqualTo(RE_NEAR_POOR);
    }

    @Test
    void everyCategoryHasItsOwnMessageKey() {
        Set<String> keys = new java.util.HashSet<>();
        for (Transition t : Transition.values()) {
            assertThat(t.messageKey()).startsWith("review.transition.");
            keys.add(t.messageKey());
        }
        assertThat(keys).hasSize(Transition.values().length);
    }
}
