package vn.chungtay.ui.review;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;

/**
 * The review form's live answer: the class in its colour, the reason with the figures that decided it, how many
 * indicators are ticked, and the transition from the previous round it would make. It follows every keystroke and
 * tick, so a reviewer sees the line and the threshold being crossed.
 */
final class ReviewResultPane {

    private final VBox root = new VBox(8);

    ReviewResultPane(ReviewFormViewModel model, Messages messages) {
        root.getStyleClass().add("review-result");
        root.setPrefWidth(330);
        root.setMinWidth(280);
        Label title = new Label(messages.get("review.ui.result.title"));
        title.getStyleClass().add("section-title");
        Label povertyClass = new Label();
        povertyClass.setId("review-class");
        povertyClass.getStyleClass().add("review-class");
        povertyClass.setWrapText(true);
        povertyClass.textProperty().bind(model.result().classTextProperty());
        model.result().classificationProperty().addListener((obs, old, now) ->
                ClassStyles.apply(povertyClass, now == null ? null : now.povertyClass()));
        Label reason = wrapping("review-reason");
        reason.textProperty().bind(model.result().reasonTextProperty());
        Label lacking = wrapping("review-lacking");
        lacking.getStyleClass().add("muted");
        lacking.textProperty().bind(model.result().lackingTextProperty());
        Label previous = wrapping("review-previous");
        previous.textProperty().bind(model.summary().previousProperty());
        Label transitionTitle = new Label(messages.get("review.ui.result.transition"));
        transitionTitle.getStyleClass().add("section-title");
        Label transition = wrapping("review-transition");
        transition.textProperty().bind(model.result().transitionTextProperty());
        Label note = wrapping(null);
        note.getStyleClass().add("muted");
        note.setText(messages.get("review.ui.result.transition-note"));
        // A closed round's transition is the stored one, not a preview.
        note.visibleProperty().bind(model.readOnlyProperty().not());
        note.managedProperty().bind(note.visibleProperty());
        root.getChildren().addAll(title, povertyClass, reason, lacking, transitionTitle, previous, transition, note);
    }

    Node root() {
        return root;
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
