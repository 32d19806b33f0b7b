package vn.chungtay.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RevisionTest {

    private static UUID id(int n) {
        return new UUID(0x0195a0c000007000L, 0x8000000000000000L | n);
    }

    /** Revision 1 and then {@code edits} edits; element i is revision i + 1. */
    private static List<Revision> history(int edits) {
        List<Revision> out = new ArrayList<>();
        out.add(Revision.first(id(1)));
        for (int i = 0; i < edits; i++) {
            out.add(out.get(out.size() - 1).next(id(i + 2)));
        }
        return out;
    }

    @Test
    void firstRevisionHasNumberOneAndNoAncestors() {
        Revision first = Revision.first(id(1));

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.id()).isEqualTo(id(1));
        assertThat(first.ancestors()).isEmpty();
    }

    @Test
    void nextCountsUpAndKeepsAncestorsNearestFirst() {
        List<Revision> h = history(3);
        Revision fourth = h.get(3);

        assertThat(fourth.number()).isEqualTo(4);
        assertThat(fourth.id()).isEqualTo(id(4));
        assertThat(fourth.ancestors()).containsExactly(id(3), id(2), id(1));
    }

    @Test
    void chainIsCappedAtTenAncestors() {
        List<Revision> h = history(11);
        Revision eleventh = h.get(10);
        Revision twelfth = h.get(11);

        assertThat(eleventh.ancestors()).hasSize(Revision.MAX_ANCESTORS).startsWith(id(10)).endsWith(id(1));
        assertThat(twelfth.number()).isEqualTo(12);
        assertThat(twelfth.ancestors()).hasSize(Revision.MAX_ANCESTORS).startsWith(id(11)).endsWith(id(2))
                .doesNotContain(id(1), id(12));
    }

    @Test
    void descendsFromItselfAndEveryAncestorInTheChainButNotBeyond() {
        List<Revision> h = history(11);
        Revision twelfth = h.get(11);

        assertThat(twelfth.descendsFrom(twelfth)).isTrue();
        for (int back = 1; back <= 10; back++) {
            assertThat(twelfth.descendsFrom(h.get(11 - back))).as("%d back", back).isTrue();
        }
        assertThat(twelfth.descendsFrom(h.get(0))).as("11 back: beyond the chain").isFalse();
        assertThat(h.get(0).descendsFrom(twelfth)).isFalse();
        assertThat(h.get(5).descendsFrom(h.get(6))).isFalse();
    }

    @Test
    void concurrentEditsDoNotDescendFromEachOther() {
        Revision base = Revision.first(id(1)).next(id(2));
        Revision here = base.next(id(10));
        Revision there = base.next(id(20)).next(id(21));

        assertThat(here.descendsFrom(there)).isFalse();
        assertThat(there.descendsFrom(here)).isFalse();
        assertThat(here.descendsFrom(base)).isTrue();
        assertThat(there.descendsFrom(base)).isTrue();
        assertThat(here.number()).isEqualTo(3);
    }

    @Test
    void constructorCapsAncestorsAndCopiesThem() {
        List<UUID> twelve = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            twelve.add(id(i));
        }
        Revision r = new Revision(13, id(99), twelve);
        twelve.clear();

        assertThat(r.ancestors()).hasSize(10).startsWith(id(1)).endsWith(id(10));
        assertThatThrownBy(() -> r.ancestors().add(id(7))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void revisionNumbersStartAtOne() {
        assertThat(new Revision(1, id(1), Collections.emptyList()).number()).isEqualTo(1);
        assertThatThrownBy(() -> new Revision(0, id(1), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
