package vn.chungtay.ui.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.support.CatalogueService;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;
import vn.chungtay.ui.unit.FieldErrors;

/**
 * Adding or renaming one catalogue entry: a programme (code, names, legal basis) or a kind of a programme (code, names,
 * usual form). A code is permanent, since records store it, so only a new entry has one to type. The form says at
 * once what is missing; the service decides the rest (a code already taken, a commune officer who may not edit).
 */
public final class CatalogueEntryViewModel {

    /** What the form does. */
    public enum Mode { ADD_PROGRAMME, ADD_KIND, EDIT_PROGRAMME, EDIT_KIND }

    private static final Set<String> FIELDS = Set.of("code", "name", "nameEn", "legalBasis", "form");

    private final CatalogueService catalogue;
    private final TaskRunner tasks;
    private final Actor actor;
    private final Mode mode;
    private final String programmeCode;
    private final boolean retired;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final ObjectProperty<SupportForm> usualForm = new SimpleObjectProperty<>();
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FieldErrors errors;
    private final BooleanBinding canSave;

    private CatalogueEntryViewModel(CatalogueService catalogue, TaskRunner tasks, Messages messages, Actor actor,
                                    Mode mode, String programmeCode, boolean retired) {
        this.catalogue = catalogue;
        this.tasks = tasks;
        this.actor = actor;
        this.mode = mode;
        this.programmeCode = programmeCode;
        this.retired = retired;
        this.errors = new FieldErrors(messages);
        for (Observable input : new Observable[] {code, name, usualForm}) {
            input.addListener(obs -> revalidate());
        }
        canSave = Bindings.createBooleanBinding(() -> errors.map().isEmpty() && !saving.get(), errors.map(), saving);
    }

    static CatalogueEntryViewModel newProgramme(CatalogueService catalogue, TaskRunner tasks, Messages messages,
                                                Actor actor) {
        CatalogueEntryViewModel form = new CatalogueEntryViewModel(catalogue, tasks, messages, actor,
                Mode.ADD_PROGRAMME, null, false);
        form.revalidate();
        return form;
    }

    static CatalogueEntryViewModel newKind(CatalogueService catalogue, TaskRunner tasks, Messages messages,
                                           Actor actor, Programme programme) {
        CatalogueEntryViewModel form = new CatalogueEntryViewModel(catalogue, tasks, messages, actor, Mode.ADD_KIND,
                programme.code(), false);
        form.revalidate();
        return form;
    }

    static CatalogueEntryViewModel rename(CatalogueService catalogue, TaskRunner tasks, Messages messages,
                                          Actor actor, Programme programme) {
        CatalogueEntryViewModel form = new CatalogueEntryViewModel(catalogue, tasks, messages, actor,
                Mode.EDIT_PROGRAMME, programme.code(), programme.retired());
        form.code.set(programme.code());
        form.name.set(programme.name());
        form.nameEn.set(programme.nameEn());
        form.legalBasis.set(programme.legalBasis());
        form.revalidate();
        return form;
    }

    static CatalogueEntryViewModel rename(CatalogueService catalogue, TaskRunner tasks, Messages messages,
                                          Actor actor, SupportKind kind) {
        CatalogueEntryViewModel form = new CatalogueEntryViewModel(catalogue, tasks, messages, actor, Mode.EDIT_KIND,
                kind.programmeCode(), kind.retired());
        form.code.set(kind.code());
        form.name.set(kind.name());
        form.nameEn.set(kind.nameEn());
        form.usualForm.set(kind.usualForm());
        form.revalidate();
        return form;
    }

    private void revalidate() {
        List<Violation> violations = new ArrayList<>();
        if (isNew() && !code.get().strip().matches("[A-Za-z0-9][A-Za-z0-9-]{1,39}")) {
            violations.add(Violation.of("code", "validation.catalogue.code.format"));
        }
        if (name.get().isBlank()) {
            violations.add(Violation.of("name", "validation.name.required"));
        }
        if (isKind() && usualForm.get() == null) {
            violations.add(Violation.of("form", "validation.support.form.required"));
        }
        errors.show(violations);
    }

    /** Saves in the background; {@code onSaved} gets the entry's code. Does nothing while a field is invalid. */
    public void save(java.util.function.Consumer<String> onSaved) {
        if (!canSave.get()) {
            return;
        }
        String c = code.get().strip();
        String n = name.get();
        String en = nameEn.get().isBlank() ? n : nameEn.get();
        String basis = legalBasis.get();
        SupportForm f = usualForm.get();
        saving.set(true);
        generalError.set("");
        tasks.run(BackgroundTask.of(progress -> switch (mode) {
            case ADD_PROGRAMME -> catalogue.addProgramme(actor, c, n, en, basis).code();
            case ADD_KIND -> catalogue.addKind(actor, programmeCode, c, n, en, f).code();
            case EDIT_PROGRAMME -> catalogue.updateProgramme(actor, c, n, en, basis, retired).code();
            case EDIT_KIND -> catalogue.updateKind(actor, c, n, en, f, retired).code();
        }).onSuccess(onSaved).onError(error -> generalError.set(errors.showFailure(error, FIELDS)))
                .andFinally(() -> saving.set(false)));
    }

    public Mode mode() {
        return mode;
    }

    public boolean isNew() {
        return mode == Mode.ADD_PROGRAMME || mode == Mode.ADD_KIND;
    }

    public boolean isKind() {
        return mode == Mode.ADD_KIND || mode == Mode.EDIT_KIND;
    }

    /** The programme a kind belongs to ({@code null} for a new programme). */
    public String programmeCode() {
        return programmeCode;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty legalBasisProperty() {
        return legalBasis;
    }

    public ObjectProperty<SupportForm> usualFormProperty() {
        return usualForm;
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
