package vn.chungtay.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.Windows;

/**
 * The main window's frame in its loading state, shown the moment the program starts: the same header, navigation
 * column and status line as {@link MainWindow}, with the database opening (and migrating) in the background. Built
 * from plain controls only, so that it costs next to nothing before the first frame.
 */
public final class OpeningScreen {

    private OpeningScreen() {
    }

    public static Scene scene(Messages messages, String database) {
        BorderPane root = new BorderPane();
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(messages.get("app.subtitle"));
        subtitle.getStyleClass().add("muted");
        HBox header = new HBox(title, subtitle);
        header.getStyleClass().add("app-header");
        HBox.setMargin(subtitle, new Insets(4, 0, 0, 0));
        root.setTop(header);
        VBox nav = new VBox();
        nav.getStyleClass().add("nav");
        root.setLeft(nav);
        ProgressIndicator spinner = new ProgressIndicator();
        VBox opening = new VBox(16, spinner, new Label(messages.get("app.opening", database)));
        opening.setAlignment(Pos.CENTER);
        root.setCenter(opening);
        Label status = new Label(messages.get("main.status.database", database));
        status.getStyleClass().add("muted");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(statusBar);
        Scene scene = new Scene(root, 1280, 780);
        Windows.addStylesheet(scene);
        return scene;
    }
}
