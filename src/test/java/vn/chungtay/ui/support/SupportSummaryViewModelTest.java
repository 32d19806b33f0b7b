package vn.chungtay.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.support.Credit;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportDimension;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.support.SupportSummaryViewModel.SummaryLine;

/** The summary's totals against a plain count over the saved records, for every way of grouping them. */
class SupportSummaryViewModelTest {

    private final SupportScreenFixture fixture = new SupportScreenFixture();

    @BeforeEach
    void open() {
        fixture.open();
        var s = fixture.services.supports();
        List<UUID> poor = List.of(fixture.household("01").id(), fixture.household("02").id(),
                fixture.household("05").id());
        s.saveBatch(fixture.officer, details(LocalDate.of(2025, 1, 20), "QUY-VI-NGUOI-NGHEO", "fund-tet-visit",
                SupportForm.VISIT, 500_000, FundingSource.FUND_FOR_THE_POOR), poor);
        s.saveBatch(fixture.officer, details(LocalDate.of(2024, 2, 1), "QUY-VI-NGUOI-NGHEO", "fund-tet-visit",
                SupportForm.VISIT, 400_000, FundingSource.FUND_FOR_THE_POOR), poor.subList(0, 2));
        s.record(fixture.officer, fixture.household("01").id(), details(LocalDate.of(2024, 6, 3),
                "QUY-VI-NGUOI-NGHEO", "fund-housing", SupportForm.CASH, 40_000_000, FundingSource.ENTERPRISES_AND_DONORS));
        s.record(fixture.officer, fixture.household("03").id(), new SupportDetails(LocalDate.of(2024, 9, 9),
                "NHCSXH", "credit-near-poor", SupportForm.CREDIT, 50_000_000, "", null, "",
                FundingSource.SOCIAL_POLICY_BANK, null, null, new Credit(60, new BigDecimal("0.55"), 50_000_000), ""));
        s.record(fixture.officer, fixture.household("05").id(), new SupportDetails(LocalDate.of(2025, 3, 1), "QD102",
                "qd102-livestock", SupportForm.IN_KIND, 15_000_000, "Bò giống", BigDecimal.ONE, "con",
                FundingSource.CENTRAL_BUDGET, null, null, null, ""));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static SupportDetails details(LocalDate date, String programme, String kind, SupportForm form, long vnd,
                                          FundingSource source) {
        return new SupportDetails(date, programme, kind, form, vnd, "", null, "", source, null, null, null, "");
    }

    /** The groups as a plain computation over the records gives them: key → events, households, VND. */
    private static Map<String, long[]> plain(List<SupportEvent> events, Function<SupportEvent, String> key) {
        Map<String, long[]> out = new TreeMap<>();
        Map<String, Set<UUID>> households = new TreeMap<>();
        for (SupportEvent e : events) {
            String k = key.apply(e);
            long[] sums = out.computeIfAbsent(k, x -> new long[3]);
            sums[0]++;
            sums[2] += e.details().amountVnd();
            households.computeIfAbsent(k, x -> new HashSet<>()).add(e.householdId());
            sums[1] = households.get(k).size();
        }
        return out;
    }

    private static Map<String, long[]> shown(SupportSummaryViewModel model) {
        Map<String, long[]> out = new TreeMap<>();
        model.lines().stream().filter(l -> !l.total())
                .forEach(l -> out.put(l.key(), new long[] {l.events(), l.households(), l.vnd()}));
        return out;
    }

    private String villageOf(SupportEvent e) {
        Household h = fixture.households.values().stream().filter(x -> x.id().equals(e.householdId())).findFirst()
                .orElseThrow();
        return h.details().villageId().equals(fixture.konKlor.meta().id()) ? "Thôn Kon Klor" : "Làng Đắk Lây";
    }

    @Test
    void totalsByEveryDimensionEqualAPlainCountOverTheRecords() {
        SupportSummaryViewModel model = fixture.summary(fixture.officer);
        assertThat(model.errorProperty().get()).isEmpty();
        List<SupportEvent> events = fixture.allEvents();
        assertThat(events).hasSize(8);
        var m = fixture.messages;
        Map<SupportDimension, Function<SupportEvent, String>> keys = Map.of(
                SupportDimension.PROGRAMME, e -> switch (e.details().programmeCode()) {
                    case "QUY-VI-NGUOI-NGHEO" -> "Quỹ Vì người nghèo (Mặt trận Tổ quốc)";
                    case "NHCSXH" -> "Tín dụng ưu đãi của Ngân hàng Chính sách xã hội";
                    case "QD102" -> "Hỗ trợ trực tiếp người dân thuộc hộ nghèo vùng khó khăn";
                    default -> throw new AssertionError(e.details().programmeCode());
                },
                SupportDimension.SOURCE, e -> m.get(e.details().source().messageKey()),
                SupportDimension.FORM, e -> m.get(e.details().form().messageKey()),
                SupportDimension.YEAR, e -> Integer.toString(e.details().date().getYear()),
                SupportDimension.VILLAGE, this::villageOf,
                SupportDimension.KIND, e -> fixture.services.catalogue().kinds().stream()
                        .filter(k -> k.code().equals(e.details().kindCode())).findFirst().orElseThrow().name());
        for (SupportDimension d : SupportDimension.values()) {
            model.dimensionProperty().set(d);
            Map<String, long[]> expected = plain(events, keys.get(d));
            assertThat(shown(model)).as(d.name()).usingRecursiveComparison().isEqualTo(expected);
            SummaryLine total = model.lines().get(model.lines().size() - 1);
            assertThat(total.total()).isTrue();
            assertThat(total.key()).isEqualTo("Tổng cộng");
            assertThat(total.events()).isEqualTo(8);
            assertThat(total.households()).as("distinct households").isEqualTo(4);
            assertThat(total.vnd()).isEqualTo(events.stream().mapToLong(e -> e.details().amountVnd()).sum());
        }
        // Million VND with the Vietnamese marks, the full amount for the tooltip.
        assertThat(model.millions(108_300_000)).isEqualTo("108,30 triệu đồng");
        assertThat(model.millions(3_410_000_000L)).isEqualTo("3.410,00 triệu đồng");
        assertThat(model.fullVnd(108_300_000)).isEqualTo("108.300.000 đồng");
    }

    @Test
    void yearAndProgrammeFiltersNarrowTheTotals() {
        SupportSummaryViewModel model = fixture.summary(fixture.officer);
        assertThat(model.years()).containsExactly(2025, 2024);
        model.yearProperty().set(2025);
        SummaryLine total = model.lines().get(model.lines().size() - 1);
        assertThat(total.events()).isEqualTo(4);
        assertThat(total.vnd()).isEqualTo(3 * 500_000 + 15_000_000);
        model.programmeProperty().set(model.programmes().stream().filter(p -> p.code().equals("QUY-VI-NGUOI-NGHEO"))
                .findFirst().orElseThrow());
        model.dimensionProperty().set(SupportDimension.VILLAGE);
        assertThat(shown(model)).containsOnlyKeys("Thôn Kon Klor", "Làng Đắk Lây");
        assertThat(shown(model).get("Thôn Kon Klor")).containsExactly(2, 2, 1_000_000);
        model.yearProperty().set(null);
        assertThat(shown(model).get("Thôn Kon Klor")).containsExactly(5, 2, 41_800_000);
        model.programmeProperty().set(model.programmes().stream().filter(p -> p.code().equals("BHYT"))
                .findFirst().orElseThrow());
        assertThat(model.lines()).as("no records: no total line either").isEmpty();
    }

    @Test
    void aProvinceClerkChoosesACommuneAndSeesVillagesWithTheirCommune() {
        var clerk = Fixtures.provinceClerk(fixture.services);
        SupportSummaryViewModel model = fixture.summary(clerk);
        assertThat(model.communes()).hasSize(2);
        model.dimensionProperty().set(SupportDimension.VILLAGE);
        assertThat(shown(model)).containsOnlyKeys("Thôn Kon Klor · Xã Đắk Pxi", "Làng Đắk Lây · Xã Đắk Pxi");
        model.communeProperty().set(model.communes().stream().filter(c -> c.code().equals(Fixtures.OTHER_COMMUNE))
                .findFirst().orElseThrow());
        assertThat(model.lines()).isEmpty();
        model.communeProperty().set(model.communes().stream().filter(c -> c.code().equals(Fixtures.COMMUNE))
                .findFirst().orElseThrow());
        assertThat(shown(model)).containsOnlyKeys("Thôn Kon Klor", "Làng Đắk Lây");
    }

    @Test
    void itStaysBusyUntilTheTotalsAreCountedAndDropsALateAnswer() {
        QueuedTaskRunner queue = new QueuedTaskRunner();
        SupportSummaryViewModel model = new SupportSummaryViewModel(fixture.services.supports(),
                fixture.services.catalogue(), fixture.services.units(), queue, fixture.messages, fixture.officer);

        model.load();
        assertThat(model.busyProperty().get()).isTrue();
        queue.runNext();
        assertThat(queue.waiting()).as("the count starts once the filters are loaded").isEqualTo(1);
        assertThat(model.busyProperty().get()).as("still counting: the table must not say there is nothing")
                .isTrue();
        assertThat(model.lines()).isEmpty();
        queue.runNext();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.lines()).last().satisfies(l -> assertThat(l.events()).isEqualTo(8));

        // Two choices in a row; the answer to the first comes last and is dropped.
        model.dimensionProperty().set(SupportDimension.YEAR);
        model.dimensionProperty().set(SupportDimension.SOURCE);
        assertThat(queue.waiting()).isEqualTo(2);
        assertThat(model.shownDimensionProperty().get()).as("the lines shown are still by programme")
                .isEqualTo(SupportDimension.PROGRAMME);
        queue.runLast();
        assertThat(model.shownDimensionProperty().get()).isEqualTo(SupportDimension.SOURCE);
        assertThat(model.busyProperty().get()).as("the first count is still under way").isTrue();
        assertThat(model.lines()).extracting(SummaryLine::key).contains("Quỹ Vì người nghèo");
        queue.runNext();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.lines()).extracting(SummaryLine::key).as("not the years of the older question")
                .doesNotContain("2024", "2025").contains("Quỹ Vì người nghèo");
        assertThat(model.shownDimensionProperty().get()).isEqualTo(SupportDimension.SOURCE);
        assertThat(model.count(12_345)).isEqualTo("12.345");
    }
}
