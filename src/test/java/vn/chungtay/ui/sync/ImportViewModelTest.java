package vn.chungtay.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.app.sync.Signatures;
import vn.chungtay.app.sync.SyncService.Sender;
import vn.chungtay.ui.sync.ImportViewModel.NewSender;
import vn.chungtay.ui.sync.PackageRow.State;
import vn.chungtay.ui.task.CancellingTaskRunner;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The import tab's model on installation B: packages checked as they are added, a new sender imported only after a
 * person trusts its key, one row per package with what importing it did, gaps and refusals in words, cancel.
 */
class ImportViewModelTest {

    @TempDir
    Path folder;

    private SyncScreenFixture fixture;
    private final AtomicInteger imports = new AtomicInteger();

    @BeforeEach
    void open() {
        fixture = new SyncScreenFixture(folder).open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ImportViewModel model(TaskRunner tasks) {
        ImportViewModel model = new ImportViewModel(fixture.b.sync(), fixture.b.units(), tasks, fixture.messages,
                fixture.clerk, imports::incrementAndGet);
        model.load();
        return model;
    }

    private String keyOfA() {
        return Signatures.fingerprint(fixture.a.identity().localInstallation().publicKey());
    }

    @Test
    void aNewSenderIsImportedOnlyOnceAPersonTrustsItsKey() {
        Path first = fixture.exportFromA(true);
        String emptyDigest = fixture.digestOfB();
        ImportViewModel model = model(fixture.tasks);
        model.addFiles(List.of(first));
        PackageRow row = model.rows().get(0);
        assertThat(row.state()).isEqualTo(State.READY);
        assertThat(row.inspection().sender()).isEqualTo(Sender.UNKNOWN);
        assertThat(model.statusText(row)).isEqualTo("Người gửi mới");
        assertThat(model.fileText(row)).isEqualTo("A-1.ctsync\nGói số 1 · " + row.rows() + " bản ghi");
        // B knows no units yet, so the commune and the sender's unit read as codes.
        assertThat(model.scopeText(row)).isEqualTo("23425\nGói đầy đủ");
        assertThat(model.senderText(row)).isEqualTo(row.inspection().manifest().sourceName() + "\n23425");
        assertThat(model.canImportProperty().get()).isTrue();

        List<NewSender> senders = model.newSenders();
        assertThat(senders).hasSize(1);
        assertThat(senders.get(0).fingerprint()).isEqualTo(keyOfA());
        assertThat(senders.get(0).files()).containsExactly("A-1.ctsync");

        // Refused: nothing is imported, and the row says why with the key.
        model.decide(senders.get(0), false);
        model.importReady();
        row = model.rows().get(0);
        assertThat(row.state()).isEqualTo(State.NOT_TRUSTED);
        assertThat(row.note()).contains(keyOfA());
        assertThat(model.summaryProperty().get()).isEqualTo("Đã nhập 0 gói: 0 bản ghi mới, 0 cập nhật, 0 xung đột mới."
                + " 1 gói chưa nhập.");
        assertThat(fixture.digestOfB()).isEqualTo(emptyDigest);

        // Listed again, the sender is asked about again; trusted: imported, the household is in B, the commune now
        // has its name.
        model.clear();
        model.addFiles(List.of(first));
        assertThat(model.newSenders()).hasSize(1);
        model.newSenders().forEach(s -> model.decide(s, true));
        model.importReady();
        ImportViewModel again = model;
        row = again.rows().get(0);
        assertThat(row.state()).isEqualTo(State.IMPORTED);
        assertThat(row.counts().added()).isEqualTo((int) row.rows() - row.counts().unchanged());
        assertThat(row.counts().added()).isGreaterThanOrEqualTo(5);
        assertThat(again.statusText(row)).isEqualTo("Đã nhập");
        assertThat(again.countText(row, row.counts().conflicts())).isEqualTo("0");
        assertThat(again.scopeText(row)).isEqualTo("Xã Đắk Pxi (23425)\nGói đầy đủ");
        assertThat(again.senderText(row)).endsWith("\nXã Đắk Pxi (23425)");
        assertThat(again.summaryProperty().get()).startsWith("Đã nhập 1 gói: " + row.counts().added()
                + " bản ghi mới, 0 cập nhật, 0 xung đột mới.");
        assertThat(again.conflictsWaitingProperty().get()).isFalse();
        assertThat(fixture.inB().details().number()).isEqualTo("0101");
        assertThat(fixture.b.stats().stats("23425").digest()).isEqualTo(fixture.a.stats().stats("23425").digest());
        assertThat(imports.get()).isEqualTo(1);

        // The sender is known from now on; the same package again changes nothing.
        ImportViewModel later = model(fixture.tasks);
        later.addFiles(List.of(first));
        assertThat(later.rows().get(0).inspection().sender()).isEqualTo(Sender.TRUSTED);
        assertThat(later.newSenders()).isEmpty();
        later.importReady();
        assertThat(later.rows().get(0).state()).isEqualTo(State.ALREADY_IMPORTED);
        assertThat(later.statusText(later.rows().get(0))).isEqualTo("Đã nhập trước đây");
    }

    @Test
    void twoPackagesAtOnceReportTheirOwnCountsAndTheConflict() {
        fixture.importIntoB(fixture.exportFromA(true));
        fixture.edit(fixture.a, fixture.officer, d -> SyncScreenFixture.withAddress(
                SyncScreenFixture.withPhone(d, "0987654321"), "Tổ 3, Thôn Kon Klor"));
        fixture.edit(fixture.b, fixture.clerk, d -> SyncScreenFixture.withPhone(d, "0911222333"));
        Path second = fixture.exportFromA(false);
        ImportViewModel model = model(fixture.tasks);
        model.addFiles(List.of(folder.resolve("A-1.ctsync"), second, second));
        assertThat(model.rows()).as("a file listed twice is one row").hasSize(2);
        assertThat(model.newSenders()).isEmpty();
        model.importReady();
        PackageRow old = model.rows().get(0);
        PackageRow edited = model.rows().get(1);
        assertThat(old.state()).isEqualTo(State.ALREADY_IMPORTED);
        assertThat(edited.state()).isEqualTo(State.IMPORTED);
        assertThat(edited.counts().conflicts()).isEqualTo(1);
        assertThat(model.conflictsWaitingProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo(
                "Đã nhập 1 gói: 0 bản ghi mới, 0 cập nhật, 1 xung đột mới. 1 gói đã được nhập trước đây.");
        assertThat(model.scopeText(edited)).isEqualTo("Xã Đắk Pxi (23425)\nGói thay đổi");
        assertThat(fixture.b.sync().conflicts(fixture.clerk)).hasSize(1);
        // Nothing of the colliding edit is applied before a person chooses.
        assertThat(fixture.inB().details().phone()).isEqualTo("0911222333");
    }

    @Test
    void aMissingPackageOfTheSenderIsNamed() {
        fixture.importIntoB(fixture.exportFromA(true));
        fixture.edit(fixture.a, fixture.officer, d -> SyncScreenFixture.withPhone(d, "0987654321"));
        fixture.exportFromA(false);
        fixture.edit(fixture.a, fixture.officer, d -> SyncScreenFixture.withPhone(d, "0987000111"));
        Path third = fixture.exportFromA(false);
        ImportViewModel model = model(fixture.tasks);
        model.addFiles(List.of(third));
        model.importReady();
        PackageRow row = model.rows().get(0);
        assertThat(row.state()).isEqualTo(State.IMPORTED);
        assertThat(row.gap()).startsWith("Thiếu gói số 2 của ").contains("Xã Đắk Pxi (23425)");
        assertThat(model.notes()).containsExactly("A-3.ctsync: " + row.gap());
        assertThat(fixture.inB().details().phone()).isEqualTo("0987000111");
    }

    @Test
    void filesThatAreNotSoundPackagesAreListedWithTheReasonAndNeverImported() throws Exception {
        Path good = fixture.exportFromA(true);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(folder.resolve("cut.ctsync"), Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(folder.resolve("danh-sach.xlsx"), "not a package");
        ImportViewModel model = model(fixture.tasks);
        model.addFiles(List.of(cut, text));
        assertThat(model.rows()).extracting(PackageRow::state).containsExactly(State.INVALID, State.INVALID);
        assertThat(model.rows().get(0).note()).contains("cut.ctsync").contains("không phải gói đồng bộ");
        assertThat(model.rows().get(1).note()).isEqualTo("Tệp danh-sach.xlsx không phải gói đồng bộ .ctsync.");
        assertThat(model.statusText(model.rows().get(0))).isEqualTo("Gói hỏng");
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.notes()).hasSize(2);
    }

    @Test
    void aCancelledImportLeavesEveryPackageOutAndTheDatabaseAsItWas() {
        fixture.importIntoB(fixture.exportFromA(true));
        fixture.edit(fixture.a, fixture.officer, d -> SyncScreenFixture.withPhone(d, "0987654321"));
        Path second = fixture.exportFromA(false);
        String before = fixture.digestOfB();
        CancellingTaskRunner tasks = new CancellingTaskRunner();
        ImportViewModel model = model(tasks);
        model.addFiles(List.of(second));
        tasks.cancelFromNow();
        model.importReady();
        assertThat(model.rows().get(0).state()).isEqualTo(State.CANCELLED);
        assertThat(model.statusText(model.rows().get(0))).isEqualTo("Đã hủy");
        assertThat(model.importingProperty().get()).isFalse();
        assertThat(fixture.digestOfB()).isEqualTo(before);
    }
}
