package vn.chungtay.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.review.ReviewInput;
import vn.chungtay.app.review.RoundRow;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.Movement;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundEvent;
import vn.chungtay.domain.review.RoundStatus;
import vn.chungtay.testsupport.Fixtures;

/** A round at work without a screen: progress, filters, closing and reopening, movement tables, history. */
class RoundViewModelTest {

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

    private static List<String> numbers(RoundViewModel model) {
        return model.rows().stream().map(r -> r.household().number()).toList();
    }

    @Test
    void listsTheCommunesHouseholdsWithProgressAndFilters() {
        RoundViewModel model = fixture.roundScreen(round);
        assertThat(model.titleProperty().get()).isEqualTo("Rà soát định kỳ năm 2025 — Xã Đắk Pxi (23425)");
        assertThat(model.detailsProperty().get()).contains("Chuẩn nghèo đa chiều giai đoạn 2022–2025")
                .contains("15/03/2025");
        assertThat(numbers(model)).containsExactlyInAnyOrder("01", "02", "03");
        assertThat(model.progressTextProperty().get())
                .isEqualTo("Toàn xã: đã rà soát 0/3 hộ, còn 3 hộ chưa rà soát");
        assertThat(model.villages()).hasSize(2);

        model.villageProperty().set(fixture.konKlor);
        assertThat(numbers(model)).containsExactlyInAnyOrder("01", "02");
        assertThat(model.totalProperty().get()).isEqualTo(2);
        assertThat(model.progressTextProperty().get()).startsWith("Thôn Kon Klor: đã rà soát 0/2 hộ");

        // The search ignores diacritics and works within the village.
        model.searchTextProperty().set("bho");
        assertThat(numbers(model)).containsExactly("02");
        model.searchTextProperty().set("thắm");
        assertThat(numbers(model)).isEmpty();
        model.villageProperty().set(null);
        assertThat(numbers(model)).containsExactly("03");
        model.searchTextProperty().set("");
        assertThat(model.rows()).hasSize(3);
    }

    @Test
    void closingIsRefusedWhileHouseholdsAreUnreviewedThenAccepted() {
        RoundViewModel model = fixture.roundScreen(round);
        assertThat(model.canCloseBinding().get()).isTrue();
        List<String> refusals = new ArrayList<>();
        model.close(refusals::add);
        assertThat(refusals).containsExactly("Còn 3 hộ chưa được rà soát trong đợt định kỳ này.");
        assertThat(model.roundProperty().get().status()).isEqualTo(RoundStatus.OPEN);

        fixture.reviewAll(round, 1_000_000);
        model.load(round.id());
        assertThat(model.reviewedProperty().get()).isEqualTo(3);
        assertThat(model.rows()).allMatch(RoundRow::reviewed);
        model.close(refusals::add);
        assertThat(refusals).hasSize(1);
        assertThat(model.roundProperty().get().status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(model.canCloseBinding().get()).isFalse();
        assertThat(model.canReopenBinding().get()).isTrue();
        assertThat(model.events()).extracting(RoundEvent::kind)
                .containsExactly(RoundEvent.Kind.OPENED, RoundEvent.Kind.CLOSED);
    }

    @Test
    void reopeningNeedsAReasonWhichTheLogKeeps() {
        fixture.reviewAll(round, 1_000_000);
        RoundViewModel model = fixture.roundScreen(round);
        model.close(text -> { });
        ReopenRoundViewModel form = model.reopenForm();
        boolean[] done = {false};
        form.save(() -> done[0] = true);
        assertThat(done[0]).isFalse();
        assertThat(form.errors()).containsEntry("reason", "Cần ghi lý do mở lại đợt đã khóa.");
        assertThat(model.roundProperty().get().isOpen()).isFalse();

        form.reasonProperty().set("Bổ sung hộ mới tách");
        assertThat(form.errors()).isEmpty();
        form.save(() -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(model.roundProperty().get().isOpen()).isTrue();
        RoundEvent last = model.events().get(model.events().size() - 1);
        assertThat(last.kind()).isEqualTo(RoundEvent.Kind.REOPENED);
        assertThat(last.note()).isEqualTo("Bổ sung hộ mới tách");
    }

    @Test
    void theMovementTablesBalanceForTheCommuneAndEachVillage() {
        RoundViewModel model = fixture.roundScreen(round);
        MovementViewModel movement = model.movement();
        assertThat(movement.shownProperty().get()).as("loads only when shown").isNull();
        // Two poor households in Kon Klor (1,000,000 and 3 deprivations), one not poor in Đắk Lây.
        for (RoundRow row : model.rows()) {
            boolean konKlor = row.household().villageName().equals("Thôn Kon Klor");
            fixture.services.reviews().save(fixture.officer, round.id(), row.household().id(), new ReviewInput(
                    new Evidence.Income(konKlor ? 1_000_000 : 5_000_000),
                    konKlor ? List.of("employment", "water", "latrine") : List.of(), false, false, false, "",
                    Fixtures.TODAY, ""));
        }
        movement.setWanted(true);
        Movement commune = movement.shownProperty().get();
        assertThat(commune.poorHouseholds().start()).isZero();
        assertThat(commune.poorHouseholds().end()).isEqualTo(2);
        assertThat(commune.poorHouseholds().otherIncrease()).isEqualTo(2);
        assertThat(commune.poorPersons().end()).isEqualTo(4);
        assertThat(movement.balancesProperty().get()).isTrue();
        assertThat(movement.balanceTextProperty().get()).startsWith("✓ Toàn xã");

        movement.villageProperty().set(fixture.dakLay);
        assertThat(movement.shownProperty().get().poorHouseholds().end()).isZero();
        assertThat(movement.balanceTextProperty().get()).startsWith("✓ Làng Đắk Lây");
    }

    @Test
    void theHistoryShowsEachRoundOfAHousehold() {
        var household = fixture.summary(round, "01");
        fixture.services.reviews().save(fixture.officer, round.id(), household.id(), new ReviewInput(
                new Evidence.Income(1_400_000), List.of("water", "latrine", "employment"), false, false, false,
                "Trần Văn Tư", Fixtures.TODAY, ""));
        ReviewHistoryViewModel history = new ReviewHistoryViewModel(fixture.services.reviews(),
                fixture.services.standards(), fixture.tasks, fixture.messages);
        history.load(household.id());
        assertThat(history.lines()).hasSize(1);
        ReviewHistoryViewModel.HistoryLine line = history.lines().get(0);
        assertThat(line.year()).isEqualTo("2025");
        assertThat(line.kind()).isEqualTo("Rà soát định kỳ");
        assertThat(line.classText()).isEqualTo("Hộ nghèo");
        assertThat(line.transition()).isEqualTo("Hộ mới vào danh sách: nghèo");
        assertThat(line.lacking()).isEqualTo("Việc làm; Nguồn nước sinh hoạt; Nhà tiêu hợp vệ sinh");
        assertThat(line.evidence()).isEqualTo("1.400.000 đ");
        assertThat(line.reviewer()).isEqualTo("Trần Văn Tư");
        assertThat(line.date()).isEqualTo("15/03/2025");

        history.load(fixture.summary(round, "02").id());
        assertThat(history.lines()).isEmpty();
    }
}
