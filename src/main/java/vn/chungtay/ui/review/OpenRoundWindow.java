package vn.chungtay.ui.review;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.ui.common.TypeAhead;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.unit.FormWindow;

/** The dialog that opens a review round: commune, year, kind and standard, with the standard's legal basis. */
final class OpenRoundWindow {

    private final OpenRoundViewModel model;
    private final Messages messages;

    OpenRoundWindow(OpenRoundViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Opens the dialog; {@code onOpened} gets the new round after the dialog has closed. */
    void show(Window owner, Consumer<ReviewRound> onOpened) {
        FormWindow window = new FormWindow(owner, messages, messages.get("round.form.title"), model.errors(),
                model.generalErrorProperty(), model.savingProperty());
        Label commune = new Label(model.commune().name() + " (" + model.commune().code() + ")");
        commune.setId("round-form-commune");
        window.field(messages.get("round.form.commune"), commune, null);
        TextField year = window.text(messages.get("round.form.year"), "round-form-year", "year", model.yearProperty(),
                messages.get("round.form.year.prompt"));
        ComboBox<RoundKind> kind = new ComboBox<>(FXCollections.observableArrayList(RoundKind.values()));
        kind.setId("round-form-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        UnitCells.show(kind, k -> messages.get(k.messageKey()), "");
        TypeAhead.install(kind, k -> messages.get(k.messageKey()));
        window.field(messages.get("round.form.kind"), kind, "kind");
        ComboBox<PovertyStandard> standard = new ComboBox<>(model.standards());
        standard.setId("round-form-standard");
        standard.valueProperty().bindBidirectional(model.standardProperty());
        UnitCells.show(standard, s -> s.details().name(), messages.get("round.form.standard.none"));
        window.field(messages.get("round.form.standard"), standard, "standard");
        Label info = new Label();
        info.setId("round-form-standard-info");
        info.getStyleClass().add("muted");
        info.setWrapText(true);
        // Room for the longest legal basis, which arrives after the window is laid out (the standard is looked up).
        info.setPrefWidth(440);
        info.setMinHeight(76);
        info.textProperty().bind(model.standardInfoProperty());
        window.field("", info, null);
        window.note(messages.get("round.form.hint"));
        window.saveLabel(messages.get("round.form.save"));
        window.show(() -> model.save(opened -> {
            window.close();
            onOpened.accept(opened);
        }), year);
    }
}
