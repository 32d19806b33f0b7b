package vn.chungtay.ui.setup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
import vn.chungtay.app.identity.IdentityService;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * First start: who is working, and for which unit. The unit is picked from those the database knows, or typed in
 * (province, optionally a district, optionally a commune: the lowest one given is the person's unit).
 */
public final class FirstStartViewModel {

    private final IdentityService identity;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;

    private final StringProperty userName = new SimpleStringProperty("");
    private final ObservableList<AdminUnit> knownUnits = FXCollections.observableArrayList();
    private final ObjectProperty<AdminUnit> chosenUnit = new SimpleObjectProperty<>();
    private final BooleanProperty createUnits = new SimpleBooleanProperty(true);
    private final StringProperty provinceCode = new SimpleStringProperty("");
    private final StringProperty provinceName = new SimpleStringProperty("");
    private final StringProperty districtCode = new SimpleStringProperty("");
    private final StringProperty districtName = new SimpleStringProperty("");
    private final StringProperty communeCode = new SimpleStringProperty("");
    private final StringProperty communeName = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();

    public FirstStartViewModel(IdentityService identity, UnitService units, TaskRunner tasks, Messages messages) {
        this.identity = identity;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Loads the units the database already knows; with some, picking one is the default. */
    public void load() {
        tasks.run(BackgroundTask.of(progress -> new ArrayList<>(units.tree().all()))
                .onSuccess(all -> {
                    all.sort(Comparator.comparing((AdminUnit u) -> u.level().ordinal()).thenComparing(AdminUnit::code));
                    knownUnits.setAll(all);
                    createUnits.set(all.isEmpty());
                })
                .onError(e -> generalError.set(ErrorTexts.describe(e, messages))));
    }

    /** Signs the person in (creating typed units first); {@code onDone} receives the actor. */
    public void start(Consumer<Actor> onDone) {
        errors.clear();
        generalError.set("");
        List<UnitDetails> newUnits = new ArrayList<>();
        String unitCode;
        if (createUnits.get()) {
            unitCode = typedUnits(newUnits);
        } else {
            unitCode = chosenUnit.get() == null ? null : chosenUnit.get().code();
            if (unitCode == null) {
                errors.put("unitCode", messages.get("validation.unit.choose"));
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        String name = userName.get();
        working.set(true);
        tasks.run(BackgroundTask.of(progress -> identity.signIn(name, unitCode, newUnits))
                .onSuccess(onDone)
                .onError(error -> {
                    if (error instanceof ValidationException invalid) {
                        for (Violation v : invalid.violations()) {
                            errors.putIfAbsent(v.field(), messages.get(v));
                        }
                    }
                    generalError.set(ErrorTexts.describe(error, messages));
                })
                .andFinally(() -> working.set(false)));
    }

    private String typedUnits(List<UnitDetails> out) {
        String province = provinceCode.get().strip();
        out.add(new UnitDetails(province, UnitLevel.PROVINCE, provinceName.get(), null, null, null));
        String parent = province;
        String lowest = province;
        if (!districtCode.get().isBlank() || !districtName.get().isBlank()) {
            String district = districtCode.get().strip();
            out.add(new UnitDetails(district, UnitLevel.DISTRICT, districtName.get(), parent, null, null));
            parent = district;
            lowest = district;
        }
        if (!communeCode.get().isBlank() || !communeName.get().isBlank()) {
            String commune = communeCode.get().strip();
            out.add(new UnitDetails(commune, UnitLevel.COMMUNE, communeName.get(), parent, null, null));
            lowest = commune;
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (UnitDetails unit : out) {
            for (Violation v : unit.normalised().violations()) {
                found.putIfAbsent(unit.level() + "." + v.field(), messages.get(v));
            }
        }
        if (userName.get().isBlank()) {
            found.put("userName", messages.get("validation.name.required"));
        }
        errors.putAll(found);
        return lowest;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public ObservableList<AdminUnit> knownUnits() {
        return knownUnits;
    }

    public ObjectProperty<AdminUnit> chosenUnitProperty() {
        return chosenUnit;
    }

    public BooleanProperty createUnitsProperty() {
        return createUnits;
    }

    public StringProperty provinceCodeProperty() {
        return provinceCode;
    }

    public StringProperty provinceNameProperty() {
        return provinceName;
    }

    public StringProperty districtCodeProperty() {
        return districtCode;
    }

    public StringProperty districtNameProperty() {
        return districtName;
    }

    public StringProperty communeCodeProperty() {
        return communeCode;
    }

    public StringProperty communeNameProperty() {
        return communeName;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty generalErrorProperty() {
        return generalError;
    }

    public BooleanProperty workingProperty() {
        return working;
    }
}
