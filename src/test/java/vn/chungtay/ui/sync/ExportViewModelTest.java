package vn.chungtay.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.sync.Signatures;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.task.CancellingTaskRunner;
import vn.chungtay.ui.task.TaskRunner;

/** The export tab's model on installation A: the commune chosen, the history, the file name and what was written. */
class ExportViewModelTest {

    @TempDir
    Path folder;

    private SyncScreenFixture fixture;

    @BeforeEach
    void open() {
        fixture = new SyncScreenFixture(folder).open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ExportViewModel model(Actor actor, TaskRunner tasks) {
        ExportViewModel model = new ExportViewModel(fixture.a.sync(), fixture.a.exportHistory(),
                fixture.a.identity(), fixture.a.units(), tasks, fixture.messages, actor, Fixtures.TODAY);
        model.load();
        return model;
    }

    @Test
    void anOfficerExportsTheirOwnCommuneAndSeesWhatWasWritten() throws Exception {
        ExportViewModel model = model(fixture.officer, fixture.tasks);
        assertThat(model.communes()).extracting(AdminUnit::code).containsExactly(Fixtures.COMMUNE);
        assertThat(model.communeProperty().get().code()).isEqualTo(Fixtures.COMMUNE);
        assertThat(model.historyTextProperty().get()).isEqualTo(
                "Chưa xuất gói nào cho Xã Đắk Pxi: gói đầu tiên (số 1) chứa toàn bộ dữ liệu của xã.");
        assertThat(model.suggestedFileName()).isEqualTo("ChungTay-23425-2025-03-15-1.ctsync");
        String key = Signatures.fingerprint(fixture.a.identity().localInstallation().publicKey());
        assertThat(model.ownKeyProperty().get()).isEqualTo("Máy này: "
                + fixture.a.identity().localInstallation().name() + " · mã khóa");
        assertThat(model.ownFingerprintProperty().get()).isEqualTo(key);
        assertThat(model.canExportProperty().get()).isTrue();

        // The person types a name without the extension: it is added.
        model.export(folder.resolve("goi-xa"));
        ExportViewModel.Summary first = model.summaryProperty().get();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(first.file()).isEqualTo(folder.resolve("goi-xa.ctsync"));
        assertThat(Files.size(first.file())).isEqualTo(first.bytes());
        assertThat(first.packageNo()).isEqualTo(1);
        assertThat(first.full()).isTrue();
        assertThat(first.entries()).contains(new ExportViewModel.EntryLine("Hộ gia đình", 1),
                new ExportViewModel.EntryLine("Thành viên hộ", 3), new ExportViewModel.EntryLine("Thôn, làng", 1));
        assertThat(first.entries()).allMatch(e -> e.rows() > 0);
        assertThat(first.rows()).isEqualTo(first.entries().stream().mapToLong(ExportViewModel.EntryLine::rows).sum());
        assertThat(model.summaryText(first)).startsWith("Đã lưu gói số 1 (gói đầy đủ): ").endsWith(" KB.");
        assertThat(model.lastFolder()).isEqualTo(folder.toAbsolutePath());

        // The history now names package 1, and the next name carries number 2.
        assertThat(model.historyTextProperty().get()).startsWith("Gói trước cho Xã Đắk Pxi: số 1, xuất lúc ")
                .endsWith("(gói đầy đủ). Gói này sẽ là số 2.");
        assertThat(model.suggestedFileName()).isEqualTo("ChungTay-23425-2025-03-15-2.ctsync");

        // Nothing changed since: the changes package is empty but numbered.
        model.modeProperty().set(ExportViewModel.Mode.CHANGES);
        model.export(folder.resolve(model.suggestedFileName()));
        ExportViewModel.Summary second = model.summaryProperty().get();
        assertThat(second.packageNo()).isEqualTo(2);
        assertThat(second.full()).isFalse();
        assertThat(second.entries()).isEmpty();
        assertThat(model.summaryText(second)).startsWith("Đã lưu gói số 2 (các thay đổi từ gói trước): 0 bản ghi");

        // After an edit the changes package holds the household alone.
        fixture.edit(fixture.a, fixture.officer, d -> SyncScreenFixture.withPhone(d, "0987654321"));
        model.export(folder.resolve(model.suggestedFileName()));
        assertThat(model.summaryProperty().get().entries())
                .containsExactly(new ExportViewModel.EntryLine("Hộ gia đình", 1));
    }

    @Test
    void aClerkChoosesAmongTheCommunesOfTheProvince() {
        Actor clerk = Fixtures.provinceClerk(fixture.a);
        ExportViewModel model = model(clerk, fixture.tasks);
        assertThat(model.communes()).extracting(AdminUnit::code)
                .containsExactly(Fixtures.COMMUNE, Fixtures.OTHER_COMMUNE);
        assertThat(model.communeProperty().get()).isNull();
        assertThat(model.canExportProperty().get()).isFalse();
        assertThat(model.historyTextProperty().get()).isEqualTo("Chọn xã cần xuất gói.");
        model.communeProperty().set(model.communes().get(1));
        assertThat(model.canExportProperty().get()).isTrue();
        assertThat(model.suggestedFileName()).isEqualTo("ChungTay-23428-2025-03-15-1.ctsync");
    }

    @Test
    void aPlaceThatCannotBeWrittenIsSaidSoAndUsesNoNumber() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "x");
        ExportViewModel model = model(fixture.officer, fixture.tasks);
        model.export(notAFolder.resolve("goi.ctsync"));
        assertThat(model.summaryProperty().get()).isNull();
        assertThat(model.errorProperty().get()).startsWith("Không ghi được tệp " + notAFolder.resolve("goi.ctsync"));
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(model.suggestedFileName()).endsWith("-1.ctsync");
    }

    @Test
    void aCancelledExportWritesNothingAndUsesNoNumber() {
        CancellingTaskRunner tasks = new CancellingTaskRunner();
        ExportViewModel model = model(fixture.officer, tasks);
        tasks.cancelFromNow();
        model.export(folder.resolve("goi.ctsync"));
        assertThat(model.summaryProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isEqualTo("Đã hủy theo yêu cầu; không có gì thay đổi.");
        assertThat(folder.resolve("goi.ctsync")).doesNotExist();
        assertThat(fixture.a.exportHistory().history(java.util.Set.of(Fixtures.COMMUNE)).nextPackageNo())
                .isEqualTo(1);
    }
}
