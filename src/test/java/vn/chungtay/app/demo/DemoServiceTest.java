package vn.chungtay.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.demo.DemoService.DemoResult;
import vn.chungtay.app.identity.IdentityService;
import vn.chungtay.app.stats.Stats;
import vn.chungtay.app.stats.StatsService;
import vn.chungtay.app.work.CancelledException;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * The demo generator end to end on in-memory databases: shape, review years, determinism, refusal, progress,
 * cancellation.
 */
class DemoServiceTest {

    private final List<Database> databases = new ArrayList<>();

    @AfterEach
    void close() {
        databases.forEach(Database::close);
    }

    private Store freshStore() {
        Database database = Database.open(DbLocation.inMemory());
        databases.add(database);
        return new Store(database);
    }

    private static DemoResult generate(Store store, int households, long seed) {
        return new DemoService(store, Fixtures.CLOCK).generate(households, seed, Progress.NONE);
    }

    private static Stats stats(Store store) {
        return new StatsService(store, Fixtures.CLOCK).stats(null);
    }

    @Test
    void theResultAgreesWithWhatIsStored() {
        Store store = freshStore();

        DemoResult result = generate(store, 2_600, 3);

        Stats stats = stats(store);
        assertThat(result.households()).isEqualTo(2_600);
        assertThat(stats.households()).isEqualTo(2_600);
        assertThat(stats.members()).isEqualTo(result.members());
        assertThat(stats.villages()).isEqualTo(result.villages());
        assertThat(stats.units()).isEqualTo(result.provinces() + result.districts() + result.communes());
        assertThat(stats.communes()).hasSize(result.communes());
        assertThat(result.provinces()).isEqualTo(1);
        assertThat(result.communes()).isEqualTo(2);
        assertThat(result.members()).isBetween(2_600, 26_000);
        assertThat(result.rounds()).isEqualTo(result.communes() * ReviewYears.YEARS);
        assertThat(stats.rounds()).isEqualTo(result.rounds());
        assertThat(result.reviews()).isEqualTo(2_600L * ReviewYears.YEARS);
        assertThat(stats.reviews()).containsOnlyKeys(2022, 2023, 2024, 2025);
        assertThat(stats.reviews().values()).allSatisfy(byClass ->
                assertThat(byClass.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2_600));
        assertThat(result.supports()).isPositive().isEqualTo(stats.supportEvents());
    }

    @Test
    void fiveHouseholdsMakeOneProvinceDistrictAndCommuneWithOneOrTwoVillages() {
        Store store = freshStore();

        DemoResult result = generate(store, 5, 1);

        assertThat(result.provinces()).isEqualTo(1);
        assertThat(result.districts()).isEqualTo(1);
        assertThat(result.communes()).isEqualTo(1);
        assertThat(result.villages()).isBetween(1, 2);
        assertThat(result.households()).isEqualTo(5);
        assertThat(stats(store).households()).isEqualTo(5);
    }

    @Test
    void unitsFormAKonTumTreeEachOwnedByTheUnitAbove() {
        Store store = freshStore();
        generate(store, 6_000, 2);

        Map<String, AdminUnit> units = store.reading().units().all().stream()
                .collect(Collectors.toMap(AdminUnit::code, Function.identity()));
        AdminUnit province = units.get("62");
        assertThat(province.name()).isEqualTo("Kon Tum");
        assertThat(province.level()).isEqualTo(UnitLevel.PROVINCE);
        assertThat(province.parentCode()).isNull();
        assertThat(province.meta().ownerUnit()).isEqualTo("62");
        assertThat(province.meta().lastChange().userName()).isEqualTo("demo");
        for (AdminUnit unit : units.values()) {
            if (unit.level() == UnitLevel.DISTRICT) {
                assertThat(unit.code()).matches("6\\d\\d");
                assertThat(unit.parentCode()).isEqualTo("62");
                assertThat(unit.name()).matches("(Huyện|Thành phố) .+");
            } else if (unit.level() == UnitLevel.COMMUNE) {
                assertThat(unit.code()).matches("\\d{5}");
                assertThat(units).containsKey(unit.parentCode());
                assertThat(units.get(unit.parentCode()).level()).isEqualTo(UnitLevel.DISTRICT);
                assertThat(unit.name()).matches("(Xã|Phường|Thị trấn) .+");
            }
            assertThat(unit.meta().ownerUnit()).isEqualTo(unit.parentCode() == null ? "62" : unit.parentCode());
        }
        List<Village> villages = store.reading().villages().all();
        assertThat(villages).allSatisfy(v -> {
            assertThat(v.meta().ownerUnit()).isEqualTo(v.communeCode());
            assertThat(units).containsKey(v.communeCode());
            assertThat(v.name()).matches("(Thôn|Làng|Tổ dân phố) .+");
        });
        assertThat(villages.stream().collect(Collectors.groupingBy(v -> v.communeCode() + "/" + v.name(),
                Collectors.counting()))).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    }

    @Test
    void householdsLiveInVillagesOfTheirCommuneWithUrbanAreasInWardsAndTowns() {
        Store store = freshStore();
        generate(store, 6_000, 2);
        Map<String, String> communeNames = store.reading().units().all().stream()
                .collect(Collectors.toMap(AdminUnit::code, AdminUnit::name));
        Map<UUID, Village> villages = store.reading().villages().all().stream()
                .collect(Collectors.toMap(v -> v.meta().id(), Function.identity()));

        store.reading().households().forEachLive(null, h -> {
            Village village = villages.get(h.details().villageId());
            String communeName = communeNames.get(h.communeCode());
            assertThat(village.communeCode()).isEqualTo(h.communeCode());
            assertThat(h.details().address()).isEqualTo(village.name() + ", " + communeName);
            boolean urban = communeName.startsWith("Phường") || communeName.startsWith("Thị trấn");
            assertThat(h.details().area()).isEqualTo(urban ? Area.URBAN : Area.RURAL);
            assertThat(h.members()).allSatisfy(m -> assertThat(m.meta().ownerUnit()).isEqualTo(h.communeCode()));
        });
    }

