package vn.chungtay.ui;

import java.time.Clock;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.stage.Stage;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.StoreException;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.main.MainWindow;
import vn.chungtay.ui.main.OpeningScreen;
import vn.chungtay.ui.setup.FirstStartView;
import vn.chungtay.ui.task.FxTaskRunner;
import vn.chungtay.ui.task.BackgroundTask;

/**
 * The desktop program's life: the main window's frame shows at once in its loading state while the database opens
 * and migrates in the background; then either the first-start questions (who works here, for which unit) or the
 * main window fills it (whose household list warms its search index in the background); closing the window closes
 * the database.
 */
final class DesktopApp {

    private final DbLocation location;
    private final Locale requestedLocale;
    private final IntConsumer onExit;
    private final StartupTimer timer;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private AppServices services;

    DesktopApp(DbLocation location, Locale requestedLocale, IntConsumer onExit) {
        this(location, requestedLocale, onExit, new StartupTimer(vn.chungtay.app.startup.StartupExit.NEVER, System.out));
    }

    DesktopApp(DbLocation location, Locale requestedLocale, IntConsumer onExit, StartupTimer timer) {
        this.location = location;
        this.requestedLocale = requestedLocale;
        this.onExit = onExit;
        this.timer = timer;
    }

    void start(Stage stage) {
        Windows.applyTheme();
        Messages early = new Messages(requestedLocale != null ? requestedLocale : Messages.VIETNAMESE);
        stage.setTitle(early.get("app.title"));
        stage.setScene(OpeningScreen.scene(early, location.describe()));
        stage.setOnHidden(e -> shutDown(0));
        timer.watch(stage);
        stage.show();
        // The database opens once the first frame is laid out, so that on a small machine its work (H2, Flyway,
        // the shipped data) does not compete with the window for the processor before the person sees anything.
        StartupTimer.afterNextLayout(stage.getScene(), () -> openDatabase(stage, early));
    }

    private void openDatabase(Stage stage, Messages early) {
        tasks.run(BackgroundTask.of(progress -> AppServices.open(location, Clock.systemDefaultZone()))
                .onSuccess(opened -> {
                    services = opened;
                    Locale locale = requestedLocale != null ? requestedLocale
                            : services.settings().language().orElse(Messages.VIETNAMESE);
                    showFirstWindow(stage, new Messages(locale));
                    StartupTimer.afterNextLayout(stage.getScene(), timer::ready);
                })
                .onError(error -> {
                    String text = error instanceof StoreException store
                            ? early.get(store.reason().messageKey(), store.where())
                            : early.get("error.unexpected", String.valueOf(error.getMessage()));
                    Dialogs.error(stage, early, text);
                    stage.setOnHidden(null);
                    stage.close();
                    shutDown(1);
                }));
    }

    private void showFirstWindow(Stage stage, Messages messages) {
        services.identity().lastUser().ifPresentOrElse(
                user -> showMain(stage, messages, services.identity().actorFor(user)),
                () -> new FirstStartView(messages, services, tasks, actor -> showMain(stage, messages, actor))
                        .showIn(stage));
    }

    private void showMain(Stage stage, Messages messages, Actor actor) {
        new MainWindow(services, messages, tasks, actor).showIn(stage);
    }

    private void shutDown(int code) {
        tasks.close();
        if (services != null) {
            services.close();
        }
        onExit.accept(code);
    }
}
