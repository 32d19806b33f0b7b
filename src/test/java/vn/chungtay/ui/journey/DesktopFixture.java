package vn.chungtay.ui.journey;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
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
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.store.DbLocation;
import vn.chungtay.ui.main.MainWindow;
import vn.chungtay.ui.task.FxTaskRunner;

/**
 * The desktop program on a database folder, as a person would start it, for TestFX journeys: real services, the real
 * background executor, the main window on TestFX's primary stage. {@link #restart()} closes everything and opens the
 * same folder again.
 */
final class DesktopFixture implements AutoCloseable {

    static final String PROVINCE = "62";
    static final String COMMUNE = "23425";

    private final Path folder;
    private AppServices services;
    private FxTaskRunner tasks;
    private Actor actor;
    private Stage stage;

    DesktopFixture(Path folder) {
        this.folder = folder;
    }

    /** Opens the database, signs in a commune officer (making the units and one village on first use). */
    DesktopFixture start() throws Exception {
        services = AppServices.open(DbLocation.folder(folder), Clock.systemDefaultZone());
        actor = services.identity().lastUser().map(services.identity()::actorFor).orElseGet(() -> {
            Actor signedIn = services.identity().signIn("Nguyễn Thị Hoa", COMMUNE, List.of(
                    new UnitDetails(PROVINCE, UnitLevel.PROVINCE, "Kon Tum", null, null, null),
                    new UnitDetails(COMMUNE, UnitLevel.COMMUNE, "Xã Đắk Pxi", PROVINCE, null, null)));
            services.units().saveVillage(signedIn, null, COMMUNE, "Thôn Kon Klor", null, null);
            return signedIn;
        });
        tasks = new FxTaskRunner();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            new MainWindow(services, new Messages(Messages.VIETNAMESE), tasks, actor).showIn(s);
            s.show();
            s.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Closes the window and the database, then starts again on the same folder. */
    DesktopFixture restart() throws Exception {
        close();
        return start();
    }

    AppServices services() {
        return services;
    }

    Actor actor() {
        return actor;
    }

    /** Stores a household of two (a working head and a child) in the commune's first village, as a clerk would. */
    Household addHousehold(String number, String headName) {
        return addHousehold(number, headName, services.units().villagesOf(Set.of(COMMUNE)).get(0), EthnicGroup.KINH);
    }

    /** Stores a household of two in the village, its head of the ethnic group (code of the 54). */
    Household addHousehold(String number, String headName, Village village, String headEthnicity) {
        MemberDetails head = new MemberDetails(headName, Sex.MALE, BirthDate.ofYear(1980), headEthnicity,
                Relationship.HEAD, IdDocument.NONE, WorkStatus.WORKING, "", "");
        MemberDetails child = new MemberDetails("Lê Thị Mai", Sex.FEMALE, BirthDate.ofYear(2012), EthnicGroup.KINH,
                Relationship.CHILD, IdDocument.NONE, WorkStatus.IN_SCHOOL, "", "");
        return services.households().save(actor, COMMUNE, new HouseholdDraft(null,
                new HouseholdDetails(number, village.meta().id(), Area.RURAL, "", ""),
                List.of(new HouseholdDraft.MemberDraft(null, head), new HouseholdDraft.MemberDraft(null, child))));
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        // Monocle turns hiding a window into a close request; forms would then ask about unsaved edits.
        WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(w -> {
            w.setOnCloseRequest(null);
            if (w != stage) {
                w.hide();
            }
        })).get();
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
