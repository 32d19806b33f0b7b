package vn.chungtay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
import vn.chungtay.store.DbLocation;

/**
 * A first start as an officer sees it: the window opens on a new database, asks who works here and for which unit,
 * rejects a missing commune name in Vietnamese, and then shows the register; the identity is kept for next time.
 */
class FirstStartJourneyTest extends FxRobot {

    @TempDir
    Path folder;

    private int exitCode = -1;

    @AfterEach
    void closeWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(Window.getWindows()).forEach(Window::hide)).get();
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> exitCode >= 0);
    }

    @Test
    void askWhoWorksHereThenShowTheRegister() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> new DesktopApp(DbLocation.folder(folder), Messages.VIETNAMESE,
                code -> exitCode = code).start(stage));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#setup-user-name").tryQuery().isPresent());

        clickOn("#setup-user-name").write("nguyễn thị hoa");
        clickOn("#setup-province-code").write("62");
        clickOn("#setup-province-name").write("Kon Tum");
        clickOn("#setup-commune-code").write("23425");
        clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = lookup(".error-summary").queryAs(Label.class);
        assertThat(error.getText()).contains("Chưa nhập tên");
        assertThat(lookup("#household-search").tryQuery()).isEmpty();

        clickOn("#setup-commune-name").write("Xã Đắk Pxi");
        clickOn("#setup-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#household-search").tryQuery().isPresent());
        assertThat(lookup(".app-header .label").queryAll()).anySatisfy(node ->
                assertThat(((Label) node).getText()).contains("Nguyễn Thị Hoa"));

        WaitForAsyncUtils.asyncFx(stage::hide).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> exitCode >= 0);
        try (AppServices services = AppServices.open(DbLocation.folder(folder), Clock.systemDefaultZone())) {
            assertThat(services.identity().lastUser()).hasValueSatisfying(user -> {
                assertThat(user.name()).isEqualTo("Nguyễn Thị Hoa");
                assertThat(user.unitCode()).isEqualTo("23425");
            });
            assertThat(services.units().tree().path("23425")).hasSize(2);
        }
    }
}
