package vn.chungtay.ui.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.chungtay.app.household.HouseholdService;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.HouseholdDraft.MemberDraft;
import vn.chungtay.domain.household.HouseholdRules;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The household form's state, buffered until saved (mvvmFX style): household fields, member rows, the messages of
 * every invalid field (recomputed with the domain rules on every edit), warnings about ID numbers held in other
 * households, and whether anything changed since loading. Saving runs in the background and is possible only while
 * nothing is invalid.
 */
public final class HouseholdFormViewModel {

    private final HouseholdService households;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;

    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.RURAL);
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObservableList<MemberRowViewModel> members = FXCollections.observableArrayList(
            row -> row.observables());
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanBinding canSave;

    private UUID householdId;
    private List<Object> savedState = List.of();

    public HouseholdFormViewModel(HouseholdService households, UnitService units, TaskRunner tasks, Messages messages,
                                  Actor actor) {
        this.households = households;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        InvalidationListener revalidate = obs -> revalidate();
        for (Observable field : new Observable[] {number, village, area, address, phone, members}) {
            field.addListener(revalidate);
        }
        members.addListener((ListChangeListener<MemberRowViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watchIdNumber);
            }
        });
        canSave = Bindings.createBooleanBinding(() -> errors.isEmpty() && loaded.get() && !saving.get(),
                errors, loaded, saving);
    }

    /** Loads the villages the actor may use and, for an existing household, the household; then runs whenReady. */
    public void load(UUID id, Runnable whenReady) {
        tasks.run(BackgroundTask.of(progress -> {
            Set<String> communes = households.communesOf(actor);
            List<Village> usable = units.villagesOf(communes);
            Household household = id == null ? null : households.find(id).orElseThrow(() ->
                    new ValidationException(Violation.of("household", "validation.household.gone")));
            return new Loaded(usable, household);
        }).onSuccess(result -> {
            villages.setAll(result.villages());
            fill(result.household());
            loaded.set(true);
            whenReady.run();
        }).onError(error -> generalError.set(ErrorTexts.describe(error, messages))));
    }

    private record Loaded(List<Village> villages, Household household) {
    }

    private void fill(Household household) {
        members.clear();
        if (household == null) {
            householdId = null;
            number.set("");
            village.set(villages.size() == 1 ? villages.get(0) : null);
            area.set(Area.RURAL);
            address.set("");
            phone.set("");
            MemberRowViewModel head = new MemberRowViewModel(null);
            head.relationshipProperty().set(Relationship.HEAD);
            members.add(head);
        } else {
            householdId = household.id();
            HouseholdDetails d = household.details();
            number.set(d.number());
            village.set(villages.stream().filter(v -> v.meta().id().equals(d.villageId())).findFirst().orElse(null));
            area.set(d.area());
            address.set(d.address());
            phone.set(d.phone());
            household.members().forEach(m -> members.add(MemberRowViewModel.of(m, ethnicGroups())));
        }
        savedState = state();
        dirty.set(false);
        revalidate();
    }

    /** Adds an empty member row after the last, with the previous row's ethnicity (families usually share it). */
    public MemberRowViewModel addMember() {
        MemberRowViewModel row = new MemberRowViewModel(null);
        if (!members.isEmpty()) {
            row.ethnicityProperty().set(members.get(members.size() - 1).ethnicityProperty().get());
        }
        members.add(row);
        return row;
    }

    public void removeMember(MemberRowViewModel row) {
        members.remove(row);
    }

    /** The draft the form describes now, before normalisation. */
    HouseholdDraft draft() {
        HouseholdDetails details = new HouseholdDetails(number.get(),
                village.get() == null ? null : village.get().meta().id(), area.get(), address.get(), phone.get());
        List<MemberDraft> rows = members.stream().map(m -> new MemberDraft(m.id(), m.details())).toList();
        return new HouseholdDraft(householdId, details, rows);
    }

    private void revalidate() {
        HouseholdDraft draft = HouseholdRules.normalise(draft());
        List<Violation> violations = new ArrayList<>(households.rules().violations(draft, households.today()));
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).birthUnreadable()) {
                String path = "members[" + i + "].birth";
                violations.removeIf(v -> v.field().equals(path));
                violations.add(Violation.of(path, "validation.birth.format"));
            }
        }
        showViolations(violations);
        dirty.set(!state().equals(savedState));
    }

    private void showViolations(List<Violation> violations) {
        Map<String, String> next = new LinkedHashMap<>();
        for (Violation v : violations) {
            next.putIfAbsent(v.field(), messages.get(v));
        }
        if (!next.equals(errors)) {
            errors.clear();
            errors.putAll(next);
        }
    }

    private List<Object> state() {
        List<Object> state = new ArrayList<>(List.of(number.get(), address.get(), phone.get()));
        state.add(village.get() == null ? null : village.get().meta().id());
        state.add(area.get());
        members.forEach(m -> state.add(m.state()));
        return state;
    }

    private void watchIdNumber(MemberRowViewModel row) {
        long[] generation = {0};
        row.idNumberProperty().addListener((obs, old, now) -> checkOtherHolders(row, generation));
        checkOtherHolders(row, generation);
    }

    /**
     * Looks up, in the background, who else holds the row's ID number: on typing, and when a household is opened,
     * so that a duplicate already in the register is seen too. Only the latest look-up of a row counts.
     */
    private void checkOtherHolders(MemberRowViewModel row, long[] generation) {
        long mine = ++generation[0];
        String typed = row.idNumberProperty().get() == null ? "" : row.idNumberProperty().get().replaceAll("\\s", "");
        if (typed.length() < 9) {
            row.otherHoldersProperty().set(List.of());
            return;
        }
        UUID self = householdId;
        tasks.run(BackgroundTask.of(progress -> households.otherHoldersOf(typed, self))
                .onSuccess(holders -> {
                    if (mine == generation[0]) {
                        row.otherHoldersProperty().set(holders);
                    }
                }));
    }

    /** Saves in the background; on success the form holds the saved household and is no longer dirty. */
    public void save(Consumer<Household> onSaved) {
        if (!canSave.get()) {
            return;
        }
        HouseholdDraft draft = draft();
        String commune = village.get().communeCode();
        saving.set(true);
        generalError.set("");
        tasks.run(BackgroundTask.of(progress -> households.save(actor, commune, draft))
                .onSuccess(saved -> {
                    fill(saved);
                    onSaved.accept(saved);
                })
                .onError(error -> {
                    if (error instanceof ValidationException invalid) {
                        showViolations(invalid.violations());
                    }
                    generalError.set(ErrorTexts.describe(error, messages));
                })
                .andFinally(() -> saving.set(false)));
    }

    public List<EthnicGroup> ethnicGroups() {
        return households.ethnicGroups();
    }

    public boolean isNew() {
        return householdId == null;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<Village> villageProperty() {
        return village;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObservableList<MemberRowViewModel> members() {
        return members;
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    /** Messages of invalid fields by path ({@code number}, {@code members[1].idNumber} …). */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty generalErrorProperty() {
        return generalError;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
