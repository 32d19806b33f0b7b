package vn.chungtay.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.app.support.SupportWorld.tetVisit;
import static vn.chungtay.testsupport.Fixtures.TODAY;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.testsupport.Fixtures;

/**
 * One support for many households, in one transaction: every household gets exactly one record sharing the batch id,
 * or — when the details are invalid, a household of the list is gone or unknown or outside the officer's commune, or
 * the database fails half-way through writing — none does, and a refused household is named by its row and number.
 */
class BulkSupportTest {

    private SupportWorld world;
    private SupportService supports;
    private List<Household> households;

    @BeforeEach
    void open() {
        world = SupportWorld.open();
        supports = world.supports();
        households = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            households.add(world.household(i % 2 == 0 ? world.dakRoWa : world.konKlor, String.format("%02d", i)));
        }
    }

    @AfterEach
    void close() {
        world.close();
        FailOnThirdInsert.rows.set(0);
    }

    private List<UUID> ids() {
        return households.stream().map(Household::id).collect(Collectors.toCollection(ArrayList::new));
    }

    private void nothingSaved() {
        assertThat(world.supportRows()).isZero();
        households.forEach(h -> assertThat(supports.timeline(h.id())).isEmpty());
    }

    @Test
    void everyHouseholdGetsOneRecordOfTheSameBatch() {
        SupportService.Batch batch = supports.saveBatch(world.officer, tetVisit(TODAY, 500_000), ids());

        assertThat(batch.batchId()).isNotNull();
        assertThat(batch.events()).hasSize(6).allSatisfy(e -> {
            assertThat(e.batchId()).isEqualTo(batch.batchId());
            assertThat(e.details()).isEqualTo(tetVisit(TODAY, 500_000));
        });
        assertThat(batch.totalVnd()).isEqualTo(3_000_000);
        assertThat(batch.events()).extracting(SupportEvent::householdId).containsExactlyElementsOf(ids());
        assertThat(batch.events()).extracting(SupportEvent::id).doesNotHaveDuplicates();
        for (Household h : households) {
            assertThat(supports.timeline(h.id())).singleElement()
                    .satisfies(e -> assertThat(e.batchId()).isEqualTo(batch.batchId()));
        }
        assertThat(world.supportRows()).isEqualTo(6);
    }

    @Test
    void aHouseholdTwiceInTheListIsGivenOnce() {
        List<UUID> twice = ids();
        twice.add(households.get(2).id());
        twice.add(0, households.get(4).id());

        SupportService.Batch batch = supports.saveBatch(world.officer, tetVisit(TODAY, 500_000), twice);

        assertThat(batch.events()).hasSize(6);
        assertThat(batch.totalVnd()).isEqualTo(3_000_000);
        assertThat(supports.timeline(households.get(2).id())).hasSize(1);
        assertThat(world.supportRows()).isEqualTo(6);
    }

    @Test
    void invalidDetailsSaveNothing() {
        assertThatThrownBy(() -> supports.saveBatch(world.officer, tetVisit(TODAY.plusDays(1), 500_000), ids()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("date", "validation.support.date.future")));
        assertThatThrownBy(() -> supports.saveBatch(world.officer, tetVisit(TODAY, -500_000), ids()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("amount", "validation.support.amount.negative")));
        assertThatThrownBy(() -> supports.saveBatch(world.officer, tetVisit(TODAY, 500_000), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("households", "validation.support.recipients.empty")));
        nothingSaved();
    }

    @Test
    void aHouseholdDeletedAfterThePreviewSavesNothingAndIsNamed() {
        List<UUID> previewed = supports.recipients(world.officer,
                new RecipientCriteria(Fixtures.COMMUNE, null, Set.of(), false, null)).stream()
                .map(r -> r.household().id()).toList();
        assertThat(previewed).hasSize(6);
        Household third = households.stream().filter(h -> h.id().equals(previewed.get(2))).findFirst().orElseThrow();
        world.services.households().delete(world.officer, third.id());

        assertThatThrownBy(() -> supports.saveBatch(world.officer, tetVisit(TODAY, 500_000), previewed))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).containsExactly(Violation.of("households[2]",
                            "validation.support.recipient.gone", 3, third.details().number()));
                    String text = new Messages(Messages.VIETNAMESE).get(e.violations().get(0));
                    assertThat(text).contains("Hộ số " + third.details().number()).contains("dòng 3")
                            .contains("chưa lưu khoản hỗ trợ nào");
                });
        nothingSaved();

        List<UUID> again = supports.recipients(world.officer,
                new RecipientCriteria(Fixtures.COMMUNE, null, Set.of(), false, null)).stream()
                .map(r -> r.household().id()).toList();
        assertThat(again).as("a new preview leaves the deleted household out").hasSize(5)
                .doesNotContain(third.id());
        assertThat(supports.saveBatch(world.officer, tetVisit(TODAY, 500_000), again).events()).hasSize(5);
    }

    @Test
    void anUnknownHouseholdSavesNothingAndIsNamedByItsRow() {
        List<UUID> list = ids();
        list.add(3, UUID.randomUUID());

        assertThatThrownBy(() -> supports.saveBatch(world.officer, tetVisit(TODAY, 500_000), list))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("households[3]", "validation.support.recipient.unknown", 4)));
        nothingSaved();
    }

    @Test
    void aHouseholdOfAnotherCommuneSavesNothing() {
        Household elsewhere = world.household(Fixtures.OTHER_COMMUNE, world.otherVillage, "99", "01");
        List<UUID> list = ids();
        list.add(elsewhere.id());

        assertThatThrownBy(() -> supports.saveBatch(world.officer, tetVisit(TODAY, 500_000), list))
                .isInstanceOf(AccessDeniedException.class);
        nothingSaved();
        assertThat(supports.timeline(elsewhere.id())).isEmpty();

        SupportService.Batch byClerk = supports.saveBatch(world.clerk, tetVisit(TODAY, 500_000), list);
        assertThat(byClerk.events()).as("the province covers both communes").hasSize(7);
        assertThat(byClerk.events()).filteredOn(e -> e.householdId().equals(elsewhere.id()))
                .singleElement().satisfies(e -> assertThat(e.meta().ownerUnit()).isEqualTo(Fixtures.OTHER_COMMUNE));
    }

    @Test
    void aFailureHalfWayThroughTheWriteLeavesNothing() throws SQLException {
        try (Connection c = DriverManager.getConnection(world.services.location().jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER fail_third BEFORE INSERT ON support_event FOR EACH ROW CALL \""
                    + FailOnThirdInsert.class.getName() + "\"");
        }

        assertThatThrownBy(() -> supports.saveBatch(world.officer, tetVisit(TODAY, 500_000), ids()))
                .isInstanceOf(RuntimeException.class);
        assertThat(FailOnThirdInsert.rows.get()).as("two rows were written before the third failed")
                .isGreaterThanOrEqualTo(3);
        nothingSaved();

        try (Connection c = DriverManager.getConnection(world.services.location().jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER fail_third");
        }
        assertThat(supports.saveBatch(world.officer, tetVisit(TODAY, 500_000), ids()).events()).hasSize(6);
        assertThat(world.supportRows()).isEqualTo(6);
    }

    /** A database trigger that lets two support rows in and fails on the third, as a full disk might. */
    public static final class FailOnThirdInsert implements Trigger {

        static final AtomicInteger rows = new AtomicInteger();

        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
            if (rows.incrementAndGet() == 3) {
                throw new SQLException("disk full (test)");
            }
        }
    }
}
