package vn.chungtay.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
import vn.chungtay.app.review.RoundService;
import vn.chungtay.app.review.StandardService;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;
import vn.chungtay.ui.unit.FieldErrors;

/**
 * Opening a review round for a commune: the year (this year by default), periodic or regular, and the standard. The
 * standard in force in the year is chosen whenever the year changes, and a person may choose another; its name and
 * legal basis show, so nobody classifies under the wrong decree unawares. The service decides what may be opened
 * (one open round per commune, one periodic round per year) and its refusals show on the fields.
 */
public final class OpenRoundViewModel {

    private static final Set<String> FIELDS = Set.of("year", "kind", "standard");

    private final RoundService rounds;
    private final StandardService standards;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final AdminUnit commune;

    private final StringProperty year = new SimpleStringProperty("");
    private final ObjectProperty<RoundKind> kind = new SimpleObjectProperty<>(RoundKind.PERIODIC);
    private final ObservableList<PovertyStandard> known = FXCollections.observableArrayList();
    private final ObjectProperty<PovertyStandard> standard = new SimpleObjectProperty<>();
    private final StringProperty standardInfo = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FieldErrors errors;
    private final BooleanBinding canSave;
    private long generation;

    OpenRoundViewModel(RoundService rounds, StandardService standards, TaskRunner tasks, Messages messages,
                       Actor actor, AdminUnit commune, List<PovertyStandard> knownStandards, int currentYear) {
        this.rounds = rounds;
        this.standards = standards;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.commune = commune;
        this.errors = new FieldErrors(messages);
        known.setAll(knownStandards);
        year.addListener((obs, old, now) -> {
            revalidate();
            preselect();
        });
        kind.addListener((obs, old, now) -> revalidate());
        standard.addListener((obs, old, now) -> {
            describe(now);
            revalidate();
        });
        canSave = Bindings.createBooleanBinding(() -> errors.map().isEmpty() && !saving.get(), errors.map(), saving);
        year.set(Integer.toString(currentYear));
    }

    private Integer typedYear() {
        String t = year.get() == null ? "" : year.get().strip();
        return t.matches("\\d{4}") ? Integer.valueOf(t) : null;
    }

    /** Chooses the standard in force in the typed year (asked of the service); the latest answer counts. */
    private void preselect() {
        Integer y = typedYear();
        if (y == null) {
            return;
        }
        long mine = ++generation;
        tasks.run(BackgroundTask.of(progress -> standards.forYear(y))
                .onSuccess(found -> {
                    // No standard for the year: keep the choice; its note says it does not apply, and the
                    // service says which years may be reviewed.
                    if (mine == generation && found.isPresent()) {
                        standard.set(known.stream().filter(k -> k.code().equals(found.get().code())).findFirst()
                                .orElse(found.get()));
                    }
                }));
    }

    private void describe(PovertyStandard chosen) {
        if (chosen == null) {
            standardInfo.set(messages.get("round.form.standard.none"));
            return;
        }
        String info = messages.get("round.form.standard.info", chosen.details().legalBasis(),
                Integer.toString(chosen.details().firstYear()), Integer.toString(chosen.details().lastYear()));
        Integer y = typedYear();
        if (y != null && !chosen.details().appliesTo(y)) {
            info += " " + messages.get("round.form.standard.other-years", Integer.toString(y));
        }
        if (chosen.details().provisional()) {
            info += " " + messages.get("round.form.standard.provisional");
        }
        standardInfo.set(info);
    }

    private void revalidate() {
        List<Violation> violations = new ArrayList<>();
        if (typedYear() == null) {
            violations.add(Violation.of("year", "round.form.year.format"));
        }
        if (kind.get() == null) {
            violations.add(Violation.of("kind", "round.form.kind.required"));
        }
        if (standard.get() == null) {
            violations.add(Violation.of("standard", "round.form.standard.required"));
        }
        errors.show(violations);
        describe(standard.get());
    }

    /** Opens the round in the background; {@code onOpened} gets it. Does nothing while a field is invalid. */
    public void save(Consumer<ReviewRound> onOpened) {
        if (!canSave.get()) {
            return;
        }
        int y = typedYear();
        RoundKind k = kind.get();
        String code = standard.get().code();
        saving.set(true);
        generalError.set("");
        tasks.run(BackgroundTask.of(progress -> rounds.open(actor, commune.code(), y, k, code))
                .onSuccess(onOpened)
                .onError(error -> generalError.set(errors.showFailure(error, FIELDS)))
                .andFinally(() -> saving.set(false)));
    }

    public AdminUnit commune() {
        return commune;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObjectProperty<RoundKind> kindProperty() {
        return kind;
    }

    public ObservableList<PovertyStandard> standards() {
        return known;
    }

    public ObjectProperty<PovertyStandard> standardProperty() {
        return standard;
    }

    /** The chosen standard's legal basis and years, and a warning when it does not apply to the year. */
    public StringProperty standardInfoProperty() {
        return standardInfo;
    }

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
