package vn.chungtay.ui.support;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.ui.common.TypeAhead;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.unit.FormWindow;

/** The small dialog that adds or renames a programme or a kind, in the frame the other small forms share. */
final class CatalogueEntryWindow {

    private final CatalogueEntryViewModel model;
    private final Messages messages;

    CatalogueEntryWindow(CatalogueEntryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Opens the dialog; {@code onSaved} gets the entry's code after the dialog has closed. */
    void show(Window owner, String programmeName, Consumer<String> onSaved) {
        FormWindow window = new FormWindow(owner, messages, messages.get(titleKey()), model.errors(),
                model.generalErrorProperty(), model.savingProperty());
        if (model.isKind()) {
            Label programme = new Label(programmeName);
            programme.setWrapText(true);
            programme.setId("catalogue-form-programme");
            window.field(messages.get("catalogue.form.programme"), programme, null);
        }
        TextField code;
        if (model.isNew()) {
            code = window.text(messages.get("catalogue.form.code"), "catalogue-form-code", "code",
                    model.codeProperty(), messages.get(model.isKind() ? "catalogue.form.code.kind-prompt"
                            : "catalogue.form.code.programme-prompt"));
        } else {
            code = null;
            Label fixed = new Label(model.codeProperty().get());
            window.field(messages.get("catalogue.form.code"), fixed, null);
        }
        TextField name = window.text(messages.get("catalogue.form.name"), "catalogue-form-name", "name",
                model.nameProperty(), "");
        window.text(messages.get("catalogue.form.name-en"), "catalogue-form-name-en", "nameEn",
                model.nameEnProperty(), messages.get("catalogue.form.name-en.prompt"));
        if (model.isKind()) {
            ComboBox<SupportForm> form = new ComboBox<>(FXCollections.observableArrayList(SupportForm.values()));
            form.setId("catalogue-form-usual-form");
            form.valueProperty().bindBidirectional(model.usualFormProperty());
            UnitCells.show(form, f -> messages.get(f.messageKey()), "");
            TypeAhead.install(form, f -> messages.get(f.messageKey()));
            window.field(messages.get("catalogue.form.usual-form"), form, "form");
        } else {
            window.text(messages.get("catalogue.form.legal-basis"), "catalogue-form-legal-basis", "legalBasis",
                    model.legalBasisProperty(), messages.get("catalogue.form.legal-basis.prompt"));
        }
        window.note(messages.get(model.isNew() ? "catalogue.form.hint.new" : "catalogue.form.hint.rename"));
        window.show(() -> model.save(saved -> {
            window.close();
            onSaved.accept(saved);
        }), code != null ? code : name);
    }

    private String titleKey() {
        return switch (model.mode()) {
            case ADD_PROGRAMME -> "catalogue.form.title.add-programme";
            case ADD_KIND -> "catalogue.form.title.add-kind";
            case EDIT_PROGRAMME -> "catalogue.form.title.rename-programme";
            case EDIT_KIND -> "catalogue.form.title.rename-kind";
        };
    }
}
