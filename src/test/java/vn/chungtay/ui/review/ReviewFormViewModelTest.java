package vn.chungtay.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.review.RoundRow;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.testsupport.Fixtures;

/** The review form without a screen: the live class and reason, B1, field errors, saving, read-only rounds. */
class ReviewFormViewModelTest {

    private final ReviewScreenFixture fixture = new ReviewScreenFixture();
    private ReviewRound round;

    @BeforeEach
    void open() {
        fixture.open();
        round = fixture.openRound();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ReviewFormViewModel form(String number) {
        return fixture.form(round, fixture.summary(round, number));
    }

    private static void tick(ReviewFormViewModel form, String... codes) {
        for (String code : codes) {
            form.indicators().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow()
                    .lackingProperty().set(true);
        }
    }

    @Test
    void theClassAndItsReasonFollowTheIncomeAndTheTicks() {
        ReviewFormViewModel form = form("01");
        assertThat(form.result().classificationProperty().get()).isNull();
        assertThat(form.result().classTextProperty().get()).isEqualTo("Chưa xếp loại");
        assertThat(form.indicators()).hasSize(12);

        form.incomeProperty().set("1400000");
        tick(form, "employment", "water");
        assertThat(form.result().classificationProperty().get().povertyClass()).isEqualTo(PovertyClass.NEAR_POOR);
        assertThat(form.result().reasonTextProperty().get())
                .isEqualTo("thu nhập 1.400.000 ≤ 1.500.000 và thiếu hụt 2 < 3 → hộ cận nghèo");
        assertThat(form.result().lackingTextProperty().get()).isEqualTo("Thiếu hụt 2/12 chỉ số (ngưỡng 3)");

        tick(form, "latrine");
        assertThat(form.result().classTextProperty().get()).isEqualTo("Hộ nghèo");
        assertThat(form.result().reasonTextProperty().get())
                .isEqualTo("thu nhập 1.400.000 ≤ 1.500.000 và thiếu hụt 3 ≥ 3 → hộ nghèo");
        // Never reviewed before: the household enters the lists as poor.
        assertThat(form.result().transitionProperty().get()).isEqualTo(Transition.ENTERED_POOR);

        form.incomeProperty().set("1.600.000");
        assertThat(form.result().classificationProperty().get().povertyClass()).isEqualTo(PovertyClass.AVERAGE);
        assertThat(form.result().reasonTextProperty().get())
                .isEqualTo("1.500.000 < thu nhập 1.600.000 ≤ 2.250.000 → hộ có mức sống trung bình");
        form.incomeProperty().set("3 000 000");
        assertThat(form.result().classTextProperty().get()).isEqualTo("Không nghèo");
    }

    @Test
    void b1IsOfferedOnlyWhereTheStandardHasItsThresholds() {
        ReviewFormViewModel form = form("01");
        assertThat(form.b1AvailableProperty().get()).isTrue();
        form.useB1Property().set(true);
        form.b1Property().set("120");
        tick(form, "employment", "water", "latrine");
        assertThat(form.result().reasonTextProperty().get()).isEqualTo("điểm B1 120 ≤ 140 và điểm B2 30 ≥ 30 → hộ nghèo");
        assertThat(form.errors()).isEmpty();

        // The 2016–2020 standard has no B1 thresholds.
        fixture.reviewAll(round, 3_000_000);
        fixture.services.rounds().close(fixture.officer, round.id());
        ReviewRound old = fixture.services.rounds().open(fixture.officer, Fixtures.COMMUNE, 2020, RoundKind.REGULAR,
                null);
        ReviewFormViewModel oldForm = fixture.form(old, fixture.summary(old, "01"));
        assertThat(oldForm.b1AvailableProperty().get()).isFalse();
        assertThat(oldForm.indicators()).hasSize(10);
        oldForm.useB1Property().set(true);
        oldForm.b1Property().set("120");
        assertThat(oldForm.errors()).containsKey("b1");
        assertThat(oldForm.canSaveBinding().get()).isFalse();
    }

    @Test
    void anUnreadableIncomeIsAFieldErrorAndBlocksSaving() {
        ReviewFormViewModel form = form("01");
        assertThat(form.errors()).containsEntry("income", "Chưa nhập thu nhập hoặc điểm B1.");
        form.incomeProperty().set("1,4 triệu");
        assertThat(form.errors()).containsEntry("income", "Thu nhập phải là số đồng, ví dụ 1.400.000 hoặc 1400000.");
        assertThat(form.result().classificationProperty().get()).isNull();
        assertThat(form.canSaveBinding().get()).isFalse();

        form.incomeProperty().set("1400000");
        form.tidyIncome();
        assertThat(form.incomeProperty().get()).isEqualTo("1.400.000");
        assertThat(form.errors()).isEmpty();
        form.reviewedOnProperty().set("32/13/2025");
        assertThat(form.errors()).containsKey("reviewedOn");
        form.reviewedOnProperty().set("16/03/2025");
        assertThat(form.errors()).containsEntry("reviewedOn", "Ngày rà soát ở tương lai.");
        form.reviewedOnProperty().set("15/03/2025");
        assertThat(form.canSaveBinding().get()).isTrue();
    }

    @Test
    void theFormStartsFromTheRegisterAndTheActor() {
        ReviewFormViewModel form = form("02");
        assertThat(form.reviewerProperty().get()).isEqualTo("Nguyễn Văn A");
        assertThat(form.reviewedOnProperty().get()).isEqualTo("15/03/2025");
        assertThat(form.femaleHeadProperty().get()).as("Y Bhơ heads the household").isTrue();
        assertThat(form.summary().minorityProperty().get()).startsWith("Hộ dân tộc thiểu số (DTTS): không")
                .contains("Chủ hộ là người dân tộc thiểu số");
        assertThat(form.summary().previousProperty().get()).contains("chưa có");
        assertThat(form.summary().linesProperty().get()).contains("1.500.000").contains("140");

        ReviewFormViewModel banaHousehold = form("03");
        assertThat(banaHousehold.summary().minorityProperty().get()).startsWith("Hộ dân tộc thiểu số (DTTS): có");
        assertThat(banaHousehold.femaleHeadProperty().get()).isFalse();
        assertThat(banaHousehold.dirtyProperty().get()).isFalse();
    }

    @Test
    void savingStoresTheReviewAndTheRoundShowsTheRowReviewed() {
        RoundViewModel screen = fixture.roundScreen(round);
        HouseholdSummary household = fixture.summary(round, "01");
        ReviewFormViewModel form = fixture.form(round, household);
        form.incomeProperty().set("1.400.000");
        tick(form, "employment", "water", "latrine");
        form.meritoriousProperty().set(true);
        form.noteProperty().set("Nhà dột");
        assertThat(form.dirtyProperty().get()).isTrue();
        List<HouseholdReview> saved = new ArrayList<>();
        form.save(saved::add);
        assertThat(saved).as(form.generalErrorProperty().get() + form.errors()).hasSize(1);
        assertThat(form.dirtyProperty().get()).isFalse();

        HouseholdReview stored = fixture.services.reviews().context(round.id(), household.id()).existing();
        assertThat(stored.povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(stored.details().evidence()).isEqualTo(new Evidence.Income(1_400_000));
        assertThat(stored.details().lacking()).containsExactly("employment", "water", "latrine");
        assertThat(stored.details().categories().meritorious()).isTrue();
        assertThat(stored.details().reviewer()).isEqualTo("Nguyễn Văn A");

        screen.reviewSaved(saved.get(0));
        RoundRow row = screen.rows().stream().filter(r -> r.household().id().equals(household.id())).findFirst()
                .orElseThrow();
        assertThat(row.reviewed()).isTrue();
        assertThat(row.review().povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(screen.reviewedProperty().get()).isEqualTo(1);
        assertThat(screen.progressTextProperty().get()).startsWith("Toàn xã: đã rà soát 1/3 hộ");

        // Opening it again shows what was saved, unchanged.
        ReviewFormViewModel again = fixture.form(round, household);
        assertThat(again.incomeProperty().get()).isEqualTo("1.400.000");
        assertThat(again.result().classTextProperty().get()).isEqualTo("Hộ nghèo");
        assertThat(again.meritoriousProperty().get()).isTrue();
        assertThat(again.dirtyProperty().get()).isFalse();
        assertThat(again.result().transitionProperty().get()).isEqualTo(Transition.ENTERED_POOR);
    }

    @Test
    void aClosedRoundOpensTheFormReadOnly() {
        fixture.reviewAll(round, 1_000_000);
        fixture.services.rounds().close(fixture.officer, round.id());
        ReviewFormViewModel form = form("01");
        assertThat(form.readOnlyProperty().get()).isTrue();
        assertThat(form.incomeProperty().get()).isEqualTo("1.000.000");
        assertThat(form.canSaveBinding().get()).isFalse();
        form.incomeProperty().set("2.000.000");
        List<HouseholdReview> saved = new ArrayList<>();
        form.save(saved::add);
        assertThat(saved).isEmpty();
    }
}
