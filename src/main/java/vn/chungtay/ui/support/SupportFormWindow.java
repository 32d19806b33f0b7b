package vn.chungtay.ui.support;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.ui.Windows;
import vn.chungtay.ui.common.Dialogs;

/**
 * One support of one household in a small window: the same fields as the bulk entry, Save (Enter) and Close (Esc,
 * asking first when edits are unsaved). The window grows and shrinks as goods or loan fields come and go.
 */
final class SupportFormWindow {

    private final SupportFormViewModel model;
    private final Messages messages;
    private final SupportDetailsPane pane;
    private final Label summary = new Label();
    private Stage stage;
    private boolean attempted;

    SupportFormWindow(SupportFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.pane = new SupportDetailsPane(model.details(), messages);
    }

    /** Opens the window; {@code onSaved} gets the stored record after the window has closed. */
    void show(Window owner, String household, Consumer<SupportEvent> onSaved) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get(model.isEdit() ? "support.ui.form.title.edit" : "support.ui.form.title.new"));
        Label who = new Label(household);
        who.getStyleClass().add("section-title");
        Label general = new Label();
        general.getStyleClass().add("error-summary");
        general.setWrapText(true);
        general.textProperty().bind(model.generalErrorProperty());
        general.managedProperty().bind(general.textProperty().isNotEmpty());
        summary.setId("support-form-error-summary");
        summary.getStyleClass().add("error-summary");
        summary.setWrapText(true);
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        model.details().errors().addListener((MapChangeListener<String, String>) c -> summary.setText(summaryText()));
        Button save = new Button(messages.get("support.ui.form.save"));
        save.setId("support-form-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> save(onSaved));
        Button close = new Button(messages.get("support.ui.form.close"));
        close.setId("support-form-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> requestClose(onSaved));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, who, pane.root(), general, summary, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(820);
        Scene scene = new Scene(root);
        Windows.addStylesheet(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> requestClose(onSaved));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose(onSaved);
        });
        // Goods and loan fields come and go with the form, and error lines with mistakes: the window follows them.
        pane.root().layoutBoundsProperty().addListener((obs, old, now) -> {
            if (old.getHeight() != now.getHeight()) {
                Platform.runLater(stage::sizeToScene);
            }
        });
        summary.textProperty().addListener((obs, old, now) -> Platform.runLater(stage::sizeToScene));
        general.textProperty().addListener((obs, old, now) -> Platform.runLater(stage::sizeToScene));
        stage.show();
        Platform.runLater(() -> pane.first().requestFocus());
    }

    private String summaryText() {
        if (!attempted || model.details().errors().isEmpty()) {
            return "";
        }
        return messages.get("unit.form.errors", model.details().errors().size(),
                model.details().errors().values().iterator().next());
    }

    private void save(Consumer<SupportEvent> onSaved) {
        attempted = true;
        pane.showAllErrors();
        summary.setText(summaryText());
        model.save(saved -> {
            stage.close();
            onSaved.accept(saved);
        });
    }

    private void requestClose(Consumer<SupportEvent> onSaved) {
        if (!model.details().dirtyProperty().get()) {
            stage.close();
            return;
        }
        switch (Dialogs.unsavedChanges(stage, messages, model.canSaveBinding().get())) {
            case SAVE -> save(onSaved);
            case DISCARD -> stage.close();
            case STAY -> {
                attempted = true;
                pane.showAllErrors();
                summary.setText(summaryText());
            }
        }
    }
}
