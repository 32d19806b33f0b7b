package vn.chungtay.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UuidsTest {

    private static final long START = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    private static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Test
    void idsAreVersion7WithTheRfcVariant() {
        Uuids uuids = Uuids.system();
        for (int i = 0; i < 200; i++) {
            UUID id = uuids.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void systemIdsCarryTheCurrentTimeInTheirTopBits() {
        long before = System.currentTimeMillis();
        UUID id = Uuids.system().next();
        long after = System.currentTimeMillis();

        assertThat(millisOf(id)).isBetween(before, after);
    }

    @Test
    void seededIdsAdvanceOneMillisecondEvery1024Ids() {
        Uuids uuids = Uuids.seeded(42, START);
        List<UUID> ids = IntStream.range(0, 3000).mapToObj(i -> uuids.next()).toList();

        assertThat(millisOf(ids.get(0))).isEqualTo(START);
        assertThat(millisOf(ids.get(1023))).isEqualTo(START);
        assertThat(millisOf(ids.get(1024))).isEqualTo(START + 1);
        assertThat(millisOf(ids.get(2048))).isEqualTo(START + 2);
        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }

    @Test
    void idsOfLaterMillisecondsSortLater() {
        Uuids uuids = Uuids.seeded(7, START);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            ids.add(uuids.next());
        }
        for (int i = 0; i + 1024 < ids.size(); i += 97) {
            UUID earlier = ids.get(i);
            UUID later = ids.get(i + 1024);
            assertThat(compareUnsigned(earlier, later)).as("id %d vs %d", i, i + 1024).isNegative();
            assertThat(earlier.compareTo(later)).isNegative();
            assertThat(earlier.toString()).isLessThan(later.toString());
        }
    }

    @Test
    void sameSeedGivesTheSameIdsAndAnotherSeedOthers() {
        Uuids a = Uuids.seeded(2025, START);
        Uuids b = Uuids.seeded(2025, START);
        Uuids c = Uuids.seeded(2026, START);
        List<UUID> fromA = IntStream.range(0, 50).mapToObj(i -> a.next()).toList();
        List<UUID> fromB = IntStream.range(0, 50).mapToObj(i -> b.next()).toList();
        List<UUID> fromC = IntStream.range(0, 50).mapToObj(i -> c.next()).toList();

        assertThat(fromB).isEqualTo(fromA);
        assertThat(fromC).doesNotContainAnyElementsOf(fromA);
    }
}
