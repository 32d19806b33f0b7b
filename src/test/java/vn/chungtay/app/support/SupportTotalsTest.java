package vn.chungtay.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportDimension;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportFilter;
import vn.chungtay.domain.support.SupportTotal;

/**
 * The totals the summary screen and reports show, checked against a separate plain computation: a loop over the
 * records this test made (as they stand after corrections and deletions, each counted in its household's present
 * village), and a plain SQL query over the table. About three hundred supports of every form over 2021–2025 in two
 * communes and three villages, single and in batches, some corrected, some deleted, one household moved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportTotalsTest {

    /** What the plain computation needs to know of a live record. */
    private record Expected(UUID householdId, String commune, String programme, FundingSource source, int year,
                            long vnd) {
    }

    private SupportWorld world;
    private final List<Household> households = new ArrayList<>();
    /** The live records by id, as this test made them. */
    private final Map<UUID, Expected> live = new LinkedHashMap<>();
    /** Each household's present village. */
    private final Map<UUID, UUID> villageOf = new HashMap<>();

    @BeforeAll
    void makeSupports() {
        world = SupportWorld.open();
        for (int i = 0; i < 14; i++) {
            boolean other = i >= 11;
            UUID village = other ? world.otherVillage : i % 2 == 0 ? world.konKlor : world.dakRoWa;
            Household h = world.household(other ? OTHER_COMMUNE : COMMUNE, village, String.format("%02d", i + 1),
                    EthnicGroup.KINH);
            households.add(h);
            villageOf.put(h.id(), village);
        }
        Random random = new Random(20250315);
        for (int n = 0; n < 220; n++) {
            Household h = households.get(random.nextInt(households.size()));
            keep(world.supports().record(world.clerk, h.id(), randomDetails(random)));
        }
        for (int n = 0; n < 6; n++) {
            List<UUID> picked = households.stream().filter(h -> random.nextInt(3) > 0).map(Household::id).toList();
            SupportService.Batch batch = world.supports().saveBatch(world.clerk, randomDetails(random), picked);
            batch.events().forEach(this::keep);
        }
        List<UUID> ids = new ArrayList<>(live.keySet());
        for (int n = 0; n < 25; n++) {
            UUID id = ids.get(random.nextInt(ids.size()));
            if (live.containsKey(id)) {
                keep(world.supports().update(world.clerk, id, randomDetails(random)));
            }
        }
        for (int n = 0; n < 30; n++) {
            UUID id = ids.get(random.nextInt(ids.size()));
            if (live.remove(id) != null) {
                world.supports().delete(world.clerk, id);
            }
        }
        // A household moves after its supports: they now count in its new village.
        Household moved = world.move(households.get(0), world.dakRoWa);
        villageOf.put(moved.id(), world.dakRoWa);
        assertThat(live).hasSizeGreaterThan(200);
    }

    @AfterAll
    void close() {
        world.close();
    }

    private void keep(SupportEvent e) {
        SupportDetails d = e.details();
        live.put(e.id(), new Expected(e.householdId(), e.meta().ownerUnit(), d.programmeCode(), d.source(),
                d.date().getYear(), d.amountVnd()));
    }

    private static SupportDetails randomDetails(Random random) {
        LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500));
        long vnd = 100_000L * (1 + random.nextInt(400));
        return switch (random.nextInt(6)) {
            case 0 -> SupportWorld.tetVisit(day, random.nextInt(4) == 0 ? 0 : vnd);
            case 1 -> SupportWorld.housing(day, vnd * 10,
                    FundingSource.values()[random.nextInt(FundingSource.values().length)]);
            case 2 -> SupportWorld.cow(day, vnd);
            case 3 -> SupportWorld.loan(day, vnd * 5);
            case 4 -> SupportWorld.card(day, 0);
            default -> SupportWorld.housing(day, vnd, FundingSource.LOCAL_BUDGET);
        };
    }

    // ---- the plain computation -----------------------------------------------------------------------------

    /** One group of the plain computation: records, the households reached, VND. */
    private static final class Group {
        long events;
        final Set<UUID> households = new HashSet<>();
        long vnd;

        SupportTotal toTotal(List<String> keys) {
            return new SupportTotal(keys, events, households.size(), vnd);
        }
    }

    private String key(SupportDimension d, Expected e) {
        return switch (d) {
            case PROGRAMME -> e.programme();
            case SOURCE -> e.source().name();
            case YEAR -> Integer.toString(e.year());
            case VILLAGE -> villageOf.get(e.householdId()).toString();
            default -> throw new IllegalArgumentException(d.name());
        };
    }

    /** The totals by looping over the records, grouped by the dimensions, in the order of the keys. */
    private List<SupportTotal> byLoop(Predicate<Expected> filter, List<SupportDimension> by) {
        Map<List<String>, Group> groups = new TreeMap<>((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        for (Expected e : live.values()) {
            if (!filter.test(e)) {
                continue;
            }
            List<String> keys = by.stream().map(d -> key(d, e)).toList();
            Group g = groups.computeIfAbsent(keys, k -> new Group());
            g.events++;
            g.households.add(e.householdId());
            g.vnd += e.vnd();
        }
        return groups.entrySet().stream().map(en -> en.getValue().toTotal(en.getKey())).toList();
    }

    private List<SupportTotal> service(Actor actor, SupportFilter filter, List<SupportDimension> by) {
        return world.supports().totals(actor, filter, by);
    }

    /** The service's groups in the loop's order (village ids sort alike as text in both, years and codes too). */
    private static List<SupportTotal> sorted(List<SupportTotal> totals) {
        return totals.stream().sorted((a, b) -> String.join("\u0000", a.keys())
                .compareTo(String.join("\u0000", b.keys()))).toList();
    }

    private static Predicate<Expected> all() {
        return e -> true;
    }

    @Test
    void byProgramme() {
        List<SupportTotal> expected = byLoop(all(), List.of(SupportDimension.PROGRAMME));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
        assertThat(sorted(service(world.clerk, SupportFilter.all(), List.of(SupportDimension.PROGRAMME))))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void byFundingSource() {
        List<SupportTotal> expected = byLoop(all(), List.of(SupportDimension.SOURCE));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        assertThat(sorted(service(world.clerk, SupportFilter.all(), List.of(SupportDimension.SOURCE))))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void byYear() {
        List<SupportTotal> expected = byLoop(all(), List.of(SupportDimension.YEAR));
        assertThat(expected).extracting(t -> t.keys().get(0)).containsExactly("2021", "2022", "2023", "2024", "2025");
        assertThat(service(world.clerk, SupportFilter.all(), List.of(SupportDimension.YEAR)))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void byVillageWhereTheHouseholdLivesNow() {
        List<SupportTotal> expected = byLoop(all(), List.of(SupportDimension.VILLAGE));
        assertThat(expected).hasSize(3);
        assertThat(sorted(service(world.clerk, SupportFilter.all(), List.of(SupportDimension.VILLAGE))))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void byProgrammeAndYear() {
        List<SupportDimension> by = List.of(SupportDimension.PROGRAMME, SupportDimension.YEAR);
        assertThat(sorted(service(world.clerk, SupportFilter.all(), by))).containsExactlyElementsOf(byLoop(all(), by));
    }

    @Test
    void theGrandTotalCountsEachHouseholdOnce() {
        List<SupportTotal> expected = byLoop(all(), List.of());
        assertThat(expected.get(0).households()).isLessThan(expected.get(0).events());
        assertThat(service(world.clerk, SupportFilter.all(), List.of())).containsExactlyElementsOf(expected);
    }

    @Test
    void filteredByYearProgrammeAndCommune() {
        assertThat(sorted(service(world.clerk, new SupportFilter(null, 2023, null),
                List.of(SupportDimension.SOURCE))))
                .containsExactlyElementsOf(byLoop(e -> e.year() == 2023, List.of(SupportDimension.SOURCE)));
        assertThat(service(world.clerk, new SupportFilter(null, null, SupportWorld.FUND),
                List.of(SupportDimension.YEAR)))
                .containsExactlyElementsOf(byLoop(e -> e.programme().equals(SupportWorld.FUND),
                        List.of(SupportDimension.YEAR)));
        assertThat(sorted(service(world.clerk, new SupportFilter(Set.of(OTHER_COMMUNE), 2024, SupportWorld.BANK),
                List.of(SupportDimension.VILLAGE))))
                .containsExactlyElementsOf(byLoop(e -> e.commune().equals(OTHER_COMMUNE) && e.year() == 2024
                        && e.programme().equals(SupportWorld.BANK), List.of(SupportDimension.VILLAGE)));
    }

    @Test
    void anOfficerCountsOnlyTheirCommune() {
        Predicate<Expected> mine = e -> e.commune().equals(COMMUNE);
        assertThat(sorted(service(world.officer, SupportFilter.all(), List.of(SupportDimension.PROGRAMME))))
                .containsExactlyElementsOf(byLoop(mine, List.of(SupportDimension.PROGRAMME)));
        assertThat(service(world.officer, new SupportFilter(Set.of(OTHER_COMMUNE), null, null), List.of()))
                .as("asking for another commune counts nothing").allSatisfy(t -> assertThat(t.events()).isZero());
    }

    @Test
    void aPlainQueryAgrees() throws SQLException {
        Map<String, long[]> bySql = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(world.services.location().jdbcUrl(), "sa", "");
             PreparedStatement s = c.prepareStatement("SELECT funding_source, EXTRACT(YEAR FROM event_date), "
                     + "COUNT(*), COUNT(DISTINCT household_id), SUM(amount_vnd) FROM support_event "
                     + "WHERE NOT deleted GROUP BY funding_source, EXTRACT(YEAR FROM event_date)");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                bySql.put(r.getString(1) + "/" + r.getInt(2), new long[] {r.getLong(3), r.getLong(4), r.getLong(5)});
            }
        }
        Map<String, long[]> byService = new TreeMap<>();
        service(world.clerk, SupportFilter.all(), List.of(SupportDimension.SOURCE, SupportDimension.YEAR))
                .forEach(t -> byService.put(t.keys().get(0) + "/" + t.keys().get(1),
                        new long[] {t.events(), t.households(), t.vnd()}));
        assertThat(byService.keySet()).isEqualTo(bySql.keySet());
        bySql.forEach((k, v) -> assertThat(byService.get(k)).as(k).containsExactly(v));
        long loopVnd = live.values().stream().mapToLong(Expected::vnd).sum();
        assertThat(bySql.values().stream().mapToLong(v -> v[2]).sum()).isEqualTo(loopVnd);
    }

    @Test
    void theKeysOfEveryGroupAreKnown() {
        Function<SupportTotal, String> first = t -> t.keys().get(0);
        assertThat(service(world.clerk, SupportFilter.all(), List.of(SupportDimension.VILLAGE))).extracting(first)
                .containsExactlyInAnyOrder(world.konKlor.toString(), world.dakRoWa.toString(),
                        world.otherVillage.toString());
    }
}
