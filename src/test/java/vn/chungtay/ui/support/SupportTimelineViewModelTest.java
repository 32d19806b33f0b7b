package vn.chungtay.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.support.Credit;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.ui.support.SupportTimelineViewModel.Line;

/** A household's supports in its form: the timeline as text, and recording, correcting and deleting one. */
class SupportTimelineViewModelTest {

    private final SupportScreenFixture fixture = new SupportScreenFixture();

    @BeforeEach
    void open() {
        fixture.open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showsEachSupportInWordsNewestFirst() {
        var id = fixture.household("03").id();
        fixture.services.supports().record(fixture.officer, id, new SupportDetails(LocalDate.of(2024, 9, 9), "NHCSXH",
                "credit-near-poor", SupportForm.CREDIT, 50_000_000, "", null, "", FundingSource.SOCIAL_POLICY_BANK,
                null, null, new Credit(60, new BigDecimal("0.55"), 45_000_000), "Vay mua bò"));
        fixture.services.supports().record(fixture.officer, id, new SupportDetails(LocalDate.of(2025, 3, 1), "QD102",
                "qd102-livestock", SupportForm.IN_KIND, 15_000_000, "Bò giống", new BigDecimal("2"), "con",
                FundingSource.CENTRAL_BUDGET, null, null, null, ""));
        SupportTimelineViewModel model = fixture.timeline();
        model.load(id);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.lines()).hasSize(2);
        Line goods = model.lines().get(0);
        assertThat(goods.date()).isEqualTo("01/03/2025");
        assertThat(goods.programme()).isEqualTo("Hỗ trợ trực tiếp người dân thuộc hộ nghèo vùng khó khăn");
        assertThat(goods.kind()).isEqualTo("Giống vật nuôi");
        assertThat(goods.form()).isEqualTo("Hiện vật");
        assertThat(goods.given()).isEqualTo("2 con Bò giống (≈ 15.000.000 đồng)");
        assertThat(goods.source()).isEqualTo("Ngân sách trung ương");
        Line loan = model.lines().get(1);
        assertThat(loan.given()).isEqualTo("50.000.000 đồng");
        assertThat(loan.terms()).as("no line break inside a number and its unit")
                .isEqualTo("vay 60\u00a0tháng, lãi 0,55\u00a0%/tháng, dư nợ 45.000.000 đồng");
        assertThat(loan.note()).isEqualTo("Vay mua bò");
    }

    @Test
    void recordsCorrectsAndDeletesASupport() {
        var id = fixture.household("01").id();
        SupportTimelineViewModel model = fixture.timeline();
        model.load(null);
        assertThat(model.newForm()).as("a household not saved yet").isNull();
        model.load(id);
        assertThat(model.lines()).isEmpty();

        SupportFormViewModel form = model.newForm();
        assertThat(form.isEdit()).isFalse();
        SupportDetailsViewModelTest.tetVisit(form.details());
        form.details().noteProperty().set("Tết Ất Tỵ");
        List<SupportEvent> saved = new ArrayList<>();
        form.save(saved::add);
        assertThat(form.generalErrorProperty().get()).isEmpty();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).batchId()).as("a single record has no batch").isNull();
        model.reload();
        assertThat(model.lines()).hasSize(1);
        assertThat(model.lines().get(0).given()).isEqualTo("500.000 đồng");

        model.selectedProperty().set(model.lines().get(0));
        SupportFormViewModel edit = model.editForm();
        assertThat(edit.isEdit()).isTrue();
        assertThat(edit.details().amountProperty().get()).isEqualTo("500.000");
        assertThat(edit.details().kindProperty().get().code()).isEqualTo("fund-tet-visit");
        assertThat(edit.details().dirtyProperty().get()).isFalse();
        edit.details().amountProperty().set("600.000");
        assertThat(edit.details().dirtyProperty().get()).isTrue();
        edit.save(saved::add);
        model.reload();
        assertThat(model.lines()).hasSize(1);
        assertThat(model.lines().get(0).given()).isEqualTo("600.000 đồng");
        assertThat(model.selectedProperty().get()).as("the corrected record stays selected").isNotNull();

        List<String> refusals = new ArrayList<>();
        model.deleteSelected(refusals::add);
        assertThat(refusals).isEmpty();
        assertThat(model.lines()).isEmpty();
        assertThat(fixture.services.supports().timeline(id)).isEmpty();
    }
}
