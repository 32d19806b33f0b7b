package vn.chungtay.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.sync.Signatures;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.BirthDate;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.IdDocument;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.store.DbLocation;
import vn.chungtay.ui.main.MainWindow;
import vn.chungtay.ui.sync.PackageRow;
import vn.chungtay.ui.sync.SyncFiles;
import vn.chungtay.ui.task.FxTaskRunner;

/**
 * Offline sync between two installations, headless: A is a commune officer's laptop, B a province clerk's, each its own
 * database folder. The clerk imports A's first package in the program and trusts A's key in the dialog; then both edit
 * household 0101's phone (A also its address), and the clerk imports A's two packages at once: the first was imported
 * before, the second brings one conflict. In the queue the clerk takes A's phone and resolves; B's household then has
 * A's phone and A's address, and the queue is empty.
 */
class SyncJourneyTest extends FxRobot {

    private static final String PROVINCE = "62";
    private static final String COMMUNE = "23425";

    @TempDir
    Path folder;

    private AppServices a;
    private AppServices b;
    private FxTaskRunner tasks;
    /** What the file dialogs answer: the journey's packages instead of a native dialog nobody can drive here. */
    private final List<Path> picked = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(w -> {
            w.setOnCloseRequest(null);
            w.hide();
        })).get();
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void importTwoPackagesTrustTheSenderAndResolveTheConflict() throws Exception {
        // Installation A: the commune officer and household 0101.
        a = AppServices.open(DbLocation.folder(folder.resolve("a")), Clock.systemDefaultZone());
        Actor officer = a.identity().signIn("Nguyễn Thị Hoa", COMMUNE, List.of(
                new UnitDetails(PROVINCE, UnitLevel.PROVINCE, "Kon Tum", null, null, null),
                new UnitDetails(COMMUNE, UnitLevel.COMMUNE, "Xã Đắk Pxi", PROVINCE, null, null)));
        Village village = a.units().saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null);
        Household household = a.households().save(officer, COMMUNE, new HouseholdDraft(null,
                new HouseholdDetails("0101", village.meta().id(), Area.RURAL, "Thôn Kon Klor", "0912345678"),
                List.of(new HouseholdDraft.MemberDraft(null, new MemberDetails("Nguyễn Văn Ánh", Sex.MALE,
                        BirthDate.ofYear(1980), EthnicGroup.KINH, Relationship.HEAD, IdDocument.NONE,
                        WorkStatus.WORKING, "", "")))));
        Path first = folder.resolve("ChungTay-23425-1.ctsync");
        a.sync().export(officer, Set.of(COMMUNE), true, first, Progress.NONE);

        // Installation B: the province clerk, whose first start made the province.
        b = AppServices.open(DbLocation.folder(folder.resolve("b")), Clock.systemDefaultZone());
        Actor clerk = b.identity().signIn("Trần Thị Bình", PROVINCE, List.of(
                new UnitDetails(PROVINCE, UnitLevel.PROVINCE, "Kon Tum", null, null, null)));
        tasks = new FxTaskRunner();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.getProperties().put(SyncFiles.KEY, new SyncFiles() {
                @Override
                public Optional<Path> saveAs(Window owner, Path where, String suggestedName) {
                    return Optional.empty();
                }

                @Override
                public List<Path> open(Window owner, Path where) {
                    return List.copyOf(picked);
                }
            });
            new MainWindow(b, new Messages(Messages.VIETNAMESE), tasks, clerk).showIn(s);
            s.show();
            s.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();

        // The clerk opens Đồng bộ: a clerk starts on the import tab.
        clickOn("#nav-sync");
        DesktopFixture.waitUntil(() -> lookup("#sync-import-pick").tryQuery().isPresent());
        TabPane tabs = lookup("#sync-tabs").query();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("sync-import-tab");
        TableView<PackageRow> table = lookup("#sync-import-table").queryTableView();

        // First package: a new sender, trusted in the dialog after comparing its key.
        picked.add(first);
        clickOn("#sync-import-pick");
        DesktopFixture.waitUntil(() -> table.getItems().size() == 1
                && table.getItems().get(0).state() == PackageRow.State.READY);
        clickOn("#sync-import-run");
        DesktopFixture.waitUntil(() -> lookup("#sync-trust-fingerprint").tryQuery().isPresent());
        assertThat(lookup("#sync-trust-fingerprint").queryAs(TextField.class).getText())
                .isEqualTo(Signatures.fingerprint(a.identity().localInstallation().publicKey()));
        clickOn("#sync-trust-yes");
        DesktopFixture.waitUntil(() -> table.getItems().get(0).state() == PackageRow.State.IMPORTED);
        assertThat(b.households().find(household.id())).isPresent();

        // Edits made apart: the phone on both sides, the address on A only; A sends its changes.
        Household onB = b.households().find(household.id()).orElseThrow();
        b.households().save(clerk, COMMUNE, new HouseholdDraft(onB.id(), withPhone(onB.details(), "0911222333"),
                members(onB)));
        Household onA = a.households().find(household.id()).orElseThrow();
        a.households().save(officer, COMMUNE, new HouseholdDraft(onA.id(), new HouseholdDetails("0101",
                village.meta().id(), Area.RURAL, "Tổ 3, Thôn Kon Klor", "0987654321"), members(onA)));
        Path second = folder.resolve("ChungTay-23425-2.ctsync");
        a.sync().export(officer, Set.of(COMMUNE), false, second, Progress.NONE);

        // Both packages at once: the first was imported before, the second brings one conflict.
        clickOn("#sync-import-clear");
        DesktopFixture.waitUntil(() -> table.getItems().isEmpty());
        picked.clear();
        picked.addAll(List.of(first, second));
        clickOn("#sync-import-pick");
        DesktopFixture.waitUntil(() -> table.getItems().size() == 2
                && table.getItems().stream().allMatch(r -> r.state() == PackageRow.State.READY));
        clickOn("#sync-import-run");
        DesktopFixture.waitUntil(() -> table.getItems().stream().allMatch(PackageRow::finished));
        assertThat(table.getItems().get(0).state()).isEqualTo(PackageRow.State.ALREADY_IMPORTED);
        assertThat(table.getItems().get(1).state()).isEqualTo(PackageRow.State.IMPORTED);
        assertThat(table.getItems().get(1).counts().conflicts()).isEqualTo(1);
        assertThat(lookup("#sync-import-summary").queryAs(Label.class).getText()).contains("1 xung đột mới");
        DesktopFixture.waitUntil(() -> lookup("#sync-conflict-badge").tryQuery()
                .map(n -> ((Label) n).getText().equals("1") && n.isVisible()).orElse(false));

        // The queue: A's phone is taken, the resolution is written.
        clickOn("#sync-import-to-conflicts");
        DesktopFixture.waitUntil(() -> lookup("#sync-conflict-theirs-phone").tryQuery().isPresent());
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Xung đột (1)");
        RadioButton theirs = lookup("#sync-conflict-theirs-phone").queryAs(RadioButton.class);
        assertThat(theirs.getText()).isEqualTo("0987654321");
        assertThat(lookup("#sync-conflict-mine-phone").queryAs(RadioButton.class).getText()).isEqualTo("0911222333");
        Button resolve = lookup("#sync-conflict-resolve").queryButton();
        assertThat(resolve.isDisabled()).as("a choice is needed first").isTrue();
        clickOn(theirs);
        DesktopFixture.waitUntil(() -> !resolve.isDisabled());
        clickOn(resolve);
        DesktopFixture.waitUntil(() -> b.sync().conflicts(clerk).isEmpty());
        Household resolved = b.households().find(household.id()).orElseThrow();
        assertThat(resolved.details().phone()).isEqualTo("0987654321");
        assertThat(resolved.details().address()).isEqualTo("Tổ 3, Thôn Kon Klor");
        DesktopFixture.waitUntil(() -> lookup("#sync-conflict-list").queryTableView().getItems().isEmpty());
        DesktopFixture.waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getText().equals("Xung đột"));
        assertThat(lookup("#sync-conflict-message").queryAs(Label.class).getText())
                .startsWith("Đã giải quyết xung đột: Hộ số 0101 — Nguyễn Văn Ánh.");
        DesktopFixture.waitUntil(() -> lookup("#sync-conflict-badge").tryQuery().isEmpty());
    }

    private static HouseholdDetails withPhone(HouseholdDetails d, String phone) {
        return new HouseholdDetails(d.number(), d.villageId(), d.area(), d.address(), phone);
    }

    private static List<HouseholdDraft.MemberDraft> members(Household h) {
        return h.members().stream().map(m -> new HouseholdDraft.MemberDraft(m.id(), m.details())).toList();
    }
}
