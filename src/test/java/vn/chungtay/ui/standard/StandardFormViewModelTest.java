package vn.chungtay.ui.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.StandardChange;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.task.SameThreadTaskRunner;

/** The correction form: filled from the standard, checked as typed, saved through the service, refusals shown. */
class StandardFormViewModelTest {

    private final Messages vi = new Messages(Messages.VIETNAMESE);
    private AppServices services;
    private Actor clerk;
    private Actor officer;

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

    private StandardDetails provisional() {
        return services.standards().find("2027-2030").orElseThrow().details();
    }

    private StandardFormViewModel form(Actor actor) {
        StandardFormViewModel form = new StandardFormViewModel(services.standards(), new SameThreadTaskRunner(), vi,
                actor);
        form.start(provisional());
        return form;
    }

    private static IndicatorFields row(StandardFormViewModel form, String code) {
        return form.indicators().stream().filter(r -> r.codeProperty().get().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theFormStartsFromTheStandardAsItIs() {
        StandardFormViewModel form = form(clerk);

        assertThat(form.titleProperty().get()).isEqualTo("Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tạm thời) · 2027-2030");
        assertThat(form.firstYearProperty().get()).isEqualTo("2027");
        assertThat(form.lastYearProperty().get()).isEqualTo("2030");
        assertThat(form.thresholdProperty().get()).isEqualTo("3");
        assertThat(form.area(Area.RURAL).povertyLineProperty().get()).isEqualTo("2.200.000");
        assertThat(form.area(Area.URBAN).povertyLineProperty().get()).isEqualTo("2.800.000");
        assertThat(form.area(Area.RURAL).nearPoorLineProperty().get()).isEmpty();
        assertThat(form.area(Area.RURAL).averageUpperProperty().get()).isEmpty();
        assertThat(form.area(Area.URBAN).b1MaxProperty().get()).isEmpty();
        assertThat(form.indicators()).hasSize(13);
        assertThat(form.indicators()).noneMatch(IndicatorFields::isAdded);
        assertThat(row(form, "employment").nameProperty().get()).isEqualTo("Việc làm");
        assertThat(row(form, "employment").nameEnProperty().get()).isEqualTo("Employment");
        assertThat(form.errors()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.canSaveBinding().get()).isTrue();
    }

    @Test
    void numbersThatDoNotReadAreErrorsOnTheirFields() {
        StandardFormViewModel form = form(clerk);

        form.area(Area.RURAL).povertyLineProperty().set("hai triệu");
        form.area(Area.URBAN).povertyLineProperty().set(" ");
        form.area(Area.URBAN).b1MaxProperty().set("2000");
        form.thresholdProperty().set("ba");
        form.firstYearProperty().set("27");

        assertThat(form.errors()).containsOnlyKeys("lines.RURAL.povertyLine", "lines.URBAN.povertyLine",
                "lines.URBAN.b1Max", "deprivationThreshold", "firstYear");
        assertThat(form.errors().get("lines.RURAL.povertyLine"))
                .isEqualTo("Nhập số đồng lớn hơn 0, ví dụ 2.200.000; để trống nếu không có.");
        assertThat(form.errors().get("lines.URBAN.povertyLine")).isEqualTo("Chưa nhập chuẩn nghèo của khu vực này.");
        assertThat(form.errors().get("lines.URBAN.b1Max")).isEqualTo("Nhập điểm từ 0 đến 1000; để trống nếu chưa có.");
        assertThat(form.errors().get("deprivationThreshold")).isEqualTo("Nhập một số nguyên, ví dụ 3.");
        assertThat(form.errors().get("firstYear")).isEqualTo("Nhập năm gồm 4 chữ số, ví dụ 2027.");
        assertThat(form.canSaveBinding().get()).isFalse();

        form.save(saved -> { });
        assertThat(services.standards().changes("2027-2030")).as("an invalid form saves nothing").isEmpty();
    }

    @Test
    void theDomainsOwnRulesApplyOnceTheNumbersRead() {
        StandardFormViewModel form = form(clerk);

        form.thresholdProperty().set("0");
        form.lastYearProperty().set("2026");
        form.area(Area.RURAL).averageUpperProperty().set("2.000.000");
        form.area(Area.URBAN).nearPoorLineProperty().set("2.700.000");

        assertThat(form.errors()).containsOnlyKeys("deprivationThreshold", "lastYear", "lines.RURAL.averageUpper",
                "lines.URBAN.nearPoorLine");
        assertThat(form.errors().get("lines.URBAN.nearPoorLine"))
                .isEqualTo("Chuẩn cận nghèo không được thấp hơn chuẩn nghèo.");
        form.area(Area.URBAN).nearPoorLineProperty().set("");
        assertThat(form.errors()).containsOnlyKeys("deprivationThreshold", "lastYear", "lines.RURAL.averageUpper");
        assertThat(form.errors().get("deprivationThreshold"))
                .isEqualTo("Số chỉ số thiếu hụt để là hộ nghèo phải từ 1 đến 13.");
        assertThat(form.errors().get("lastYear")).isEqualTo(vi.get("validation.standard.years"));
        assertThat(form.errors().get("lines.RURAL.averageUpper"))
                .isEqualTo(vi.get("validation.standard.average-band"));

        form.thresholdProperty().set("3");
        form.lastYearProperty().set("2030");
        form.area(Area.RURAL).averageUpperProperty().set("3.300.000");
        assertThat(form.errors()).isEmpty();
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void indicatorsAreAddedRenamedAndRemoved() {
        StandardFormViewModel form = form(clerk);

        IndicatorFields added = form.addIndicator();
        assertThat(added.isAdded()).isTrue();
        assertThat(added.dimensionProperty().get()).as("the last one's dimension, to start from")
                .isEqualTo("Nước sinh hoạt và vệ sinh");
        assertThat(form.errors()).containsOnlyKeys("indicators[13].code", "indicators[13].name");
        added.codeProperty().set("water");
        assertThat(form.errors().get("indicators[13].code")).isEqualTo("Mã chỉ số „water” bị trùng.");
        added.codeProperty().set("electricity");
        added.dimensionProperty().set("Điều kiện sống");
        added.nameProperty().set(Normalizer.normalize("Điện   sinh hoạt", Normalizer.Form.NFD));
        added.definitionProperty().set("Hộ không có điện lưới.");
        row(form, "water").nameProperty().set("Nguồn nước sạch");
        form.removeIndicator(row(form, "waste-treatment"));
        assertThat(form.errors()).isEmpty();

        PovertyStandard[] saved = new PovertyStandard[1];
        form.save(s -> saved[0] = s);

        assertThat(saved[0]).isNotNull();
        StandardDetails now = services.standards().find("2027-2030").orElseThrow().details();
        assertThat(now.indicators()).hasSize(13);
        assertThat(now.indicator("waste-treatment")).isEmpty();
        Indicator electricity = now.indicator("electricity").orElseThrow();
        assertThat(electricity.name()).as("NFC, spaces collapsed").isEqualTo("Điện sinh hoạt");
        assertThat(electricity.nameEn()).as("no English name given: the Vietnamese one").isEqualTo("Điện sinh hoạt");
        assertThat(now.indicator("water").orElseThrow().name()).isEqualTo("Nguồn nước sạch");
        assertThat(now.indicator("water").orElseThrow().nameEn()).isEqualTo("Domestic water");
        assertThat(services.standards().changes("2027-2030")).extracting(StandardChange::field)
                .containsExactlyInAnyOrder("indicator.water", "indicator.waste-treatment", "indicator.electricity");
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void theServicesRefusalsShowOnTheFieldsOrAsTheGeneralError() {
        StandardFormViewModel form = form(clerk);
        form.firstYearProperty().set("2026");

        form.save(saved -> { });

        assertThat(form.errors()).containsOnlyKeys("firstYear");
        assertThat(form.errors().get("firstYear"))
                .isEqualTo("Năm áp dụng trùng với chuẩn 2022-2025: mỗi năm chỉ có một chuẩn nghèo.");
        assertThat(form.generalErrorProperty().get()).isEmpty();
        assertThat(form.savingProperty().get()).isFalse();

        StandardFormViewModel byOfficer = form(officer);
        byOfficer.thresholdProperty().set("4");
        byOfficer.save(saved -> { });
        assertThat(byOfficer.generalErrorProperty().get()).isEqualTo(vi.get("error.access-denied", "23425"));
        assertThat(services.standards().find("2027-2030").orElseThrow().details().deprivationThreshold())
                .isEqualTo(3);
    }

    @Test
    void anOfficialStandardIsRefusedEvenIfAFormIsOpenedForIt() {
        StandardFormViewModel form = new StandardFormViewModel(services.standards(), new SameThreadTaskRunner(), vi,
                clerk);
        form.start(services.standards().find("2022-2025").orElseThrow().details());
        form.thresholdProperty().set("4");

        form.save(saved -> { });

        assertThat(form.generalErrorProperty().get())
                .isEqualTo("Chuẩn 2022-2025 đã được ban hành chính thức nên không sửa được.");
        assertThat(form.fields()).contains("lines.RURAL.povertyLine", "indicators[11].code")
                .doesNotContain("indicators[12].code");
        assertThat(List.copyOf(form.indicators())).hasSize(12);
    }
}
