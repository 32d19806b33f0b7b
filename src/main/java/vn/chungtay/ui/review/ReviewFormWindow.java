package vn.chungtay.ui.review;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.ui.Windows;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.common.FieldDecorations;

/**
 * The review form of one household in its own window: who the household is on top, the inputs on the left, the live
 * class with its reason on the right, the save bar below. Ctrl+S saves; Ctrl+Enter saves and opens the next household
 * not yet reviewed; Esc closes, asking first when edits are unsaved. A closed round's review is read-only.
 */
final class ReviewFormWindow {

    private final ReviewFormViewModel model;
    private final Messages messages;
    private final FieldDecorations decorations;
    private final Label errorSummary = new Label();
    private Stage stage;
    private Runnable afterSave = () -> { };
    /** Errors of untouched fields show after a first attempt to save, as in the other forms. */
    private boolean shownAll;

    ReviewFormWindow(ReviewFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.decorations = new FieldDecorations(model.errors());
    }

    /**
     * Opens the form; {@code onSaved} gets each stored review, {@code next} runs after "save and next" has saved and
     * closed this window.
     */
    void show(Window owner, UUID roundId, HouseholdSummary household, Consumer<HouseholdReview> onSaved,
              Runnable next) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("review.ui.title", household.number(), household.headName()));
        ReviewInputsPane inputs = new ReviewInputsPane(model, messages, decorations);
        ScrollPane scroll = new ScrollPane(inputs.root());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("review-inputs");
        BorderPane root = new BorderPane();
        root.setPadding(new Insets(16));
        root.setTop(summary());
        root.setCenter(scroll);
        root.setRight(new ReviewResultPane(model, messages).root());
        root.setBottom(saveBar(onSaved, next));
        BorderPane.setMargin(scroll, new Insets(12, 0, 12, 0));
        Scene scene = new Scene(root, 1160, 800);
        Windows.addStylesheet(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> save(onSaved, () -> { }));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                () -> save(onSaved, () -> closeThen(next)));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> requestClose(onSaved));
        ScrollToFocus.install(scene, scroll);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose(onSaved);
        });
        root.setDisable(true);
        model.load(roundId, household, () -> {
            root.setDisable(false);
            Platform.runLater(() -> inputs.first().requestFocus());
        });
        stage.show();
    }

    private Node summary() {
        Label household = new Label();
        household.setId("review-household");
        household.getStyleClass().add("screen-title");
        household.textProperty().bind(model.summary().householdProperty());
        Label round = new Label();
        round.getStyleClass().add("muted");
        round.textProperty().bind(model.summary().roundProperty());
        VBox box = new VBox(4, household, round, wrapping(model.summary().placeProperty()),
                wrapping(model.summary().membersProperty()));
        box.getStyleClass().add("review-summary");
        return box;
    }

    private static Label wrapping(javafx.beans.property.StringProperty text) {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }

    private Node saveBar(Consumer<HouseholdReview> onSaved, Runnable next) {
        Label summary = errorSummary;
        summary.setId("review-error-summary");
        summary.getStyleClass().add("error-summary");
        summary.setWrapText(true);
        model.errors().addListener((MapChangeListener<String, String>) c -> summary.setText(summaryText()));
        Label general = new Label();
        general.getStyleClass().add("error-summary");
        general.setWrapText(true);
        general.textProperty().bind(model.generalErrorProperty());
        general.managedProperty().bind(general.textProperty().isNotEmpty());
        Label readOnly = new Label(messages.get("review.ui.read-only"));
        readOnly.setId("review-read-only");
        readOnly.getStyleClass().add("warning-text");
        readOnly.visibleProperty().bind(model.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        Button save = new Button(messages.get("review.ui.save"));
        save.setId("review-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.canSaveBinding().not());
        save.setOnAction(e -> save(onSaved, () -> { }));
        Button saveNext = new Button(messages.get("review.ui.save-next"));
        saveNext.setId("review-save-next");
        saveNext.disableProperty().bind(model.canSaveBinding().not());
        saveNext.setOnAction(e -> save(onSaved, () -> closeThen(next)));
        Button close = new Button(messages.get("review.ui.close"));
        close.setId("review-close");
        close.setOnAction(e -> requestClose(onSaved));
        for (Button b : new Button[] {save, saveNext, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        HBox buttons = new HBox(8, readOnly, summary, spacer, save, saveNext, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, general, buttons);
    }

    private String summaryText() {
        if (!shownAll || model.errors().isEmpty()) {
            return "";
        }
        return messages.get("review.ui.errors", model.errors().size(), model.errors().values().iterator().next());
    }

    private void showAllErrors() {
        shownAll = true;
        decorations.showAll();
        errorSummary.setText(summaryText());
    }

    private void save(Consumer<HouseholdReview> onSaved, Runnable then) {
        if (!model.canSaveBinding().get()) {
            showAllErrors();
            return;
        }
        afterSave = then;
        model.save(saved -> {
            onSaved.accept(saved);
            afterSave.run();
        });
    }

    private void closeThen(Runnable next) {
        stage.close();
        next.run();
    }

    private void requestClose(Consumer<HouseholdReview> onSaved) {
        if (!model.dirtyProperty().get() || model.readOnlyProperty().get()) {
            stage.close();
            return;
        }
        switch (Dialogs.unsavedChanges(stage, messages, model.canSaveBinding().get())) {
            case SAVE -> save(onSaved, stage::close);
            case DISCARD -> stage.close();
            case STAY -> showAllErrors();
        }
    }
}
