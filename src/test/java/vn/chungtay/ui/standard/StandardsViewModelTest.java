package vn.chungtay.ui.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.review.MinorityRule;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.standard.StandardsViewModel.ChangeLine;
import vn.chungtay.ui.standard.StandardsViewModel.IndicatorGroup;
import vn.chungtay.ui.standard.StandardsViewModel.LineRow;
import vn.chungtay.ui.standard.StandardsViewModel.StandardItem;
import vn.chungtay.ui.task.SameThreadTaskRunner;

/** The standards screen's state without a screen: list, details as texts, who may correct, the log, the DTTS rule. */
class StandardsViewModelTest {

    private final Messages vi = new Messages(Messages.VIETNAMESE);
    private AppServices services;
    private Actor officer;
    private Actor clerk;

    @BeforeEach
    void open() {
        services = Fixtures.services();
        officer = Fixtures.communeOfficer(services);
        clerk = Fixtures.provinceClerk(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private StandardsViewModel screen(Actor actor, Messages messages, int year) {
        StandardsViewModel model = new StandardsViewModel(services.standards(), services.units(),
                services.settings(), new SameThreadTaskRunner(), messages, actor, Year.of(year));
        model.load();
        return model;
    }

    private static void select(StandardsViewModel model, String code) {
        model.selectedProperty().set(model.items().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow());
    }

    @Test
    void theListHasEveryStandardWithItsYearsAndTheOneInForceIsSelected() {
        StandardsViewModel model = screen(officer, vi, 2025);

        assertThat(model.items()).extracting(StandardItem::code)
                .containsExactly("2016-2020", "2022-2025", "2027-2030");
        assertThat(model.items()).extracting(StandardItem::years).containsExactly("2016–2021", "2022–2026",
                "2027–2030");
        assertThat(model.items()).extracting(StandardItem::provisional).containsExactly(false, false, true);
        assertThat(model.items().get(2).name()).isEqualTo("Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tạm thời)");
        assertThat(model.selectedProperty().get().code()).isEqualTo("2022-2025");
        assertThat(screen(officer, vi, 2021).selectedProperty().get().code()).isEqualTo("2016-2020");
        assertThat(screen(officer, vi, 2028).selectedProperty().get().code()).isEqualTo("2027-2030");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theStandardOf2022ReadsInFull() {
        StandardsViewModel model = screen(officer, vi, 2025);

        assertThat(model.presentProperty().get()).isTrue();
        assertThat(model.titleProperty().get()).isEqualTo("Chuẩn nghèo đa chiều giai đoạn 2022–2025");
        assertThat(model.yearsProperty().get()).isEqualTo("2022–2026 (mã 2022-2025)");
        assertThat(model.legalBasisProperty().get()).startsWith("Nghị định 07/2021/NĐ-CP");
        assertThat(model.ruleProperty().get()).isEqualTo("Hộ nghèo: thu nhập bình quân đầu người ≤ chuẩn nghèo và "
                + "thiếu hụt từ 3 chỉ số trở lên. Hộ cận nghèo: thu nhập ≤ chuẩn nghèo và thiếu hụt dưới 3 chỉ số. "
                + "Phải đủ cả hai điều kiện (“và”, không phải “hoặc”).");
        assertThat(model.scoringProperty().get()).contains("mỗi chỉ số thiếu hụt 10 điểm", "từ 30 trở lên");
        assertThat(model.thresholdProperty().get()).isEqualTo("Từ 3 chỉ số trở lên (trong tổng số 12 chỉ số)");
        assertThat(model.statusProperty().get()).isEqualTo("Chính thức");
        assertThat(model.lines()).containsExactly(
                new LineRow("Chuẩn nghèo", "1.500.000 đ", "2.000.000 đ"),
                new LineRow("Chuẩn cận nghèo", "—", "—"),
                new LineRow("Cận trên mức sống trung bình", "2.250.000 đ", "3.000.000 đ"),
                new LineRow("Ngưỡng điểm B1", "140", "175"));
        assertThat(model.indicatorGroups()).extracting(IndicatorGroup::dimension).containsExactly("Việc làm", "Y tế",
                "Giáo dục", "Nhà ở", "Nước sinh hoạt và vệ sinh", "Thông tin");
        IndicatorGroup housing = model.indicatorGroups().get(3);
        assertThat(housing.indicators()).extracting(StandardsViewModel.IndicatorLine::name)
                .containsExactly("Chất lượng nhà ở", "Diện tích nhà ở bình quân đầu người");
        assertThat(housing.indicators().get(1).definition())
                .isEqualTo("Diện tích nhà ở bình quân đầu người của hộ dưới 8 m².");
        assertThat(housing.indicators().get(1).code()).isEqualTo("housing-area");
    }

    @Test
    void theStandardOf2016HasTheOrRuleAndASeparateNearPovertyLine() {
        StandardsViewModel model = screen(officer, vi, 2025);
        select(model, "2016-2020");

        assertThat(model.ruleProperty().get()).startsWith("Hộ nghèo: thu nhập bình quân đầu người ≤ chuẩn nghèo; hoặc")
                .contains("từ 3 chỉ số trở lên");
        assertThat(model.scoringProperty().get()).as("no B2 threshold").isEmpty();
        assertThat(model.lines()).containsExactly(
                new LineRow("Chuẩn nghèo", "700.000 đ", "900.000 đ"),
                new LineRow("Chuẩn cận nghèo", "1.000.000 đ", "1.300.000 đ"),
                new LineRow("Cận trên mức sống trung bình", "—", "—"),
                new LineRow("Ngưỡng điểm B1", "—", "—"));
        assertThat(model.indicatorGroups()).hasSize(5);
        assertThat(model.indicatorGroups().stream().mapToInt(g -> g.indicators().size()).sum()).isEqualTo(10);
    }

    @Test
    void inEnglishTheIndicatorsHaveTheirEnglishNamesAndAmountsTheirOwnSeparators() {
        StandardsViewModel model = screen(officer, new Messages(Locale.ENGLISH), 2025);

        assertThat(model.lines().get(0)).isEqualTo(new LineRow("Poverty line", "1,500,000 VND", "2,000,000 VND"));
        assertThat(model.indicatorGroups().get(0).indicators()).extracting(StandardsViewModel.IndicatorLine::name)
                .containsExactly("Employment", "Dependants");
        assertThat(model.indicatorGroups().get(0).indicators().get(0).definition())
                .as("definitions are the Vietnamese legal text").isEqualTo("Hộ không có thành viên nào có việc làm ổn định.");
        assertThat(model.thresholdProperty().get()).isEqualTo("3 or more indicators (of 12)");
    }

    @Test
    void onlyAClerkAboveTheCommunesMayCorrectAndOnlyAProvisionalStandard() {
        StandardsViewModel byOfficer = screen(officer, vi, 2028);
        assertThat(byOfficer.clerkProperty().get()).isFalse();
        assertThat(byOfficer.canCorrectProperty().get()).isFalse();
        assertThat(byOfficer.correctionNoteProperty().get())
                .isEqualTo("Chỉ cán bộ cấp huyện, tỉnh được sửa chuẩn tạm thời.");
        assertThat(byOfficer.statusProperty().get()).isEqualTo("Tạm thời — chờ đối chiếu văn bản");

        StandardsViewModel byClerk = screen(clerk, vi, 2028);
        assertThat(byClerk.clerkProperty().get()).isTrue();
        assertThat(byClerk.canCorrectProperty().get()).isTrue();
        assertThat(byClerk.correctionNoteProperty().get()).isEmpty();
        select(byClerk, "2022-2025");
        assertThat(byClerk.canCorrectProperty().get()).isFalse();
        assertThat(byClerk.correctionNoteProperty().get()).startsWith("Chuẩn chính thức chỉ để xem");
    }

    @Test
    void aSavedCorrectionShowsInTheDetailsAndInTheLog() {
        StandardsViewModel model = screen(clerk, vi, 2028);
        assertThat(model.changes()).isEmpty();

        StandardFormViewModel form = model.correctionForm();
        form.area(vn.chungtay.domain.household.Area.RURAL).povertyLineProperty().set("2.300.000");
        form.thresholdProperty().set("4");
        form.save(model::corrected);

        assertThat(model.selectedProperty().get().code()).isEqualTo("2027-2030");
        assertThat(model.lines().get(0)).isEqualTo(new LineRow("Chuẩn nghèo", "2.300.000 đ", "2.800.000 đ"));
        assertThat(model.thresholdProperty().get()).isEqualTo("Từ 4 chỉ số trở lên (trong tổng số 13 chỉ số)");
        assertThat(model.statusProperty().get()).isEqualTo("Tạm thời — chờ đối chiếu văn bản (đã sửa tại đây)");
        assertThat(model.changes()).hasSize(2);
        assertThat(model.changes()).contains(
                new ChangeLine("15/03/2025 10:00", "Trần Thị Bình", "Chuẩn nghèo (Nông thôn)", "2.200.000 đ",
                        "2.300.000 đ"),
                new ChangeLine("15/03/2025 10:00", "Trần Thị Bình", "Ngưỡng thiếu hụt", "3", "4"));

        select(model, "2022-2025");
        assertThat(model.changes()).isEmpty();
        select(model, "2027-2030");
        assertThat(model.changes()).hasSize(2);
    }

    @Test
    void theMinorityRuleIsASettingSavedWhenChosen() {
        StandardsViewModel model = screen(officer, vi, 2025);
        assertThat(model.minorityRules()).containsExactly(MinorityRule.values());
        assertThat(model.minorityRuleProperty().get()).isEqualTo(MinorityRule.HEAD);
        assertThat(model.minorityRuleStatusProperty().get()).as("loading saves nothing").isEmpty();

        model.minorityRuleProperty().set(MinorityRule.HEAD_OR_SPOUSE);

        assertThat(services.settings().minorityRule()).isEqualTo(MinorityRule.HEAD_OR_SPOUSE);
        assertThat(model.minorityRuleStatusProperty().get()).isEqualTo(
                "Đã lưu. Áp dụng cho các phiếu rà soát lưu từ nay.");
        assertThat(screen(clerk, vi, 2025).minorityRuleProperty().get()).isEqualTo(MinorityRule.HEAD_OR_SPOUSE);
        model.minorityRuleProperty().set(MinorityRule.ANY_MEMBER);
        assertThat(services.settings().minorityRule()).isEqualTo(MinorityRule.ANY_MEMBER);
    }
}
