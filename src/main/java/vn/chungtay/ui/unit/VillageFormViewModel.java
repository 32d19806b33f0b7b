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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The form for a new or edited village of a commune, buffered until saved. A name the commune already has (also
 * written with the other tone placement, "Hoà" / "Hòa") is flagged while typing, from the villages the screen shows;
 * the service checks again on saving, since another person may have added one meanwhile.
 */
public final class VillageFormViewModel {

    /** Fields that have their own control; violations of other fields go to the general error. */
    private static final Set<String> FIELDS = Set.of("name", "validFrom", "validTo");

    private final UnitService units;
    private final TaskRunner tasks;
    private final Actor actor;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty validFrom = new SimpleStringProperty("");
    private final StringProperty validTo = new SimpleStringProperty("");
    private final StringProperty communeText = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FieldErrors errors;
    private final BooleanBinding canSave;

    private UUID villageId;
    private String communeCode;
    private List<Village> siblings = List.of();

    public VillageFormViewModel(UnitService units, TaskRunner tasks, Messages messages, Actor actor) {
        this.units = units;
        this.tasks = tasks;
        this.actor = actor;
        this.errors = new FieldErrors(messages);
        InvalidationListener revalidate = obs -> revalidate();
        for (Observable field : new Observable[] {name, validFrom, validTo}) {
            field.addListener(revalidate);
        }
        canSave = Bindings.createBooleanBinding(() -> errors.map().isEmpty() && !saving.get(), errors.map(), saving);
    }

    /** Starts a new village of the commune, which already has {@code siblings}. */
    public void startNew(AdminUnit commune, List<Village> siblings) {
        start(null, commune, siblings, "", "", "");
    }

    /** Starts editing a village of the commune, which has {@code siblings} (the village among them). */
    public void startEdit(Village village, AdminUnit commune, List<Village> siblings) {
        start(village.meta().id(), commune, siblings, village.name(), DateText.format(village.validFrom()),
                DateText.format(village.validTo()));
    }

    private void start(UUID id, AdminUnit commune, List<Village> known, String nameText, String from, String to) {
        villageId = id;
        communeCode = commune.code();
        communeText.set(UnitsViewModel.label(commune));
        siblings = List.copyOf(known);
        name.set(nameText);
        validFrom.set(from);
        validTo.set(to);
        generalError.set("");
        revalidate();
    }

    private void revalidate() {
        List<Violation> violations = new ArrayList<>(Village.violations(name.get(), DateText.valueOf(validFrom.get()),
                DateText.valueOf(validTo.get())));
        String key = VietnameseText.duplicateKey(name.get());
        boolean duplicate = siblings.stream().anyMatch(v -> !v.meta().id().equals(villageId)
                && VietnameseText.duplicateKey(v.name()).equals(key));
        if (duplicate) {
            violations.add(Violation.of("name", "validation.village.duplicate", VietnameseText.clean(name.get())));
        }
        if (!DateText.readable(validFrom.get())) {
            violations.add(Violation.of("validFrom", "unit.date.format"));
        }
        if (!DateText.readable(validTo.get())) {
            violations.add(Violation.of("validTo", "unit.date.format"));
        }
        errors.show(violations);
    }

    /** Saves in the background; {@code onSaved} gets the saved village. Does nothing while a field is invalid. */
    public void save(Consumer<Village> onSaved) {
        if (!canSave.get()) {
            return;
        }
        UUID id = villageId;
        String commune = communeCode;
        String typedName = name.get();
        saving.set(true);
        generalError.set("");
        tasks.run(BackgroundTask.of(progress -> units.saveVillage(actor, id, commune, typedName,
                        DateText.valueOf(validFrom.get()), DateText.valueOf(validTo.get())))
                .onSuccess(onSaved)
                .onError(error -> generalError.set(errors.showFailure(error, FIELDS)))
                .andFinally(() -> saving.set(false)));
    }

    public boolean isNew() {
        return villageId == null;
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

    /** The commune the village belongs to, as a person reads it. */
    public StringProperty communeTextProperty() {
        return communeText;
    }

    /** Messages of invalid fields by name: name, validFrom, validTo. */
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
