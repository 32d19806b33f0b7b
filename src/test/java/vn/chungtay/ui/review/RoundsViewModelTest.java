package vn.chungtay.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.testsupport.Fixtures;

/** The list of rounds and the dialog that opens one, without a screen. */
class RoundsViewModelTest {

    private final ReviewScreenFixture fixture = new ReviewScreenFixture();

    @BeforeEach
    void open() {
        fixture.open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void opensARoundUnderTheStandardOfItsYear() {
        RoundsViewModel model = fixture.roundsScreen();
        assertThat(model.communes()).extracting(c -> c.code()).containsExactly(Fixtures.COMMUNE);
        assertThat(model.communeProperty().get().code()).isEqualTo(Fixtures.COMMUNE);
        assertThat(model.items()).isEmpty();

        OpenRoundViewModel form = model.newRoundForm();
        assertThat(form.yearProperty().get()).isEqualTo("2025");
        assertThat(form.kindProperty().get()).isEqualTo(RoundKind.PERIODIC);
        assertThat(form.standardProperty().get().code()).isEqualTo("2022-2025");
        assertThat(form.standardInfoProperty().get()).contains("Nghị định 07/2021/NĐ-CP").contains("2022–2026");

        form.yearProperty().set("2020");
        assertThat(form.standardProperty().get().code()).isEqualTo("2016-2020");
        assertThat(form.standardInfoProperty().get()).contains("Quyết định 59/2015/QĐ-TTg");
        // The standard can be overridden; the dialog says it does not apply to the year.
        form.standardProperty().set(form.standards().stream().filter(s -> s.code().equals("2022-2025"))
                .findFirst().orElseThrow());
        assertThat(form.standardInfoProperty().get()).contains("không áp dụng cho năm 2020");
        form.yearProperty().set("20x5");
        assertThat(form.errors()).containsEntry("year", "Năm viết đủ 4 chữ số, ví dụ 2025.");
        assertThat(form.canSaveBinding().get()).isFalse();
        form.yearProperty().set("2025");

        List<ReviewRound> opened = new ArrayList<>();
        form.save(opened::add);
        assertThat(opened).as(form.generalErrorProperty().get()).hasSize(1);
        assertThat(opened.get(0).standardCode()).isEqualTo("2022-2025");
        model.roundOpened(opened.get(0));
        assertThat(model.items()).hasSize(1);
        RoundsViewModel.RoundItem item = model.selectedProperty().get();
        assertThat(item.round().id()).isEqualTo(opened.get(0).id());
        assertThat(item.standardName()).isEqualTo("Chuẩn nghèo đa chiều giai đoạn 2022–2025");
        assertThat(model.progressText(item)).isEqualTo("0/3 hộ");
    }

    @Test
    void theServicesRefusalsShowOnTheForm() {
        RoundsViewModel model = fixture.roundsScreen();
        OpenRoundViewModel first = model.newRoundForm();
        first.save(model::roundOpened);
        OpenRoundViewModel second = model.newRoundForm();
        second.kindProperty().set(RoundKind.REGULAR);
        List<ReviewRound> opened = new ArrayList<>();
        second.save(opened::add);
        assertThat(opened).isEmpty();
        assertThat(second.generalErrorProperty().get())
                .isEqualTo("Xã đang có một đợt rà soát mở: khóa đợt đó trước.");

        second.yearProperty().set("2031");
        assertThat(second.standardProperty().get()).as("kept: no standard applies to 2031").isNotNull();
        second.save(opened::add);
        assertThat(second.errors()).containsEntry("year", "Năm rà soát phải từ 2016 đến 2026.");
    }

    @Test
    void aProvinceClerkChoosesAmongItsCommunes() {
        Actor clerk = Fixtures.provinceClerk(fixture.services);
        fixture.openRound();
        RoundsViewModel model = new RoundsViewModel(fixture.services.rounds(), fixture.services.reviews(),
                fixture.services.standards(), fixture.services.units(), fixture.tasks, fixture.messages, clerk,
                Fixtures.TODAY);
        model.load();
        assertThat(model.communes()).extracting(c -> c.code())
                .containsExactly(Fixtures.COMMUNE, Fixtures.OTHER_COMMUNE);
        assertThat(model.items()).hasSize(1);
        model.communeProperty().set(model.communes().get(1));
        assertThat(model.items()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }
}
