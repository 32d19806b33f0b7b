package vn.chungtay.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.support.CatalogueViewModel.Entry;
import vn.chungtay.ui.support.CatalogueViewModel.Group;

/** The catalogue kept by a clerk: add, rename, retire and bring back, delete only what nobody used. */
class CatalogueViewModelTest {

    private final SupportScreenFixture fixture = new SupportScreenFixture();
    private Actor clerk;

    @BeforeEach
    void open() {
        fixture.open();
        clerk = Fixtures.provinceClerk(fixture.services);
        fixture.services.supports().record(fixture.officer, fixture.household("01").id(), new SupportDetails(
                LocalDate.of(2025, 1, 20), "QUY-VI-NGUOI-NGHEO", "fund-tet-visit", SupportForm.VISIT, 500_000, "",
                null, "", FundingSource.FUND_FOR_THE_POOR, null, null, null, ""));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static Entry entry(CatalogueViewModel model, String code) {
        for (Group g : model.groups()) {
            if (g.programme().code().equals(code)) {
                return g.programme();
            }
            for (Entry k : g.kinds()) {
                if (k.code().equals(code)) {
                    return k;
                }
            }
        }
        throw new AssertionError(code + " is not listed");
    }

    @Test
    void listsTheShippedProgrammesWithTheirKindsAndUses() {
        CatalogueViewModel model = fixture.catalogue(fixture.officer);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.clerkProperty().get()).as("a commune officer reads only").isFalse();
        assertThat(model.groups()).hasSize(9);
        assertThat(model.groups().get(0).programme().code()).isEqualTo("BHYT");
        assertThat(entry(model, "QUY-VI-NGUOI-NGHEO").uses()).isEqualTo(1);
        assertThat(entry(model, "fund-tet-visit").uses()).isEqualTo(1);
        assertThat(entry(model, "fund-housing").uses()).isZero();
        assertThat(model.name(entry(model, "fund-tet-visit"))).isEqualTo("Thăm hỏi, tặng quà Tết");
        assertThat(fixture.catalogue(clerk).clerkProperty().get()).isTrue();
    }

    @Test
    void aClerkAddsAProgrammeAndAKindThenRenamesRetiresAndDeletes() {
        CatalogueViewModel model = fixture.catalogue(clerk);
        CatalogueEntryViewModel programme = model.newProgrammeForm();
        assertThat(programme.errors()).containsKeys("code", "name");
        programme.codeProperty().set("QUY TINH");
        assertThat(programme.errors()).containsEntry("code",
                "Mã gồm chữ không dấu, chữ số và dấu gạch nối, dài 2 đến 40 ký tự.");
        programme.codeProperty().set("QUY-TINH");
        programme.nameProperty().set("Quỹ hỗ trợ của tỉnh");
        List<String> saved = new ArrayList<>();
        programme.save(code -> {
            saved.add(code);
            model.saved(code);
        });
        assertThat(saved).containsExactly("QUY-TINH");
        assertThat(model.selectedProperty().get().code()).isEqualTo("QUY-TINH");
        assertThat(entry(model, "QUY-TINH").programme().nameEn()).isEqualTo("Quỹ hỗ trợ của tỉnh");

        CatalogueEntryViewModel kind = model.newKindForm();
        kind.codeProperty().set("gao-cuu-doi");
        kind.nameProperty().set("Gạo cứu đói");
        assertThat(kind.errors()).containsOnlyKeys("form");
        kind.usualFormProperty().set(SupportForm.IN_KIND);
        kind.save(model::saved);
        assertThat(model.selectedProperty().get().code()).isEqualTo("gao-cuu-doi");
        assertThat(entry(model, "gao-cuu-doi").programme().code()).isEqualTo("QUY-TINH");

        // A code already taken is the service's refusal, shown on the code.
        CatalogueEntryViewModel again = model.newProgrammeForm();
        again.codeProperty().set("P135");
        again.nameProperty().set("Trùng mã");
        again.save(model::saved);
        assertThat(again.errors()).containsEntry("code", "Mã „P135” đã được dùng.");

        CatalogueEntryViewModel rename = model.renameForm();
        assertThat(rename.isNew()).isFalse();
        rename.nameProperty().set("Gạo cứu đói giáp hạt");
        rename.save(model::saved);
        assertThat(model.name(entry(model, "gao-cuu-doi"))).isEqualTo("Gạo cứu đói giáp hạt");

        model.toggleRetired();
        assertThat(entry(model, "gao-cuu-doi").retired()).isTrue();
        model.toggleRetired();
        assertThat(entry(model, "gao-cuu-doi").retired()).isFalse();

        List<String> refusals = new ArrayList<>();
        model.delete(refusals::add);
        assertThat(refusals).isEmpty();
        assertThat(model.groups()).noneMatch(g -> g.kinds().stream().anyMatch(k -> k.code().equals("gao-cuu-doi")));
        assertThat(model.selectedProperty().get().code()).as("the kind's programme").isEqualTo("QUY-TINH");
        model.delete(refusals::add);
        assertThat(model.groups()).noneMatch(g -> g.programme().code().equals("QUY-TINH"));
    }

    @Test
    void anEntryInUseIsNotDeletedAndTheReasonSaysToRetireIt() {
        CatalogueViewModel model = fixture.catalogue(clerk);
        model.selectedProperty().set(entry(model, "fund-tet-visit"));
        List<String> refusals = new ArrayList<>();
        model.delete(refusals::add);
        assertThat(refusals).containsExactly(
                "Đã có 1 lượt hỗ trợ dùng mục này nên không xóa được: hãy cho ngừng sử dụng.");
        assertThat(entry(model, "fund-tet-visit")).isNotNull();
        model.toggleRetired();
        assertThat(entry(model, "fund-tet-visit").retired()).isTrue();
        assertThat(entry(model, "fund-tet-visit").uses()).isEqualTo(1);
    }

    @Test
    void aCommuneOfficerIsRefusedByTheService() {
        CatalogueViewModel model = fixture.catalogue(fixture.officer);
        model.selectedProperty().set(entry(model, "fund-housing"));
        List<String> refusals = new ArrayList<>();
        model.delete(refusals::add);
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0)).contains(Fixtures.COMMUNE);
        assertThat(entry(model, "fund-housing")).isNotNull();
    }
}
