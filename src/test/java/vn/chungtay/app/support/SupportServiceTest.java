package vn.chungtay.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.app.support.SupportWorld.cow;
import static vn.chungtay.app.support.SupportWorld.tetVisit;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.TODAY;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportDimension;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportFilter;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.testsupport.Fixtures;

/**
 * One support at a time: recording it for a household (cleaned, owned by the household's commune), the service's
 * refusals (which save nothing), corrections with a new revision, deletion as a tombstone that totals and timelines no
 * longer count, and the limits of an officer's commune.
 */
class SupportServiceTest {

    private SupportWorld world;
    private SupportService supports;
    private Household household;

    @BeforeEach
    void open() {
        world = SupportWorld.open();
        supports = world.supports();
        household = world.household(world.konKlor, "01");
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static void refused(ThrowingCallable action, Violation... expected) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(expected));
    }

    @Test
    void aRecordedSupportIsCleanedAndBelongsToTheHouseholdsCommune() {
        SupportDetails typed = new SupportDetails(TODAY.minusDays(3), " QD102 ", "qd102-livestock ",
                SupportForm.IN_KIND, 15_000_000, "  Bò   giống ", BigDecimal.ONE, " con ", FundingSource.CENTRAL_BUDGET,
                null, null, null, "  Đợt   1 ");

        SupportEvent saved = supports.record(world.officer, household.id(), typed);

        assertThat(saved.householdId()).isEqualTo(household.id());
        assertThat(saved.batchId()).as("one support is no batch").isNull();
        assertThat(saved.meta().ownerUnit()).isEqualTo(COMMUNE);
        assertThat(saved.meta().revision().number()).isEqualTo(1);
        assertThat(saved.meta().lastChange().userName()).isEqualTo(world.officer.userName());
        assertThat(saved.details().programmeCode()).isEqualTo("QD102");
        assertThat(saved.details().kindCode()).isEqualTo("qd102-livestock");
        assertThat(saved.details().item()).isEqualTo("Bò giống");
        assertThat(saved.details().unit()).isEqualTo("con");
        assertThat(saved.details().note()).isEqualTo("Đợt 1");
        assertThat(saved.details().quantity()).isEqualByComparingTo("1");
        assertThat(supports.timeline(household.id())).singleElement().satisfies(stored -> {
            assertThat(stored.id()).isEqualTo(saved.id());
            assertThat(stored.details().quantity()).as("stored with the column's three decimals")
                    .isEqualByComparingTo("1");
            assertThat(stored.details().item()).isEqualTo("Bò giống");
        });
        assertThat(world.supportRows()).isEqualTo(1);
    }

    @Test
    void theTimelineIsNewestFirst() {
        SupportEvent older = supports.record(world.officer, household.id(), tetVisit(TODAY.minusYears(1), 300_000));
        SupportEvent newer = supports.record(world.officer, household.id(), cow(TODAY, 15_000_000));
        SupportEvent middle = supports.record(world.officer, household.id(), tetVisit(TODAY.minusMonths(2), 500_000));

        assertThat(supports.timeline(household.id())).extracting(SupportEvent::id)
                .containsExactly(newer.id(), middle.id(), older.id());
        assertThat(supports.timeline(world.household(world.konKlor, "02").id())).isEmpty();
    }

    @Test
    void refusedDetailsSaveNothing() {
        refused(() -> supports.record(world.officer, household.id(), tetVisit(TODAY.plusDays(1), 500_000)),
                Violation.of("date", "validation.support.date.future"));
        refused(() -> supports.record(world.officer, household.id(), tetVisit(TODAY, -1)),
                Violation.of("amount", "validation.support.amount.negative"));
        SupportDetails noUnit = new SupportDetails(TODAY, "QD102", "qd102-livestock", SupportForm.IN_KIND,
                15_000_000, "Bò giống", BigDecimal.ONE, "  ", FundingSource.CENTRAL_BUDGET, null, null, null, "");
        refused(() -> supports.record(world.officer, household.id(), noUnit),
                Violation.of("unit", "validation.support.unit.required"));

        assertThat(world.supportRows()).isZero();
        assertThat(supports.check(tetVisit(TODAY.plusDays(1), 0)))
                .containsExactly(Violation.of("date", "validation.support.date.future"));
        assertThat(supports.check(tetVisit(TODAY, 0))).isEmpty();
    }

    @Test
    void aCorrectionKeepsTheRecordAndAddsARevision() {
        SupportEvent saved = supports.record(world.officer, household.id(), tetVisit(TODAY, 500_000));

        SupportEvent corrected = supports.update(world.officer, saved.id(), tetVisit(TODAY.minusDays(1), 600_000));

        assertThat(corrected.id()).isEqualTo(saved.id());
        assertThat(corrected.meta().revision().number()).isEqualTo(2);
        assertThat(corrected.details().amountVnd()).isEqualTo(600_000);
        assertThat(supports.timeline(household.id())).containsExactly(corrected);
        assertThat(world.supportRows()).isEqualTo(1);

        refused(() -> supports.update(world.officer, saved.id(), tetVisit(TODAY.plusDays(2), 600_000)),
                Violation.of("date", "validation.support.date.future"));
        assertThat(supports.timeline(household.id())).as("a refused correction changes nothing")
                .containsExactly(corrected);
    }

    @Test
    void aDeletedSupportIsATombstoneThatNothingCounts() {
        SupportEvent kept = supports.record(world.officer, household.id(), tetVisit(TODAY, 500_000));
        SupportEvent gone = supports.record(world.officer, household.id(), cow(TODAY, 15_000_000));

        supports.delete(world.officer, gone.id());

        var tracking = Fixtures.tracking(world.services.location(), "support_event", gone.id()).orElseThrow();
        assertThat(tracking.deleted()).isTrue();
        assertThat(tracking.rev()).isEqualTo(2);
        assertThat(world.supportRows()).as("the row stays, so the deletion can travel").isEqualTo(2);
        assertThat(supports.timeline(household.id())).containsExactly(kept);
        assertThat(supports.totals(world.officer, SupportFilter.all(), List.of()))
                .singleElement().satisfies(t -> {
                    assertThat(t.events()).isEqualTo(1);
                    assertThat(t.vnd()).isEqualTo(500_000);
                });
        assertThat(supports.totals(world.officer, SupportFilter.all(), List.of(SupportDimension.PROGRAMME)))
                .extracting(t -> t.keys().get(0)).containsExactly(SupportWorld.FUND);
        assertThat(world.catalogue().usesOfKind(SupportWorld.LIVESTOCK)).isZero();

        refused(() -> supports.delete(world.officer, gone.id()), Violation.of("event", "validation.support.gone"));
        refused(() -> supports.update(world.officer, gone.id(), cow(TODAY, 1)),
                Violation.of("event", "validation.support.gone"));
    }

    @Test
    void anOfficerWorksOnlyInTheirCommune() {
        SupportEvent saved = supports.record(world.officer, household.id(), tetVisit(TODAY, 500_000));

        assertThatThrownBy(() -> supports.record(world.otherOfficer, household.id(), tetVisit(TODAY, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supports.update(world.otherOfficer, saved.id(), tetVisit(TODAY, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supports.delete(world.otherOfficer, saved.id()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(supports.timeline(household.id())).containsExactly(saved);
        assertThat(supports.totals(world.otherOfficer, SupportFilter.all(), List.of())).as("nothing in their commune")
                .allSatisfy(t -> assertThat(t.events()).isZero());
        SupportEvent byClerk = supports.update(world.clerk, saved.id(), tetVisit(TODAY, 700_000));
        assertThat(byClerk.details().amountVnd()).as("the province covers the commune").isEqualTo(700_000);
    }

    @Test
    void aRetiredKindTakesNoNewSupportButOldOnesCanBeCorrected() {
        SupportEvent saved = supports.record(world.officer, household.id(), cow(TODAY, 15_000_000));
        world.catalogue().updateKind(world.clerk, SupportWorld.LIVESTOCK, "Giống vật nuôi (cũ)", null, null, true);

        refused(() -> supports.record(world.officer, household.id(), cow(TODAY, 10_000_000)),
                Violation.of("kind", "validation.support.kind.retired", "Giống vật nuôi (cũ)"));
        SupportEvent corrected = supports.update(world.officer, saved.id(), cow(TODAY, 12_000_000));
        assertThat(corrected.details().amountVnd()).isEqualTo(12_000_000);
        assertThat(supports.timeline(household.id())).hasSize(1);
    }
}