    @Test
    void theSameSeedGivesTheSameDigestOnAnotherDatabaseAndAnotherSeedAnotherOne() {
        Store first = freshStore();
        Store second = freshStore();
        Store other = freshStore();

        DemoResult a = generate(first, 400, 42);
        DemoResult b = new DemoService(second, Clock.systemUTC()).generate(400, 42, Progress.NONE);
        DemoResult c = generate(other, 400, 43);

        assertThat(b).isEqualTo(a);
        assertThat(a.reviews()).as("the digest covers the review years too").isEqualTo(400L * ReviewYears.YEARS);
        assertThat(a.supports()).as("and the supports").isPositive();
        assertThat(stats(second).supportsByProgrammeAndYear()).isEqualTo(stats(first).supportsByProgrammeAndYear());
        assertThat(stats(second).digest()).isEqualTo(stats(first).digest());
        assertThat(stats(second).reviews()).isEqualTo(stats(first).reviews());
        assertThat(stats(other).digest()).isNotEqualTo(stats(first).digest());
        assertThat(c.households()).isEqualTo(400);
    }

    @Test
    void aDatabaseThatHoldsUnitsIsRefusedAndLeftUnchanged() {
        Store store = freshStore();
        generate(store, 5, 1);
        Stats before = stats(store);

        assertThatThrownBy(() -> generate(store, 5, 2))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("database", "validation.demo.not-empty")));
        assertThat(stats(store)).isEqualTo(before);
    }

    @Test
    void aDatabaseWhereSomeoneSignedInIsRefused() {
        Store store = freshStore();
        new IdentityService(store, Fixtures.CLOCK, Uuids.system())
                .signIn("Nguyễn Văn A", Fixtures.PROVINCE, List.of(Fixtures.province()));

        assertThatThrownBy(() -> generate(store, 5, 1)).isInstanceOf(ValidationException.class);
        assertThat(stats(store).households()).isZero();
    }

    @Test
    void progressIsReportedPerBatchUpToTheTotal() {
        Store store = freshStore();
        List<long[]> updates = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        int households = DemoService.BATCH * 2 + 10;
        new DemoService(store, Fixtures.CLOCK).generate(households, 5, progress);

        // One unit a household, then one a review: the households' batches, then the reviews' batches; then one a
        // household and review year for the supports, reported whenever a batch of them is written.
        long reviewed = (long) households * (1 + ReviewYears.YEARS);
        long total = (long) households * (1 + 2 * ReviewYears.YEARS);
        List<Long> expected = new ArrayList<>(List.of(0L, (long) DemoService.BATCH, 2L * DemoService.BATCH,
                (long) households));
        for (long done = households + DemoService.BATCH; done < reviewed; done += DemoService.BATCH) {
            expected.add(done);
        }
        expected.add(reviewed);
        List<Long> reported = updates.stream().map(u -> u[0]).toList();
        assertThat(reported.subList(0, expected.size())).containsExactlyElementsOf(expected);
        List<Long> supports = reported.subList(expected.size(), reported.size());
        assertThat(supports).hasSizeGreaterThan(1).isSorted().doesNotHaveDuplicates().last().isEqualTo(total);
        assertThat(supports.get(0)).isGreaterThan(reviewed);
        assertThat(updates).extracting(u -> u[1]).containsOnly(total);
    }

    @Test
    void cancellingStopsAtTheNextBatchAndKeepsNothing() {
        Store store = freshStore();
        Progress cancelAfterFirstBatch = new Progress() {
            private long done;

            @Override
            public void update(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= DemoService.BATCH;
            }
        };

        assertThatThrownBy(() -> new DemoService(store, Fixtures.CLOCK)
                .generate(DemoService.BATCH * 3, 1, cancelAfterFirstBatch))
                .isInstanceOf(CancelledException.class);
        Stats after = stats(store);
        assertThat(after.units()).isZero();
        assertThat(after.villages()).isZero();
        assertThat(after.households()).isZero();
    }

    @Test
    void cancellingWhileTheReviewsAreWrittenKeepsNothingEither() {
        Store store = freshStore();
        int households = 600;
        Progress cancelAmidReviews = new Progress() {
            private long done;

            @Override
            public void update(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done > households;
            }
        };

        assertThatThrownBy(() -> new DemoService(store, Fixtures.CLOCK).generate(households, 1, cancelAmidReviews))
                .isInstanceOf(CancelledException.class);
        Stats after = stats(store);
        assertThat(after.households()).isZero();
        assertThat(after.rounds()).isZero();
        assertThat(after.reviews()).isEmpty();
    }

    @Test
    void cancellingWhileTheSupportsAreWrittenKeepsNothingEither() {
        Store store = freshStore();
        int households = 3_000;
        Progress cancelAmidSupports = new Progress() {
            private long done;

            @Override
            public void update(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done > (long) households * (1 + ReviewYears.YEARS);
            }
        };

        assertThatThrownBy(() -> new DemoService(store, Fixtures.CLOCK).generate(households, 1, cancelAmidSupports))
                .isInstanceOf(CancelledException.class);
        Stats after = stats(store);
        assertThat(after.households()).isZero();
        assertThat(after.reviews()).isEmpty();
        assertThat(after.supportEvents()).isZero();
    }

    @Test
    void zeroHouseholdsAreNotADemo() {
        assertThatThrownBy(() -> generate(freshStore(), 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
