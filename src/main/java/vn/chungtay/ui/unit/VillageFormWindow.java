package vn.chungtay.ui.unit;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.unit.Village;

/** The form for a new or edited village: its name and the dates it existed, within its commune. */
final class VillageFormWindow {

    private final VillageFormViewModel model;
    private final Messages messages;

    VillageFormWindow(VillageFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Opens the form; {@code onSaved} gets the saved village after the window has closed. */
    void show(Window owner, Consumer<Village> onSaved) {
        FormWindow window = new FormWindow(owner, messages,
                messages.get(model.isNew() ? "village.form.title.new" : "village.form.title.edit"), model.errors(),
                model.generalErrorProperty(), model.savingProperty());
        Label commune = new Label();
        commune.setId("village-form-commune");
        commune.textProperty().bind(model.communeTextProperty());
        window.field(messages.get("unit.level.commune"), commune, null);
        TextField name = window.text(messages.get("village.field.name"), "village-form-name", "name",
                model.nameProperty(), messages.get("village.name.prompt"));
        window.text(messages.get("unit.field.valid-from"), "village-form-valid-from", "validFrom",
                model.validFromProperty(), messages.get("unit.date.prompt"));
        window.text(messages.get("unit.field.valid-to"), "village-form-valid-to", "validTo", model.validToProperty(),
                messages.get("unit.date.prompt"));
        window.note(messages.get("unit.form.keyboard-hint"));

        window.show(() -> model.save(saved -> {
            window.close();
            onSaved.accept(saved);
        }), name);
    }
}
