package vn.chungtay.ui.unit;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.ui.common.TypeAhead;
import vn.chungtay.ui.common.UnitCells;

/** The form for a new child unit or an edited unit: level, code, name and validity, under a fixed parent. */
final class UnitFormWindow {

    private final UnitFormViewModel model;
    private final Messages messages;

    UnitFormWindow(UnitFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Opens the form; {@code onSaved} gets the saved unit after the window has closed. */
    void show(Window owner, Consumer<AdminUnit> onSaved) {
        FormWindow window = new FormWindow(owner, messages,
                messages.get(model.isNew() ? "unit.form.title.new" : "unit.form.title.edit"), model.errors(),
                model.generalErrorProperty(), model.savingProperty());
        Label parent = new Label();
        parent.setId("unit-form-parent");
        parent.textProperty().bind(model.parentTextProperty());
        window.field(messages.get("unit.field.parent"), parent, null);

        ComboBox<UnitLevel> level = new ComboBox<>(model.levels());
        level.setId("unit-form-level");
        level.valueProperty().bindBidirectional(model.levelProperty());
        UnitCells.show(level, l -> messages.get(l.messageKey()), "");
        TypeAhead.install(level, l -> messages.get(l.messageKey()));
        level.disableProperty().bind(Bindings.size(model.levels()).lessThan(2));
        window.field(messages.get("unit.field.level"), level, "level");

        TextField code = window.text(messages.get("unit.field.code"), "unit-form-code", "code", model.codeProperty(),
                "");
        code.promptTextProperty().bind(model.codePromptProperty());
        code.disableProperty().bind(model.codeEditableProperty().not());
        TextField name = window.text(messages.get("unit.field.name"), "unit-form-name", "name", model.nameProperty(),
                messages.get("unit.form.name.prompt"));
        window.text(messages.get("unit.field.valid-from"), "unit-form-valid-from", "validFrom",
                model.validFromProperty(), messages.get("unit.date.prompt"));
        window.text(messages.get("unit.field.valid-to"), "unit-form-valid-to", "validTo", model.validToProperty(),
                messages.get("unit.date.prompt"));
        if (!model.codeEditableProperty().get()) {
            window.note(messages.get("unit.form.code.locked"));
        }
        window.note(messages.get("unit.form.keyboard-hint"));

        window.show(() -> model.save(saved -> {
            window.close();
            onSaved.accept(saved);
        }), model.isNew() ? code : name);
    }
}
