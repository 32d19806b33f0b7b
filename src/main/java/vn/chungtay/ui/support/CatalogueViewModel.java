package vn.chungtay.ui.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.support.CatalogueService;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The catalogue of programmes and their kinds, each with how many support records use it and whether it is retired.
 * Clerks (a district or the province; the service enforces it) add, rename, retire or bring back entries, and delete
 * one nobody used; the service refuses to delete one in use and says to retire it instead. A commune officer reads.
 */
public final class CatalogueViewModel {

    /** A programme or a kind as a line of the catalogue, with its uses. */
    public record Entry(Programme programme, SupportKind kind, int uses) {

        public boolean isProgramme() {
            return kind == null;
        }

        public String code() {
            return isProgramme() ? programme.code() : kind.code();
        }

        public boolean retired() {
            return isProgramme() ? programme.retired() : kind.retired();
        }
    }

    /** A programme with its kinds. */
    public record Group(Entry programme, List<Entry> kinds) {
    }

    private final CatalogueService catalogue;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();
    private final BooleanProperty clerk = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private CatalogueNames names = CatalogueNames.EMPTY;

    public CatalogueViewModel(CatalogueService catalogue, UnitService units, TaskRunner tasks, Messages messages,
                              Actor actor) {
        this.catalogue = catalogue;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
    }

    /** Loads the catalogue with the uses of every entry; keeps the selected entry (by code) when it is still there. */
    public void load() {
        load(selected.get() == null ? null : selected.get().code());
    }

    private void load(String select) {
        busy.set(true);
        boolean english = "en".equals(messages.locale().getLanguage());
        tasks.run(BackgroundTask.of(progress -> {
            CatalogueNames loaded = new CatalogueNames(catalogue.programmes(), catalogue.kinds(), english);
            List<Group> out = new ArrayList<>();
            for (Programme p : loaded.programmesByName()) {
                List<Entry> kinds = new ArrayList<>();
                for (SupportKind k : loaded.kindsOf(p.code())) {
                    kinds.add(new Entry(p, k, catalogue.usesOfKind(k.code())));
                }
                out.add(new Group(new Entry(p, null, catalogue.usesOfProgramme(p.code())), kinds));
            }
            boolean canEdit = units.tree().find(actor.unitCode()).map(u -> u.level() != UnitLevel.COMMUNE)
                    .orElse(false);
            return new Loaded(loaded, out, canEdit);
        }).onSuccess(l -> {
            error.set("");
            names = l.names();
            clerk.set(l.clerk());
            groups.setAll(l.groups());
            selected.set(find(select));
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(() -> busy.set(false)));
    }

    private record Loaded(CatalogueNames names, List<Group> groups, boolean clerk) {
    }

    private Entry find(String code) {
        if (code == null) {
            return null;
        }
        for (Group g : groups) {
            if (g.programme().code().equals(code)) {
                return g.programme();
            }
            for (Entry k : g.kinds()) {
                if (k.code().equals(code)) {
                    return k;
                }
            }
        }
        return null;
    }

    /** Retires the selected entry, or brings a retired one back; records keep using it either way. */
    public void toggleRetired() {
        Entry entry = selected.get();
        if (entry == null) {
            return;
        }
        run(() -> {
            if (entry.isProgramme()) {
                Programme p = entry.programme();
                catalogue.updateProgramme(actor, p.code(), p.name(), p.nameEn(), p.legalBasis(), !p.retired());
            } else {
                SupportKind k = entry.kind();
                catalogue.updateKind(actor, k.code(), k.name(), k.nameEn(), k.usualForm(), !k.retired());
            }
        }, entry.code(), message -> error.set(message));
    }

    /** Deletes the selected entry; {@code refused} gets the service's reason (in use: retire it instead). */
    public void delete(Consumer<String> refused) {
        Entry entry = selected.get();
        if (entry == null) {
            return;
        }
        run(() -> {
            if (entry.isProgramme()) {
                catalogue.deleteProgramme(actor, entry.code());
            } else {
                catalogue.deleteKind(actor, entry.code());
            }
        }, entry.isProgramme() ? null : entry.programme().code(), refused);
    }

    private void run(Runnable change, String selectAfter, Consumer<String> refused) {
        busy.set(true);
        error.set("");
        tasks.run(BackgroundTask.of(progress -> {
            change.run();
            return selectAfter;
        }).onSuccess(this::load).onError(e -> {
            busy.set(false);
            refused.accept(ErrorTexts.describe(e, messages));
        }));
    }

    /** The form that adds a programme. */
    public CatalogueEntryViewModel newProgrammeForm() {
        return CatalogueEntryViewModel.newProgramme(catalogue, tasks, messages, actor);
    }

    /** The form that adds a kind to the selected programme (or the selected kind's programme). */
    public CatalogueEntryViewModel newKindForm() {
        Entry entry = selected.get();
        return entry == null ? null
                : CatalogueEntryViewModel.newKind(catalogue, tasks, messages, actor, entry.programme());
    }

    /** The form that renames the selected entry. */
    public CatalogueEntryViewModel renameForm() {
        Entry entry = selected.get();
        if (entry == null) {
            return null;
        }
        return entry.isProgramme() ? CatalogueEntryViewModel.rename(catalogue, tasks, messages, actor,
                entry.programme()) : CatalogueEntryViewModel.rename(catalogue, tasks, messages, actor, entry.kind());
    }

    /** An entry was saved through a form: show it, selected. */
    public void saved(String code) {
        load(code);
    }

    public String name(Entry entry) {
        return entry.isProgramme() ? names.name(entry.programme()) : names.name(entry.kind());
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    /** True when the person may change the catalogue (a district or province unit). */
    public BooleanProperty clerkProperty() {
        return clerk;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
