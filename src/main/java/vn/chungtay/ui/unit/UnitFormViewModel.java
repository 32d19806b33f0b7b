package vn.chungtay.ui.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The form for a new child unit or an edited unit, buffered until saved. Fields are checked with the domain's own
 * rules on every edit; the service's answer (a code already taken, a unit outside the person's reach) is shown the
 * same way after a save attempt. Parent and, when editing, level are fixed: moving a unit is a merger, not an edit.
 */
public final class UnitFormViewModel {

    /** Fields that have their own control; violations of other fields go to the general error. */
    private static final Set<String> FIELDS = Set.of("level", "code", "name", "validFrom", "validTo");

    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;

    private final ObservableList<UnitLevel> levels = FXCollections.observableArrayList();
    private final ObjectProperty<UnitLevel> level = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty validFrom = new SimpleStringProperty("");
    private final StringProperty validTo = new SimpleStringProperty("");
    private final StringProperty parentText = new SimpleStringProperty("");
    private final StringProperty codePrompt = new SimpleStringProperty("");
    private final BooleanProperty codeEditable = new SimpleBooleanProperty(true);
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FieldErrors errors;
    private final BooleanBinding canSave;

    private UUID unitId;
    private String parentCode;

    public UnitFormViewModel(UnitService units, TaskRunner tasks, Messages messages, Actor actor) {
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.errors = new FieldErrors(messages);
        InvalidationListener revalidate = obs -> revalidate();
        for (Observable field : new Observable[] {level, code, name, validFrom, validTo}) {
            field.addListener(revalidate);
        }
        level.addListener((obs, old, now) -> codePrompt.set(now == null ? ""
                : messages.get("unit.form.code.prompt", now.codeLength())));
        canSave = Bindings.createBooleanBinding(() -> errors.map().isEmpty() && !saving.get(), errors.map(), saving);
    }

    /**
     * Starts a new unit under {@code parent}. Under a province it may be a commune (the only choice since the 2025
     * reform, so it comes first) or a district; under a district only a commune.
     */
    public void startNew(AdminUnit parent) {
        unitId = null;
        parentCode = parent.code();
        parentText.set(UnitsViewModel.label(parent));
        levels.setAll(parent.level() == UnitLevel.PROVINCE ? List.of(UnitLevel.COMMUNE, UnitLevel.DISTRICT)
                : List.of(UnitLevel.COMMUNE));
        codeEditable.set(true);
        fill(UnitLevel.COMMUNE, "", "", "", "");
    }

    /**
     * Starts editing a unit. {@code codeLocked} keeps the code as it is where other data already refers to it: a code
     * is permanent while its unit exists (DOMAIN.md §4).
     */
    public void startEdit(AdminUnit unit, AdminUnit parent, boolean codeLocked) {
        unitId = unit.meta().id();
        parentCode = unit.parentCode();
        parentText.set(parent == null ? messages.get("unit.parent.none") : UnitsViewModel.label(parent));
        levels.setAll(unit.level());
        codeEditable.set(!codeLocked);
        fill(unit.level(), unit.code(), unit.name(), DateText.format(unit.details().validFrom()),
                DateText.format(unit.details().validTo()));
    }

    private void fill(UnitLevel lvl, String codeText, String nameText, String from, String to) {
        level.set(lvl);
        code.set(codeText);
        name.set(nameText);
        validFrom.set(from);
        validTo.set(to);
        generalError.set("");
        revalidate();
    }

    /** The details the form describes now, as typed. */
    UnitDetails details() {
        return new UnitDetails(code.get(), level.get(), name.get(), parentCode, DateText.valueOf(validFrom.get()),
                DateText.valueOf(validTo.get()));
    }

    private void revalidate() {
        List<Violation> violations = new ArrayList<>(details().normalised().violations());
        if (!DateText.readable(validFrom.get())) {
            violations.add(Violation.of("validFrom", "unit.date.format"));
        }
        if (!DateText.readable(validTo.get())) {
            violations.add(Violation.of("validTo", "unit.date.format"));
        }
        errors.show(violations);
    }

    /** Saves in the background; {@code onSaved} gets the saved unit. Does nothing while a field is invalid. */
    public void save(Consumer<AdminUnit> onSaved) {
        if (!canSave.get()) {
            return;
        }
        UnitDetails typed = details();
        UUID id = unitId;
        saving.set(true);
        generalError.set("");
        tasks.run(BackgroundTask.of(progress -> units.saveUnit(actor, id, typed))
                .onSuccess(onSaved)
                .onError(error -> generalError.set(errors.showFailure(error, FIELDS)))
                .andFinally(() -> saving.set(false)));
    }

    public boolean isNew() {
        return unitId == null;
    }

    public ObservableList<UnitLevel> levels() {
        return levels;
    }

    public ObjectProperty<UnitLevel> levelProperty() {
        return level;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty validFromProperty() {
        return validFrom;
    }

    public StringProperty validToProperty() {
        return validTo;
    }

    /** The parent unit as a person reads it, or "none" for a province. */
    public StringProperty parentTextProperty() {
        return parentText;
    }

    /** "5 chữ số" for a commune, and so on. */
    public StringProperty codePromptProperty() {
        return codePrompt;
    }

    public BooleanProperty codeEditableProperty() {
        return codeEditable;
    }

    /** Messages of invalid fields by name: level, code, name, validFrom, validTo. */
    public ObservableMap<String, String> errors() {
        return errors.map();
    }

    public StringProperty generalErrorProperty() {
        return generalError;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
