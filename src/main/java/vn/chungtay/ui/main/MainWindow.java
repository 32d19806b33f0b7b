package vn.chungtay.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.ui.Windows;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.household.HouseholdListView;
import vn.chungtay.ui.household.HouseholdListViewModel;
import vn.chungtay.ui.report.ReportScreen;
import vn.chungtay.ui.review.ReviewScreen;
import vn.chungtay.ui.standard.StandardsView;
import vn.chungtay.ui.standard.StandardsViewModel;
import vn.chungtay.ui.support.SupportScreen;
import vn.chungtay.ui.sync.ConflictCount;
import vn.chungtay.ui.sync.SyncScreen;
import vn.chungtay.ui.task.TaskRunner;
import vn.chungtay.ui.unit.UnitsView;
import vn.chungtay.ui.unit.UnitsViewModel;

/**
 * The main window: a header with the person and unit at work, a navigation column with one entry per screen family
 * (Ctrl+1, Ctrl+2 … switch), the current screen, and a status line with the database in use.
 */
public final class MainWindow {

    private final AppServices services;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Actor actor;
    private final BorderPane root = new BorderPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final List<ToggleButton> entries = new ArrayList<>();

    public MainWindow(AppServices services, Messages messages, TaskRunner tasks, Actor actor) {
        this.services = services;
        this.messages = messages;
        this.tasks = tasks;
        this.actor = actor;
    }

    public void showIn(Stage stage) {
        Windows.applyTheme();
        root.setTop(header());
        VBox nav = new VBox();
        nav.getStyleClass().add("nav");
        nav.getChildren().add(entry("nav.households", () -> new HouseholdListView(
                new HouseholdListViewModel(services.households(), services.units(), tasks, messages, actor),
                messages, services, tasks, actor).root()));
        nav.getChildren().add(entry("nav.review", () -> new ReviewScreen(services, messages, tasks, actor).root()));
        nav.getChildren().add(entry("nav.support", () -> new SupportScreen(services, messages, tasks, actor).root()));
        nav.getChildren().add(entry("nav.units", () -> new UnitsView(
                new UnitsViewModel(services.units(), tasks, messages, actor), messages).root()));
        nav.getChildren().add(entry("nav.standards", () -> new StandardsView(new StandardsViewModel(
                services.standards(), services.units(), services.settings(), tasks, messages, actor,
                java.time.Year.now()), messages).root()));
        ConflictCount conflicts = new ConflictCount(services.sync(), tasks, actor);
        ToggleButton sync = entry("nav.sync", () -> new SyncScreen(services, messages, tasks, actor, conflicts).root());
        conflicts.showOn(sync);
        conflicts.refresh();
        nav.getChildren().add(sync);
        nav.getChildren().add(entry("nav.reports", () -> new ReportScreen(services, messages, tasks, actor).root()));
        root.setLeft(nav);
        Label status = new Label(messages.get("main.status.database", services.location().describe()));
        status.getStyleClass().add("muted");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(statusBar);

        Scene scene = new Scene(root, 1280, 780);
        Windows.addStylesheet(scene);
        for (int i = 0; i < entries.size(); i++) {
            ToggleButton button = entries.get(i);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)),
                    KeyCombination.SHORTCUT_DOWN), button::fire);
        }
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        entries.get(0).fire();
    }

    private Node header() {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(messages.get("app.subtitle"));
        subtitle.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label who = new Label(messages.get("main.user", actor.userName(), actor.unitCode()));
        tasks.run(BackgroundTask.of(progress -> services.units().tree().find(actor.unitCode()))
                .onSuccess(unit -> unit.ifPresent(u -> who.setText(messages.get("main.user", actor.userName(),
                        u.name() + " (" + u.code() + ")")))));
        MenuButton settings = new MenuButton(messages.get("main.menu.settings"));
        MenuItem vietnamese = new MenuItem(messages.get("main.menu.language.vi"));
        vietnamese.setOnAction(e -> changeLanguage("vi"));
        MenuItem english = new MenuItem(messages.get("main.menu.language.en"));
        english.setOnAction(e -> changeLanguage("en"));
        settings.getItems().addAll(vietnamese, english);
        HBox header = new HBox(title, subtitle, spacer, who, settings);
        header.getStyleClass().add("app-header");
        HBox.setMargin(subtitle, new Insets(4, 0, 0, 0));
        return header;
    }

    private ToggleButton entry(String key, Supplier<Node> screen) {
        ToggleButton button = new ToggleButton(messages.get(key));
        button.setId(key.replace('.', '-'));
        button.setToggleGroup(navigation);
        button.setOnAction(e -> {
            if (!button.isSelected()) {
                button.setSelected(true);
                return;
            }
            root.setCenter(screen.get());
        });
        entries.add(button);
        return button;
    }

    private void changeLanguage(String language) {
        Messages chosen = new Messages(Messages.localeOf(language));
        tasks.run(BackgroundTask.of(progress -> {
            services.settings().setLanguage(chosen.locale());
            return chosen;
        }).onSuccess(done -> Dialogs.info(root.getScene().getWindow(), chosen, chosen.get("main.language.restart")))
                .onError(error -> Dialogs.error(root.getScene().getWindow(), messages,
                        ErrorTexts.describe(error, messages))));
    }
}
