package vn.chungtay.ui.unit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * State and commands of the administrative units screen: the hierarchy, the selected unit with its details, whether
 * the person may edit it (their own unit and below; units above are context only), and the villages of a selected
 * commune. Every service call runs through the task runner; an answer about an earlier selection than the current
 * one is dropped.
 */
public final class UnitsViewModel {

    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;

    private final ReadOnlyObjectWrapper<UnitTree> tree = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<AdminUnit> selected = new SimpleObjectProperty<>();
    private final UnitDetailsModel details;
    private final BooleanProperty editable = new SimpleBooleanProperty();
    private final BooleanProperty canAddChild = new SimpleBooleanProperty();
    private final BooleanProperty commune = new SimpleBooleanProperty();
    private final BooleanProperty canEditVillages = new SimpleBooleanProperty();
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Village> selectedVillage = new SimpleObjectProperty<>();
    private final StringProperty villagesTitle = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty villageError = new SimpleStringProperty("");

    private long villageGeneration;

    public UnitsViewModel(UnitService units, TaskRunner tasks, Messages messages, Actor actor) {
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.details = new UnitDetailsModel(messages);
        selected.addListener((obs, old, now) -> showSelected(now));
    }

    /** A unit as people read it in lists: its name and, in brackets, its official code. */
    static String label(AdminUnit unit) {
        return unit.name() + " (" + unit.code() + ")";
    }

    /** Loads the hierarchy and selects the person's own unit. */
    public void load() {
        reload(actor.unitCode());
    }

    /** Loads the hierarchy again, then selects the unit with the code (or else the person's own unit). */
    private void reload(String code) {
        busy.set(true);
        tasks.run(BackgroundTask.of(progress -> units.tree())
                .onSuccess(loaded -> {
                    error.set("");
                    tree.set(loaded);
                    AdminUnit target = loaded.find(code).or(() -> loaded.find(actor.unitCode()))
                            .or(() -> loaded.roots().stream().findFirst()).orElse(null);
                    if (target != null && target.equals(selected.get())) {
                        showSelected(target);
                    } else {
                        selected.set(target);
                    }
                })
                .onError(e -> error.set(ErrorTexts.describe(e, messages)))
                .andFinally(() -> busy.set(false)));
    }

    private void showSelected(AdminUnit unit) {
        UnitTree current = tree.get();
        boolean mine = unit != null && current != null && current.isWithin(unit.code(), actor.unitCode());
        details.show(unit, unit == null || current == null ? null : current.find(unit.parentCode()).orElse(null),
                mine);
        editable.set(mine);
        canAddChild.set(mine && unit.level() != UnitLevel.COMMUNE);
        commune.set(unit != null && unit.level() == UnitLevel.COMMUNE);
        canEditVillages.set(mine && commune.get());
        villagesTitle.set(commune.get() ? messages.get("village.section.title", label(unit)) : "");
        villageError.set("");
        loadVillages(unit, null);
    }

    private void loadVillages(AdminUnit unit, UUID selectId) {
        long mine = ++villageGeneration;
        selectedVillage.set(null);
        if (unit == null || unit.level() != UnitLevel.COMMUNE) {
            villages.clear();
            return;
        }
        tasks.run(BackgroundTask.of(progress -> units.villagesOf(List.of(unit.code())))
                .onSuccess(list -> {
                    if (mine != villageGeneration) {
                        return;
                    }
                    villages.setAll(list);
                    selectedVillage.set(list.stream().filter(v -> v.meta().id().equals(selectId)).findFirst()
                            .orElse(null));
                })
                .onError(e -> {
                    if (mine == villageGeneration) {
                        villageError.set(ErrorTexts.describe(e, messages));
                    }
                }));
    }

    /** True when the person may edit the unit: it is their own unit or lies below it. */
    public boolean isEditable(AdminUnit unit) {
        return tree.get() != null && unit != null && tree.get().isWithin(unit.code(), actor.unitCode());
    }

    /** The units from the top of the tree down to the person's own unit, to open the tree there. */
    public List<AdminUnit> ownPath() {
        return tree.get() == null ? List.of() : tree.get().path(actor.unitCode());
    }

