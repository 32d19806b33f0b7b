package vn.chungtay.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.support.SupportService;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.ui.support.BulkSupportViewModel.Choice;

/** One support for many households: who the criteria reach, picking by hand, one save for all or none. */
class BulkSupportViewModelTest {

    private final SupportScreenFixture fixture = new SupportScreenFixture();
    private BulkSupportViewModel bulk;

    @BeforeEach
    void open() {
        fixture.open();
        bulk = fixture.bulk();
        assertThat(bulk.errorProperty().get()).isEmpty();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static List<String> numbers(BulkSupportViewModel model) {
        return model.choices().stream().map(c -> c.recipient().household().number()).toList();
    }

    private Choice choice(String number) {
        return bulk.choices().stream().filter(c -> c.recipient().household().number().equals(number)).findFirst()
                .orElseThrow();
    }

    @Test
    void theVillagesPoorHouseholdsAreExactlyThePreview() {
        assertThat(bulk.communes()).hasSize(1);
        assertThat(bulk.villages()).hasSize(2);
        bulk.villageProperty().set(fixture.konKlor);
        bulk.classProperty(PovertyClass.POOR).set(true);
        bulk.preview();
        assertThat(numbers(bulk)).containsExactlyInAnyOrder("01", "02");
        assertThat(bulk.choices()).allMatch(c -> c.recipient().latestClass() == PovertyClass.POOR)
                .allMatch(c -> c.pickedProperty().get());
        assertThat(choice("02").recipient().minority()).isTrue();

        // Near-poor too; then DTTS only; then the whole commune.
        bulk.classProperty(PovertyClass.NEAR_POOR).set(true);
        assertThat(bulk.choices()).as("changing the criteria drops the preview").isEmpty();
        assertThat(bulk.previewedProperty().get()).isFalse();
        bulk.preview();
        assertThat(numbers(bulk)).containsExactlyInAnyOrder("01", "02", "03");
        bulk.minorityOnlyProperty().set(true);
        bulk.preview();
        assertThat(numbers(bulk)).containsExactly("02");
        bulk.minorityOnlyProperty().set(false);
        bulk.classProperty(PovertyClass.NEAR_POOR).set(false);
        bulk.villageProperty().set(null);
        bulk.preview();
        assertThat(numbers(bulk)).containsExactlyInAnyOrder("01", "02", "05");
    }

    @Test
    void unpickingByHandChangesTheCountAndTheTotal() {
        SupportDetailsViewModelTest.tetVisit(bulk.details());
        bulk.classProperty(PovertyClass.POOR).set(true);
        bulk.preview();
        assertThat(bulk.pickedCountProperty().get()).isEqualTo(3);
        assertThat(bulk.totalProperty().get()).isEqualTo(1_500_000);
        assertThat(bulk.countText()).isEqualTo("Đã chọn 3/3 hộ · tổng 1,50 triệu đồng (1.500.000 đồng)");
        choice("05").pickedProperty().set(false);
        assertThat(bulk.pickedCountProperty().get()).isEqualTo(2);
        assertThat(bulk.totalProperty().get()).isEqualTo(1_000_000);
        bulk.details().amountProperty().set("300.000");
        assertThat(bulk.totalProperty().get()).isEqualTo(600_000);
        bulk.pickAll(false);
        assertThat(bulk.pickedCountProperty().get()).isZero();
        assertThat(bulk.canSaveBinding().get()).isFalse();
        bulk.pickAll(true);
        assertThat(bulk.totalProperty().get()).isEqualTo(900_000);
        assertThat(bulk.canSaveBinding().get()).isTrue();
    }

    @Test
    void savingWritesOneEventPerPickedHouseholdWithOneBatchId() {
        SupportDetailsViewModelTest.tetVisit(bulk.details());
        bulk.villageProperty().set(fixture.konKlor);
        bulk.classProperty(PovertyClass.POOR).set(true);
        bulk.classProperty(PovertyClass.NEAR_POOR).set(true);
        bulk.preview();
        choice("03").pickedProperty().set(false);
        List<SupportService.Batch> batches = new ArrayList<>();
        bulk.save(batches::add);

        assertThat(bulk.errorProperty().get()).isEmpty();
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).events()).hasSize(2);
        assertThat(batches.get(0).totalVnd()).isEqualTo(1_000_000);
        List<SupportEvent> saved = fixture.allEvents();
        assertThat(saved).hasSize(2);
        assertThat(saved).extracting(SupportEvent::householdId).containsExactlyInAnyOrder(
                fixture.household("01").id(), fixture.household("02").id());
        UUID batchId = saved.get(0).batchId();
        assertThat(batchId).isNotNull().isEqualTo(batches.get(0).batchId());
        assertThat(saved).allMatch(e -> Objects.equals(e.batchId(), batchId))
                .allMatch(e -> e.details().amountVnd() == 500_000 && e.details().kindCode().equals("fund-tet-visit"));
        assertThat(bulk.savedProperty().get()).isEqualTo("Đã lưu 2 lượt hỗ trợ, tổng 1.000.000 đồng.");
        assertThat(bulk.choices()).as("a saved preview is not saved twice").isEmpty();
        assertThat(bulk.canSaveBinding().get()).isFalse();
    }

    @Test
    void aFailureSavesNothing() {
        SupportDetailsViewModelTest.tetVisit(bulk.details());
        bulk.classProperty(PovertyClass.POOR).set(true);
        bulk.preview();
        assertThat(bulk.choices()).hasSize(3);
        // Another clerk deletes a household between the preview and the save.
        fixture.services.households().delete(fixture.officer, fixture.household("05").id());
        List<SupportService.Batch> batches = new ArrayList<>();
        bulk.save(batches::add);
        assertThat(batches).isEmpty();
        int row = bulk.choices().indexOf(choice("05")) + 1;
        assertThat(bulk.errorProperty().get()).as("the refused household is named").isEqualTo("Hộ số 05 (dòng " + row
                + " trong danh sách hộ nhận) đã bị xóa nên không ghi được; chưa lưu khoản hỗ trợ nào cho danh sách này.");
        assertThat(fixture.allEvents()).isEmpty();
        assertThat(bulk.choices()).as("the preview stays, to correct and save again").hasSize(3);

        // The service's refusal of a detail shows on its field, and again nothing is saved.
        choice("05").pickedProperty().set(false);
        bulk.details().dateProperty().set("01/01/1999");
        assertThat(bulk.details().errors()).containsKey("date");
        assertThat(bulk.canSaveBinding().get()).isFalse();
        bulk.save(batches::add);
        assertThat(fixture.allEvents()).isEmpty();

        bulk.details().dateProperty().set("10/02/2025");
        bulk.save(batches::add);
        assertThat(fixture.allEvents()).hasSize(2);
    }
}
