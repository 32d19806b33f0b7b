package vn.chungtay.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.testsupport.Fixtures;

/** The details of a support as typed: errors by field in plain Vietnamese, and the kind following the programme. */
class SupportDetailsViewModelTest {

    private final SupportScreenFixture fixture = new SupportScreenFixture();
    private SupportDetailsViewModel form;

    @BeforeEach
    void open() {
        fixture.open();
        form = fixture.details();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Chooses the programme and the kind as a person does in the combo boxes: from what they offer. */
    static void choose(SupportDetailsViewModel form, String programme, String kind) {
        form.programmeProperty().set(form.programmes().stream().filter(p -> p.code().equals(programme)).findFirst()
                .orElseThrow(() -> new AssertionError(programme + " is not offered")));
        if (kind != null) {
            form.kindProperty().set(form.kinds().stream().filter(k -> k.code().equals(kind)).findFirst()
                    .orElseThrow(() -> new AssertionError(kind + " is not offered")));
        }
    }

    /** A Tết visit of 500.000 đồng from the Fund for the Poor, on today's date. */
    static void tetVisit(SupportDetailsViewModel form) {
        choose(form, "QUY-VI-NGUOI-NGHEO", "fund-tet-visit");
        form.amountProperty().set("500.000");
        form.sourceProperty().set(FundingSource.FUND_FOR_THE_POOR);
    }

    @Test
    void aFreshFormStartsTodayAndSaysWhatIsMissing() {
        assertThat(form.dateProperty().get()).isEqualTo("15/03/2025");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.errors()).containsEntry("programme", "Chưa chọn chương trình.")
                .containsEntry("kind", "Chưa chọn loại hỗ trợ.")
                .containsEntry("form", "Chưa chọn hình thức hỗ trợ.")
                .containsEntry("source", "Chưa chọn nguồn kinh phí.");
    }

