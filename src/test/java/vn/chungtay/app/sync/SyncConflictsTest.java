package vn.chungtay.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.sync.SyncConflict;
import vn.chungtay.testsupport.Fixtures;

/**
 * Edits made apart on a commune officer's laptop (A) and at the province (B): different fields merge by themselves,
 * the same field goes to the queue on both sides and is never overwritten silently, and a person's choice becomes a
 * revision that wins wherever it travels while the losing value stays on record.
 */
class SyncConflictsTest {

    @TempDir
    Path dir;

    private SyncPeer a;
    private SyncPeer b;
    private Household household;

    @BeforeEach
    void bothHoldTheSameHousehold() {
        a = SyncPeer.officer(dir);
        b = SyncPeer.clerk(dir);
        UUID village = a.village("Thôn Kon Klor");
        household = a.newHousehold(village, "7", "Nguyễn Văn An");
        assertThat(b.importing(true, a.export(false)).status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(a.importing(true, b.export(false)).status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(b.digest()).isEqualTo(a.digest());
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    /** A's package to B and B's to A, each imported by the other. */
    private void exchange() {
        Path fromA = a.export(false);
        Path fromB = b.export(false);
        assertThat(b.importing(false, fromA).status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(a.importing(false, fromB).status()).isEqualTo(ImportReport.Status.IMPORTED);
    }

    private static String memberName(SyncPeer peer, UUID householdId, int position) {
        return peer.household(householdId).members().stream().filter(m -> m.position() == position)
                .map(m -> m.details().fullName()).findFirst().orElseThrow();
    }

    @Test
    void editsOfDifferentFieldsMergeWithBothKept() {
        a.editDetails(household.id(), d -> SyncPeer.address(d, "Thôn Kon Klor, cạnh nhà rông"));
        b.editDetails(household.id(), d -> SyncPeer.phone(d, "0987654321"));

        exchange();

        for (SyncPeer peer : List.of(a, b)) {
            Household merged = peer.household(household.id());
            assertThat(merged.details().address()).isEqualTo("Thôn Kon Klor, cạnh nhà rông");
            assertThat(merged.details().phone()).isEqualTo("0987654321");
            assertThat(peer.services.sync().conflicts(peer.actor)).isEmpty();
        }
        assertThat(b.digest()).isEqualTo(a.digest());
    }

    @Test
    void editsOfTheSameFieldWaitOnBothSidesAndNeitherIsOverwritten() {
        a.editMember(household.id(), 2, m -> Fixtures.renamed(m, "Nguyễn Thị Hoà An"));
        b.editMember(household.id(), 2, m -> Fixtures.renamed(m, "Nguyễn Thị Hòa Anh"));

        exchange();

        List<SyncConflict> atA = a.services.sync().conflicts(a.actor);
        List<SyncConflict> atB = b.services.sync().conflicts(b.actor);
        assertThat(atA).singleElement().satisfies(c -> {
            assertThat(c.recordType()).isEqualTo("member");
            assertThat(c.fields()).containsExactly("fullName");
        });
        assertThat(atB).singleElement().satisfies(c -> assertThat(c.fields()).containsExactly("fullName"));
        assertThat(memberName(a, household.id(), 2)).isEqualTo("Nguyễn Thị Hoà An");
        assertThat(memberName(b, household.id(), 2)).isEqualTo("Nguyễn Thị Hòa Anh");

        ConflictDetail detail = b.services.sync().detail(atB.get(0).id());
        assertThat(detail.fields()).filteredOn(ConflictDetail.FieldDiff::conflicting).singleElement()
                .satisfies(f -> {
                    assertThat(f.field()).isEqualTo("fullName");
                    assertThat(f.mine()).isEqualTo("Nguyễn Thị Hòa Anh");
                    assertThat(f.theirs()).isEqualTo("Nguyễn Thị Hoà An");
                });
    }

    @Test
    void theChoiceBecomesARevisionThatWinsEverywhereAndTheLosingValueStaysOnRecord() {
        a.editMember(household.id(), 2, m -> Fixtures.renamed(m, "Nguyễn Thị Hoà An"));
        a.editDetails(household.id(), d -> SyncPeer.phone(d, "0911000111"));
        b.editMember(household.id(), 2, m -> Fixtures.renamed(m, "Nguyễn Thị Hòa Anh"));
        exchange();
        SyncConflict atB = b.services.sync().conflicts(b.actor).get(0);

        b.services.sync().resolve(b.actor, atB.id(), Map.of("fullName", true));

        assertThat(b.services.sync().conflicts(b.actor)).isEmpty();
        assertThat(memberName(b, household.id(), 2)).isEqualTo("Nguyễn Thị Hoà An");
        ImportReport atA = a.importing(false, b.export(false));
        assertThat(atA.counts().conflicts()).isZero();
        assertThat(a.services.sync().conflicts(a.actor)).as("settled by the resolution").isEmpty();
        assertThat(memberName(a, household.id(), 2)).isEqualTo("Nguyễn Thị Hoà An");
        assertThat(a.household(household.id()).details().phone()).isEqualTo("0911000111");
        assertThat(b.importing(false, a.export(false)).counts().conflicts()).isZero();
        assertThat(b.digest()).isEqualTo(a.digest());

        ConflictDetail history = b.services.sync().detail(atB.id());
        assertThat(history.conflict().open()).isFalse();
        assertThat(history.fields()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("fullName");
            assertThat(f.mine()).isEqualTo("Nguyễn Thị Hòa Anh");
        });
    }

    @Test
    void keepingMineStillSettlesTheConflictOnTheOtherSide() {
        a.editMember(household.id(), 0, m -> Fixtures.renamed(m, "Nguyễn Văn Ân"));
        b.editMember(household.id(), 0, m -> Fixtures.renamed(m, "Nguyễn Văn Ấn"));
        exchange();

        b.services.sync().resolve(b.actor, b.services.sync().conflicts(b.actor).get(0).id(),
                Map.of("fullName", false));
        a.importing(false, b.export(false));

        assertThat(a.services.sync().conflicts(a.actor)).isEmpty();
        assertThat(memberName(a, household.id(), 0)).isEqualTo("Nguyễn Văn Ấn");
        assertThat(b.digest()).isEqualTo(a.digest());
    }

    @Test
    void aDeletionAgainstAnEditIsAConflictNotASilentLoss() {
        a.services.households().delete(a.actor, household.id());
        b.editDetails(household.id(), d -> SyncPeer.phone(d, "0987654321"));

        exchange();

        assertThat(a.services.sync().conflicts(a.actor)).extracting(SyncConflict::recordType).contains("household");
        assertThat(b.services.sync().conflicts(b.actor)).extracting(SyncConflict::recordType).contains("household");
        assertThat(b.household(household.id()).details().phone()).isEqualTo("0987654321");
        assertThat(a.services.households().find(household.id())).isEmpty();
        assertThat(b.household(household.id()).members()).as("held back with the household").hasSize(3);
    }

    @Test
    void keepingADisputedHouseholdKeepsItWithItsMembersOnBothSides() {
        a.services.households().delete(a.actor, household.id());
        b.editDetails(household.id(), d -> SyncPeer.phone(d, "0987654321"));
        exchange();
        SyncConflict atA = a.services.sync().conflicts(a.actor).stream()
                .filter(c -> c.recordType().equals("household")).findFirst().orElseThrow();

        a.services.sync().resolve(a.actor, atA.id(), Map.of("deleted", true));
        SyncConflict atB = b.services.sync().conflicts(b.actor).stream()
                .filter(c -> c.recordType().equals("household")).findFirst().orElseThrow();
        b.services.sync().resolve(b.actor, atB.id(), Map.of("deleted", false));

        for (SyncPeer peer : List.of(a, b)) {
            Household kept = peer.household(household.id());
            assertThat(kept.details().phone()).isEqualTo("0987654321");
            assertThat(kept.members()).extracting(Member::position).containsExactly(0, 1, 2);
            assertThat(peer.services.sync().conflicts(peer.actor)).isEmpty();
        }
        exchange();
        assertThat(a.services.sync().conflicts(a.actor)).isEmpty();
        assertThat(b.services.sync().conflicts(b.actor)).isEmpty();
        assertThat(b.digest()).isEqualTo(a.digest());
    }
}
