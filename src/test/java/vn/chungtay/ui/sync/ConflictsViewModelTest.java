package vn.chungtay.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.ui.sync.ConflictsViewModel.Choice;
import vn.chungtay.ui.sync.ConflictsViewModel.ConflictItem;
import vn.chungtay.ui.sync.ConflictsViewModel.FieldRow;

/**
 * The conflict queue's model on installation B after A's and B's edits of household 0101 collided: the list in words,
 * the fields side by side, a choice needed for each colliding field, and the resolution written as chosen with the
 * other side's disjoint edit merged.
 */
class ConflictsViewModelTest {

    @TempDir
    Path folder;

    private SyncScreenFixture fixture;
    private final AtomicInteger resolutions = new AtomicInteger();

    @BeforeEach
    void open() {
        fixture = new SyncScreenFixture(folder).open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ConflictsViewModel model() {
        ConflictsViewModel model = new ConflictsViewModel(fixture.b.sync(), fixture.b.households(),
                fixture.b.units(), fixture.tasks, fixture.messages, fixture.clerk, resolutions::incrementAndGet);
        model.load();
        return model;
    }

    private static FieldRow row(ConflictsViewModel model, String field) {
        return model.fields().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void noConflictsReadsAsAnEmptyQueue() {
        fixture.importIntoB(fixture.exportFromA(true));
        ConflictsViewModel model = model();
        assertThat(model.items()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.canResolveProperty().get()).isFalse();
    }

    @Test
    void theConflictReadsInWordsAndTakingTheirsKeepsBothEditsOfA() {
        fixture.phoneConflictOnB();
        ConflictsViewModel model = model();
        assertThat(model.items()).hasSize(1);
        ConflictItem item = model.items().get(0);
        assertThat(item.type()).isEqualTo("Hộ gia đình");
        assertThat(item.record()).isEqualTo("Hộ số 0101 — Nguyễn Văn Ánh");
        assertThat(item.fields()).isEqualTo("Điện thoại");
        assertThat(item.owner()).isEqualTo("Xã Đắk Pxi (23425)");
        assertThat(item.mine()).startsWith("Trần Thị Bình\n");
        assertThat(item.theirs()).startsWith("Nguyễn Văn A\n");
        assertThat(model.selectedProperty().get()).isEqualTo(item);

        // The colliding field first, with a choice to make; the others for context, in words.
        FieldRow phone = model.fields().get(0);
        assertThat(phone.field()).isEqualTo("phone");
        assertThat(phone.label()).isEqualTo("Điện thoại");
        assertThat(phone.conflicting()).isTrue();
        assertThat(phone.mine()).isEqualTo("0911222333");
        assertThat(phone.theirs()).isEqualTo("0987654321");
        assertThat(model.fields()).filteredOn(FieldRow::conflicting).hasSize(1);
        FieldRow address = row(model, "address");
        assertThat(address.label()).isEqualTo("Địa chỉ");
        assertThat(address.theirs()).isEqualTo("Tổ 3, Thôn Kon Klor");
        assertThat(row(model, "village").mine()).isEqualTo("Thôn Kon Klor");
        assertThat(row(model, "area").mine()).isEqualTo("Nông thôn");
        assertThat(model.fields()).noneMatch(f -> f.field().equals("deleted"));
        assertThat(model.mineHeaderProperty().get()).startsWith("Sửa bởi Trần Thị Bình lúc ");
        assertThat(model.theirsHeaderProperty().get()).startsWith("Sửa bởi Nguyễn Văn A lúc ");

        assertThat(model.canResolveProperty().get()).as("no choice yet").isFalse();
        model.takeAll(Choice.THEIRS);
        assertThat(phone.choiceProperty().get()).isEqualTo(Choice.THEIRS);
        assertThat(model.canResolveProperty().get()).isTrue();
        model.resolve();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Đã giải quyết xung đột: Hộ số 0101 — Nguyễn Văn Ánh."
                + " Kết quả được lưu thành phiên bản mới và sẽ được gửi đi trong gói sau.");
        assertThat(model.items()).isEmpty();
        assertThat(model.fields()).isEmpty();
        assertThat(resolutions.get()).isEqualTo(1);
        assertThat(fixture.inB().details().phone()).isEqualTo("0987654321");
        assertThat(fixture.inB().details().address()).isEqualTo("Tổ 3, Thôn Kon Klor");
        assertThat(fixture.b.sync().conflicts(fixture.clerk)).isEmpty();
    }

    @Test
    void keepingMineKeepsThePhoneHereAndStillMergesTheAddress() {
        fixture.phoneConflictOnB();
        ConflictsViewModel model = model();
        row(model, "phone").choiceProperty().set(Choice.MINE);
        model.resolve();
        assertThat(model.items()).isEmpty();
        assertThat(fixture.inB().details().phone()).isEqualTo("0911222333");
        assertThat(fixture.inB().details().address()).isEqualTo("Tổ 3, Thôn Kon Klor");
    }

    @Test
    void aMemberInConflictIsNamedWithItsHousehold() {
        fixture.importIntoB(fixture.exportFromA(true));
        fixture.renameChild(fixture.a, fixture.officer, "Nguyễn Thị Hoà Bình");
        fixture.renameChild(fixture.b, fixture.clerk, "Nguyễn Thị Hòa An");
        fixture.importIntoB(fixture.exportFromA(false));
        ConflictsViewModel model = model();
        assertThat(model.items()).hasSize(1);
        ConflictItem item = model.items().get(0);
        assertThat(item.type()).isEqualTo("Thành viên hộ");
        assertThat(item.record()).isEqualTo("Nguyễn Thị Hòa An (Hộ số 0101 — Nguyễn Văn Ánh)");
        assertThat(item.fields()).isEqualTo("Họ và tên");
        assertThat(row(model, "relationship").mine()).isEqualTo("Con");
        assertThat(row(model, "household").mine()).isEqualTo("Hộ số 0101 — Nguyễn Văn Ánh");
        assertThat(row(model, "sex").mine()).isEqualTo("Nữ");
        assertThat(row(model, "birthDate").mine()).isEqualTo("01/01/2010");
        assertThat(row(model, "position").mine()).as("counted from 1").isEqualTo("3");

        model.takeAll(Choice.THEIRS);
        model.resolve();
        Member child = fixture.inB().members().stream()
                .filter(m -> m.details().relationship() == Relationship.CHILD).findFirst().orElseThrow();
        assertThat(child.details().fullName()).isEqualTo("Nguyễn Thị Hoà Bình");
    }
}
