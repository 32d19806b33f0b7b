package vn.chungtay.ui.unit;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.unit.AdminUnit;

/**
 * The selected unit's details as the texts the screen shows, so the view only binds labels. The code is shown as
 * stored text: leading zeros ("01", "001") are part of an official code.
 */
public final class UnitDetailsModel {

    private final Messages messages;
    private final BooleanProperty present = new SimpleBooleanProperty();
    private final StringProperty level = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty parent = new SimpleStringProperty("");
    private final StringProperty validFrom = new SimpleStringProperty("");
    private final StringProperty validTo = new SimpleStringProperty("");
    private final StringProperty accessNote = new SimpleStringProperty("");

    UnitDetailsModel(Messages messages) {
        this.messages = messages;
    }

    /** Shows the unit (null: nothing selected) with its parent (null for a province) and whether it is editable. */
    void show(AdminUnit unit, AdminUnit parentUnit, boolean editable) {
        present.set(unit != null);
        if (unit == null) {
            for (StringProperty text : new StringProperty[] {level, code, name, parent, validFrom, validTo,
                accessNote}) {
                text.set("");
            }
            return;
        }
        level.set(messages.get(unit.level().messageKey()));
        code.set(unit.code());
        name.set(unit.name());
        parent.set(parentUnit != null ? UnitsViewModel.label(parentUnit)
                : unit.parentCode() != null ? unit.parentCode() : messages.get("unit.parent.none"));
        validFrom.set(unit.details().validFrom() == null ? messages.get("unit.valid-from.unknown")
                : DateText.format(unit.details().validFrom()));
        validTo.set(unit.details().validTo() == null ? messages.get("unit.valid-to.open")
                : DateText.format(unit.details().validTo()));
        accessNote.set(messages.get(editable ? "unit.access.editable" : "unit.access.read-only"));
    }

    /** True while a unit is selected. */
    public BooleanProperty presentProperty() {
        return present;
    }

    public StringProperty levelProperty() {
        return level;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty parentProperty() {
        return parent;
    }

    public StringProperty validFromProperty() {
        return validFrom;
    }

    public StringProperty validToProperty() {
        return validTo;
    }

    /** Whether the person may edit this unit, in a sentence. */
    public StringProperty accessNoteProperty() {
        return accessNote;
    }
}