    /** A form for a new unit under the selected one; the view shows it only while {@link #canAddChild} holds. */
    public UnitFormViewModel newChildForm() {
        UnitFormViewModel form = new UnitFormViewModel(units, tasks, messages, actor);
        form.startNew(selected.get());
        return form;
    }

    /**
     * A form for the selected unit. The code stays fixed where something refers to it: units or villages under the
     * unit, or the person's own sign-in.
     */
    public UnitFormViewModel editForm() {
        AdminUnit unit = selected.get();
        boolean referenced = unit.code().equals(actor.unitCode()) || !tree.get().children(unit.code()).isEmpty()
                || !villages.isEmpty();
        UnitFormViewModel form = new UnitFormViewModel(units, tasks, messages, actor);
        form.startEdit(unit, tree.get().find(unit.parentCode()).orElse(null), referenced);
        return form;
    }

    /** After a form saved a unit: the tree again, with that unit selected. */
    public void unitSaved(AdminUnit saved) {
        reload(saved.code());
    }

    public VillageFormViewModel newVillageForm() {
        VillageFormViewModel form = new VillageFormViewModel(units, tasks, messages, actor);
        form.startNew(selected.get(), List.copyOf(villages));
        return form;
    }

    public VillageFormViewModel editVillageForm(Village village) {
        VillageFormViewModel form = new VillageFormViewModel(units, tasks, messages, actor);
        form.startEdit(village, selected.get(), List.copyOf(villages));
        return form;
    }

    /** After a form saved a village: the commune's villages again, with that village selected. */
    public void villageSaved(Village saved) {
        villageError.set("");
        loadVillages(selected.get(), saved.meta().id());
    }

    /**
     * Deletes the village (the view has asked first) and selects its neighbour, so Delete can be pressed again; a
     * village with households stays, with the reason shown.
     */
    public void deleteVillage(Village village) {
        // By id: the village given may carry the save's own time stamp, finer than the stored one.
        int index = -1;
        for (int i = 0; i < villages.size(); i++) {
            if (villages.get(i).meta().id().equals(village.meta().id())) {
                index = i;
            }
        }
        Village neighbour = index < 0 ? null : index + 1 < villages.size() ? villages.get(index + 1)
                : index > 0 ? villages.get(index - 1) : null;
        UUID next = neighbour == null ? null : neighbour.meta().id();
        busy.set(true);
        villageError.set("");
        tasks.run(BackgroundTask.of(progress -> {
            units.deleteVillage(actor, village.meta().id());
            return village;
        }).onSuccess(done -> loadVillages(selected.get(), next))
                .onError(e -> villageError.set(ErrorTexts.describe(e, messages)))
                .andFinally(() -> busy.set(false)));
    }

    public ReadOnlyObjectProperty<UnitTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ObjectProperty<AdminUnit> selectedProperty() {
        return selected;
    }

    /** The selected unit's details as texts. */
    public UnitDetailsModel details() {
        return details;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public BooleanProperty canAddChildProperty() {
        return canAddChild;
    }

    /** True when the selected unit is a commune, so its villages are shown. */
    public BooleanProperty communeProperty() {
        return commune;
    }

    public BooleanProperty canEditVillagesProperty() {
        return canEditVillages;
    }

    /** The selected commune's live villages, in Vietnamese order of names. */
    public ObservableList<Village> villages() {
        return villages;
    }

    public ObjectProperty<Village> selectedVillageProperty() {
        return selectedVillage;
    }

    public StringProperty villagesTitleProperty() {
        return villagesTitle;
    }

    /** True while the tree loads or a village is being deleted; commands wait for it. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Why the hierarchy could not be loaded, or "". */
    public StringProperty errorProperty() {
        return error;
    }

    /** Why the village list could not be loaded or a village not deleted, or "". */
    public StringProperty villageErrorProperty() {
        return villageError;
    }

    /** The unit with the code in the loaded tree. */
    public Optional<AdminUnit> find(String code) {
        return tree.get() == null ? Optional.empty() : tree.get().find(code);
    }
}
