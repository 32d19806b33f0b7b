package vn.chungtay.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.app.support.SupportWorld.FUND;
import static vn.chungtay.app.support.SupportWorld.TET;
import static vn.chungtay.app.support.SupportWorld.tetVisit;
import static vn.chungtay.testsupport.Fixtures.TODAY;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.testsupport.Fixtures;

/**
 * The catalogue of programmes and kinds: shipped with the real ones once, kept by clerks (add, rename, retire), codes
 * never reused, and an entry in use never deleted — deletion of an unused one is a tombstone.
 */
class CatalogueServiceTest {

    private SupportWorld world;
    private CatalogueService catalogue;

    @BeforeEach
    void open() {
        world = SupportWorld.open();
        catalogue = world.catalogue();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static void assertRefused(ThrowingCallable action, Violation... expected) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(expected));
    }

    private Programme programme(String code) {
        return catalogue.programmes().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private SupportKind kind(String code) {
        return catalogue.kinds().stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    private static SupportDetails rice(String programme, String kind) {
        return new SupportDetails(TODAY, programme, kind, SupportForm.IN_KIND, 300_000, "Gạo",
                java.math.BigDecimal.TEN, "kg", FundingSource.LOCAL_BUDGET, null, null, null, "");
    }

    @Test
    void theRealProgrammesAreShippedOnce() {
        assertThat(catalogue.programmes()).extracting(Programme::code).contains("NTP-GNBV", "P135", "QD102",
                "QD2085", "BHYT", "HOC-PHI", "NHCSXH", "TGXH", FUND);
        assertThat(catalogue.kinds()).filteredOn(k -> k.programmeCode().equals("NTP-GNBV")).hasSize(7);
        assertThat(kind(TET).usualForm()).isEqualTo(SupportForm.VISIT);
        assertThat(kind("credit-poor").usualForm()).isEqualTo(SupportForm.CREDIT);
        assertThat(programme("QD102").legalBasis()).contains("102/2009/QĐ-TTg");
        int programmes = catalogue.programmes().size();
        int kinds = catalogue.kinds().size();

        catalogue.ensureShipped(world.services.identity().systemActor("ChungTay", "00"));

        assertThat(catalogue.programmes()).hasSize(programmes);
        assertThat(catalogue.kinds()).hasSize(kinds);
    }

    @Test
    void aClerkAddsAProgrammeAndKindsThatTakeSupports() {
        Programme added = catalogue.addProgramme(world.clerk, " TINH-GAO ", "  Hỗ trợ   gạo cứu đói ",
                "Rice relief", "Quyết định của UBND tỉnh");
        SupportKind rice = catalogue.addKind(world.clerk, "TINH-GAO", "tinh-gao-tet", "Gạo dịp Tết", null,
                SupportForm.IN_KIND);

        assertThat(added.code()).isEqualTo("TINH-GAO");
        assertThat(added.name()).isEqualTo("Hỗ trợ gạo cứu đói");
        assertThat(added.meta().ownerUnit()).isEqualTo(Fixtures.PROVINCE);
        assertThat(catalogue.programmes()).contains(added);
        assertThat(catalogue.kinds()).contains(rice);
        Household h = world.household(world.konKlor, "01");
        assertThat(world.supports().record(world.officer, h.id(), rice("TINH-GAO", "tinh-gao-tet")).details()
                .kindCode()).isEqualTo("tinh-gao-tet");
    }

    @Test
    void addingIsRefusedForBadOrTakenCodesAndBlankNames() {
        assertRefused(() -> catalogue.addProgramme(world.clerk, "QD102", "Trùng mã", null, null),
                Violation.of("code", "validation.catalogue.code.taken", "QD102"));
        assertRefused(() -> catalogue.addProgramme(world.clerk, "mã có dấu", "Tên", null, null),
                Violation.of("code", "validation.catalogue.code.format"));
        assertRefused(() -> catalogue.addProgramme(world.clerk, "X", "Tên", null, null),
                Violation.of("code", "validation.catalogue.code.format"));
        assertRefused(() -> catalogue.addProgramme(world.clerk, "MOI", "   ", null, null),
                Violation.of("name", "validation.name.required"));
        assertRefused(() -> catalogue.addKind(world.clerk, FUND, TET, "Trùng mã", null, SupportForm.VISIT),
                Violation.of("code", "validation.catalogue.code.taken", TET));
        assertRefused(() -> catalogue.addKind(world.clerk, "KHONG-CO", "loai-moi", "Loại mới", null, SupportForm.CASH),
                Violation.of("code", "validation.catalogue.unknown", "KHONG-CO"));
        assertRefused(() -> catalogue.addKind(world.clerk, FUND, "loai-moi", "Loại mới", null, null),
                Violation.of("form", "validation.support.form.required"));
    }

    @Test
    void aCommuneOfficerMayNotChangeTheCatalogue() {
        int before = catalogue.programmes().size();
        assertThatThrownBy(() -> catalogue.addProgramme(world.officer, "XA-MOI", "Chương trình của xã", null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.updateProgramme(world.officer, FUND, "Đổi tên", null, null, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.deleteKind(world.officer, TET)).isInstanceOf(AccessDeniedException.class);
        assertThat(catalogue.programmes()).hasSize(before);
        assertThat(programme(FUND).name()).isEqualTo("Quỹ Vì người nghèo (Mặt trận Tổ quốc)");
    }

    @Test
    void renamingKeepsTheCodeSoRecordsFollowTheNewName() {
        Household h = world.household(world.konKlor, "01");
        SupportEvent visit = world.supports().record(world.officer, h.id(), tetVisit(TODAY, 500_000));
        Programme before = programme(FUND);

        Programme renamed = catalogue.updateProgramme(world.clerk, FUND, "Quỹ Vì người nghèo tỉnh Kon Tum",
                "Fund for the Poor, Kon Tum", before.legalBasis(), false);
        SupportKind kindRenamed = catalogue.updateKind(world.clerk, TET, "Quà Tết cho hộ nghèo", null, null, false);

        assertThat(renamed.meta().id()).isEqualTo(before.meta().id());
        assertThat(renamed.meta().revision().number()).isEqualTo(before.meta().revision().number() + 1);
        assertThat(programme(FUND).name()).isEqualTo("Quỹ Vì người nghèo tỉnh Kon Tum");
        assertThat(kindRenamed.usualForm()).as("kept when not given").isEqualTo(SupportForm.VISIT);
        assertThat(world.supports().timeline(h.id())).singleElement()
                .satisfies(e -> assertThat(e.details().programmeCode()).isEqualTo(FUND));
        assertThat(visit.details().kindCode()).isEqualTo(TET);
    }

    @Test
    void aRetiredProgrammeTakesNoNewSupportUntilBroughtBack() {
        Household h = world.household(world.konKlor, "01");
        SupportEvent old = world.supports().record(world.officer, h.id(), tetVisit(TODAY, 500_000));

        catalogue.updateProgramme(world.clerk, FUND, programme(FUND).name(), null, null, true);

        assertThat(programme(FUND).retired()).isTrue();
        assertRefused(() -> world.supports().record(world.officer, h.id(), tetVisit(TODAY, 500_000)),
                Violation.of("programme", "validation.support.programme.retired", programme(FUND).name()));
        assertThat(world.supports().update(world.officer, old.id(), tetVisit(TODAY, 450_000)).details().amountVnd())
                .as("a record made before keeps its programme").isEqualTo(450_000);

        catalogue.updateProgramme(world.clerk, FUND, programme(FUND).name(), null, null, false);
        assertThat(world.supports().record(world.officer, h.id(), tetVisit(TODAY, 500_000))).isNotNull();
    }

    @Test
    void anEntryInUseIsNeverDeleted() {
        Household h = world.household(world.konKlor, "01");
        world.supports().saveBatch(world.officer, tetVisit(TODAY, 500_000),
                List.of(h.id(), world.household(world.dakRoWa, "02").id()));

        assertThat(catalogue.usesOfKind(TET)).isEqualTo(2);
        assertThat(catalogue.usesOfProgramme(FUND)).isEqualTo(2);
        assertRefused(() -> catalogue.deleteKind(world.clerk, TET), Violation.of("code", "validation.catalogue.in-use", 2));
        assertRefused(() -> catalogue.deleteProgramme(world.clerk, FUND),
                Violation.of("code", "validation.catalogue.in-use", 2));
        assertThat(catalogue.kinds()).extracting(SupportKind::code).contains(TET);
        assertThat(catalogue.programmes()).extracting(Programme::code).contains(FUND);
    }

    @Test
    void aProgrammeWithLiveKindsIsNotDeletedEvenUnused() {
        catalogue.addProgramme(world.clerk, "TINH-GAO", "Hỗ trợ gạo", null, null);
        catalogue.addKind(world.clerk, "TINH-GAO", "tinh-gao-tet", "Gạo dịp Tết", null, SupportForm.IN_KIND);

        assertRefused(() -> catalogue.deleteProgramme(world.clerk, "TINH-GAO"),
                Violation.of("code", "validation.catalogue.has-kinds"));
    }

    @Test
    void anUnusedEntryIsDeletedAsATombstoneAndItsCodeIsNotReused() {
        Programme p = catalogue.addProgramme(world.clerk, "TINH-GAO", "Hỗ trợ gạo", null, null);
        SupportKind k = catalogue.addKind(world.clerk, "TINH-GAO", "tinh-gao-tet", "Gạo dịp Tết", null,
                SupportForm.IN_KIND);
        Household h = world.household(world.konKlor, "01");
        SupportEvent once = world.supports().record(world.officer, h.id(), rice("TINH-GAO", "tinh-gao-tet"));
        world.supports().delete(world.officer, once.id());

        catalogue.deleteKind(world.clerk, "tinh-gao-tet");
        catalogue.deleteProgramme(world.clerk, "TINH-GAO");

        assertThat(catalogue.kinds()).extracting(SupportKind::code).doesNotContain("tinh-gao-tet");
        assertThat(catalogue.programmes()).extracting(Programme::code).doesNotContain("TINH-GAO");
        assertThat(Fixtures.tracking(world.services.location(), "programme", p.meta().id()).orElseThrow().deleted())
                .isTrue();
        assertThat(Fixtures.tracking(world.services.location(), "support_kind", k.meta().id()).orElseThrow()
                .deleted()).isTrue();
        assertRefused(() -> catalogue.addProgramme(world.clerk, "TINH-GAO", "Lại", null, null),
                Violation.of("code", "validation.catalogue.code.taken", "TINH-GAO"));
        assertRefused(() -> catalogue.updateProgramme(world.clerk, "TINH-GAO", "Lại", null, null, false),
                Violation.of("code", "validation.catalogue.unknown", "TINH-GAO"));
        assertRefused(() -> world.supports().record(world.officer, h.id(), rice("TINH-GAO", "tinh-gao-tet")),
                Violation.of("programme", "validation.support.programme.unknown", "TINH-GAO"),
                Violation.of("kind", "validation.support.kind.unknown", "tinh-gao-tet"));
    }
}