    @Test
    void aTetVisitWithAGroupedAmountIsValid() {
        tetVisit(form);
        assertThat(form.formProperty().get()).isEqualTo(SupportForm.VISIT);
        assertThat(form.errors()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
        SupportDetails d = form.details();
        assertThat(d.amountVnd()).isEqualTo(500_000);
        assertThat(d.programmeCode()).isEqualTo("QUY-VI-NGUOI-NGHEO");
        assertThat(d.kindCode()).isEqualTo("fund-tet-visit");
        assertThat(d.date()).isEqualTo(Fixtures.TODAY);
        assertThat(form.amountLabelBinding().get()).isEqualTo("Giá trị quà (đồng)");
    }

    @Test
    void negativeAmountsFutureDatesAndUnreadableTextAreErrorsOnTheirFields() {
        tetVisit(form);
        form.amountProperty().set("-500.000");
        assertThat(form.errors()).containsEntry("amount", "Số tiền không được âm.");
        form.amountProperty().set("năm trăm");
        assertThat(form.errors()).containsEntry("amount", "Nhập số đồng là số nguyên, ví dụ 500.000.");
        form.amountProperty().set("500000");
        form.dateProperty().set("16/03/2025");
        assertThat(form.errors()).containsOnlyKeys("date").containsEntry("date", "Ngày hỗ trợ ở tương lai.");
        form.dateProperty().set("31/02/2025");
        assertThat(form.errors()).containsEntry("date", "Ngày viết theo dạng ngày/tháng/năm, ví dụ 25/01/2025.");
        form.dateProperty().set("15.3.2025");
        assertThat(form.errors()).isEmpty();
        form.periodFromProperty().set("01/01/2025");
        form.periodToProperty().set("31/12/2024");
        assertThat(form.errors()).containsOnlyKeys("periodTo");
    }

    @Test
    void goodsNeedAnItemAPositiveQuantityAndAUnit() {
        choose(form, "QD102", "qd102-livestock");
        form.sourceProperty().set(FundingSource.CENTRAL_BUDGET);
        assertThat(form.formProperty().get()).isEqualTo(SupportForm.IN_KIND);
        assertThat(form.goodsBinding().get()).isTrue();
        assertThat(form.amountLabelBinding().get()).isEqualTo("Giá trị ước tính (đồng)");
        assertThat(form.errors()).containsEntry("item", "Hỗ trợ hiện vật cần ghi tên hiện vật.")
                .containsEntry("quantity", "Số lượng phải lớn hơn 0.")
                .containsEntry("unit", "Hỗ trợ hiện vật cần ghi đơn vị tính (con, kg, bao…).");
        form.itemProperty().set("Bò giống");
        form.quantityProperty().set("2");
        assertThat(form.errors()).containsOnlyKeys("unit");
        form.quantityProperty().set("1,5");
        form.unitProperty().set("con");
        form.amountProperty().set("30.000.000");
        assertThat(form.errors()).isEmpty();
        assertThat(form.details().quantity()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(form.details().amountVnd()).isEqualTo(30_000_000);

        // Another form drops the goods: hidden fields are not saved.
        form.formProperty().set(SupportForm.CASH);
        assertThat(form.goodsBinding().get()).isFalse();
        assertThat(form.details().item()).isEmpty();
        assertThat(form.details().quantity()).isNull();
    }

    @Test
    void aLoanNeedsItsTermsAndABalanceNotAboveTheAmount() {
        choose(form, "NHCSXH", "credit-poor");
        form.sourceProperty().set(FundingSource.SOCIAL_POLICY_BANK);
        assertThat(form.formProperty().get()).isEqualTo(SupportForm.CREDIT);
        assertThat(form.creditBinding().get()).isTrue();
        assertThat(form.errors()).containsEntry("amount", "Hỗ trợ bằng tiền và cho vay cần có số tiền lớn hơn 0.")
                .containsEntry("term", "Khoản vay cần có thời hạn, lãi suất và dư nợ.");
        form.amountProperty().set("50.000.000");
        form.termProperty().set("60");
        form.rateProperty().set("lãi");
        form.outstandingProperty().set("60.000.000");
        assertThat(form.errors()).containsOnlyKeys("rate", "outstanding")
                .containsEntry("rate", "Nhập một số, ví dụ 2 hoặc 2,5.")
                .containsEntry("outstanding", "Dư nợ không được âm và không lớn hơn số tiền vay.");
        form.rateProperty().set("6");
        assertThat(form.errors()).containsEntry("rate", "Lãi suất phải từ 0 đến 5 %/tháng.");
        form.rateProperty().set("0,55");
        form.outstandingProperty().set("45.000.000");
        form.termProperty().set("0");
        assertThat(form.errors()).containsOnlyKeys("term").containsEntry("term", "Thời hạn vay phải từ 1 đến 240 tháng.");
        form.termProperty().set("60");
        assertThat(form.errors()).isEmpty();
        assertThat(form.details().credit().monthlyRatePercent()).isEqualByComparingTo(new BigDecimal("0.55"));
        assertThat(form.details().credit().outstandingVnd()).isEqualTo(45_000_000);
    }

    @Test
    void theKindsFollowTheProgrammeAndAKindPreselectsItsForm() {
        choose(form, "QUY-VI-NGUOI-NGHEO", null);
        assertThat(form.kinds()).as("by name: Hỗ trợ, quyên góp … · Thăm hỏi … · Xây, sửa nhà …")
                .extracting(SupportKind::code).containsExactly("fund-donation", "fund-tet-visit", "fund-housing");
        choose(form, "QUY-VI-NGUOI-NGHEO", "fund-housing");
        assertThat(form.formProperty().get()).isEqualTo(SupportForm.CASH);
        choose(form, "QUY-VI-NGUOI-NGHEO", "fund-tet-visit");
        assertThat(form.formProperty().get()).isEqualTo(SupportForm.VISIT);
        // A person may still choose another form for this one record.
        form.formProperty().set(SupportForm.IN_KIND);
        assertThat(form.kindProperty().get().code()).isEqualTo("fund-tet-visit");

        choose(form, "NHCSXH", null);
        assertThat(form.kindProperty().get()).isNull();
        assertThat(form.kinds()).allMatch(k -> k.programmeCode().equals("NHCSXH")).hasSize(5);
        // A programme with a single kind chooses it.
        choose(form, "TGXH", null);
        assertThat(form.kindProperty().get().code()).isEqualTo("social-assistance-monthly");
        assertThat(form.formProperty().get()).isEqualTo(SupportForm.CASH);
        form.programmeProperty().set(null);
        assertThat(form.kinds()).isEmpty();
    }

    @Test
    void retiredEntriesAreNotOfferedForNewRecords() {
        var clerk = Fixtures.provinceClerk(fixture.services);
        fixture.services.catalogue().updateKind(clerk, "fund-donation", "Hỗ trợ, quyên góp khác", null, null, true);
        fixture.services.catalogue().updateProgramme(clerk, "TGXH", "Trợ giúp xã hội hằng tháng", null, "", true);
        SupportDetailsViewModel fresh = fixture.details();
        assertThat(fresh.programmes()).noneMatch(p -> p.code().equals("TGXH"));
        choose(fresh, "QUY-VI-NGUOI-NGHEO", null);
        assertThat(fresh.kinds()).extracting(SupportKind::code).containsExactly("fund-tet-visit", "fund-housing");
    }
}
