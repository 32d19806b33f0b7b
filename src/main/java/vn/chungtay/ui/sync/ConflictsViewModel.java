package vn.chungtay.ui.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import vn.chungtay.app.household.HouseholdService;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.sync.ConflictDetail;
import vn.chungtay.app.sync.ConflictDetail.FieldDiff;
import vn.chungtay.app.sync.SyncService;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.sync.SyncConflict;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The conflict queue: edits of the same field made apart, waiting for a person. The list says what each conflict is
 * about (the record in words: household number and head, a member's name …), whose commune, when it was found and who
 * edited on each side; the chosen conflict shows every field side by side, and each colliding field needs a choice
 * (this installation's value or the incoming one) before it can be resolved. Fields that do not collide merge by
 * themselves and are shown for context only.
 */
public final class ConflictsViewModel {

    /** A conflict as the list shows it. */
    public record ConflictItem(UUID id, String type, String record, String owner, String detectedAt, String mine,
                               String theirs, String fields) {
    }

    /** A person's choice for one colliding field. */
    public enum Choice { MINE, THEIRS }

    /** One field of the chosen conflict, side by side; colliding fields carry the person's choice. */
    public static final class FieldRow {

        private final String field;
        private final String label;
        private final String mine;
        private final String theirs;
        private final boolean conflicting;
        private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();

        FieldRow(String field, String label, String mine, String theirs, boolean conflicting) {
            this.field = field;
            this.label = label;
            this.mine = mine;
            this.theirs = theirs;
            this.conflicting = conflicting;
        }

        /** The field's name in the package ({@code phone}). */
        public String field() {
            return field;
        }

        public String label() {
            return label;
        }

        public String mine() {
            return mine;
        }

        public String theirs() {
            return theirs;
        }

        public boolean conflicting() {
            return conflicting;
        }

        /** The choice for a colliding field; {@code null} until the person chooses. */
        public ObjectProperty<Choice> choiceProperty() {
            return choice;
        }
    }

    private final SyncService sync;
    private final HouseholdService households;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final Runnable afterResolve;

    private final ObservableList<ConflictItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ConflictItem> selected = new SimpleObjectProperty<>();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final StringProperty mineHeader = new SimpleStringProperty("");
    private final StringProperty theirsHeader = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty resolving = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty choicesComplete = new SimpleBooleanProperty();
    private final BooleanBinding canResolve;

    private ConflictFields.Lookup lookup = ConflictFields.Lookup.EMPTY;
    private long generation;

    /** {@code afterResolve} runs on the JavaFX thread after a resolution (the conflict count changes). */
    public ConflictsViewModel(SyncService sync, HouseholdService households, UnitService units, TaskRunner tasks,
                              Messages messages, Actor actor, Runnable afterResolve) {
        this.sync = sync;
        this.households = households;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.afterResolve = afterResolve;
        selected.addListener((obs, old, now) -> showDetail());
        canResolve = Bindings.createBooleanBinding(() -> selected.get() != null && !fields.isEmpty()
                && choicesComplete.get() && !resolving.get(), selected, fields, choicesComplete, resolving);
    }

    /** Loads the open conflicts of the communes the actor covers, keeping the chosen one when it is still open. */
    public void load() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        int keepIndex = selected.get() == null ? 0 : items.indexOf(selected.get());
        loading.set(true);
        tasks.run(BackgroundTask.of(p -> loadItems()).onSuccess(loaded -> {
            error.set("");
            lookup = loaded.lookup();
            items.setAll(loaded.items());
            ConflictItem again = items.stream().filter(i -> i.id().equals(keep)).findFirst().orElse(null);
            if (again == null && !items.isEmpty()) {
                again = items.get(Math.max(0, Math.min(keepIndex, items.size() - 1)));
            }
            // The same conflict still open keeps its detail as shown, with the choices already made in it.
            if (again == null || !again.equals(selected.get())) {
                selected.set(again);
            }
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(() -> loading.set(false)));
    }

    private record Loaded(List<ConflictItem> items, ConflictFields.Lookup lookup) {
    }

    /** The background part of loading: the conflicts, their details, and the names they refer to. */
    private Loaded loadItems() {
        List<SyncConflict> conflicts = sync.conflicts(actor);
        UnitTree tree = units.tree();
        Set<String> communes = tree.communesUnder(actor.unitCode());
        Map<String, String> villages = new HashMap<>();
        units.villagesOf(communes).forEach(v -> villages.put(v.meta().id().toString(), v.name()));
        Map<String, String> ethnic = new HashMap<>();
        households.ethnicGroups().forEach(g -> ethnic.put(g.code(), g.name()));
        Map<String, String> householdTexts = new HashMap<>();
        List<ConflictItem> out = new ArrayList<>();
        for (SyncConflict c : conflicts) {
            ConflictDetail d = sync.detail(c.id());
            Map<String, String> mine = new LinkedHashMap<>();
            d.fields().forEach(f -> mine.put(f.field(), f.mine().isEmpty() ? f.theirs() : f.mine()));
            String householdId = "household".equals(c.recordType()) ? c.recordId().toString()
                    : mine.get("household");
            String household = householdId == null ? null
                    : householdTexts.computeIfAbsent(householdId, id -> householdText(id, mine));
            out.add(new ConflictItem(c.id(), SyncWords.typeName(c.recordType(), messages),
                    recordText(c, mine, household), SyncWords.unit(c.ownerUnit(), tree),
                    SyncWords.time(c.detectedAt()), who(d.localUser(), d.localAt()),
                    who(d.incomingUser(), d.incomingAt()), c.fields().stream()
                    .map(f -> ConflictFields.label(f, messages)).collect(Collectors.joining(", "))));
        }
        return new Loaded(out, new ConflictFields.Lookup(villages, householdTexts, ethnic));
    }

    /** "Hộ số 0101 — Nguyễn Văn Ánh" from the household as stored here; its number alone when it is not. */
    private String householdText(String id, Map<String, String> fieldsOfHousehold) {
        Optional<Household> found;
        try {
            found = households.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            found = Optional.empty();
        }
        if (found.isPresent()) {
            Household h = found.get();
            return h.head().map(head -> messages.get("sync.ui.record.household", h.details().number(),
                    head.details().fullName())).orElse(messages.get("sync.ui.record.household.number",
                    h.details().number()));
        }
        String number = fieldsOfHousehold.get("number");
        return number == null ? id : messages.get("sync.ui.record.household.number", number);
    }

    /** What the conflict is about, in words. */
    private String recordText(SyncConflict c, Map<String, String> content, String household) {
        String h = household == null ? "" : household;
        return switch (c.recordType()) {
            case "household" -> h;
            case "member" -> messages.get("sync.ui.record.member", content.getOrDefault("fullName", ""), h);
            case "review" -> messages.get("sync.ui.record.review", content.getOrDefault("year", ""), h);
            case "support" -> messages.get("sync.ui.record.support",
                    ConflictFields.value("date", content.get("date"), ConflictFields.Lookup.EMPTY, messages), h);
            default -> content.containsKey("name") ? content.get("name")
                    : content.getOrDefault("code", c.recordId().toString());
        };
    }

    /** The person on one line, the moment under it. */
    private static String who(String user, String at) {
        return user + "\n" + SyncWords.time(at);
    }

    /** Loads the chosen conflict's fields side by side. */
    private void showDetail() {
        long mine = ++generation;
        ConflictItem item = selected.get();
        fields.clear();
        mineHeader.set("");
        theirsHeader.set("");
        choicesComplete.set(false);
        if (item == null) {
            return;
        }
        tasks.run(BackgroundTask.of(p -> sync.detail(item.id())).onSuccess(d -> {
            if (mine != generation) {
                return;
            }
            mineHeader.set(messages.get("sync.ui.conflicts.mine.header", d.localUser(), SyncWords.time(d.localAt())));
            theirsHeader.set(messages.get("sync.ui.conflicts.theirs.header", d.incomingUser(),
                    SyncWords.time(d.incomingAt())));
            fields.setAll(rowsOf(d));
        }).onError(e -> {
            if (mine == generation) {
                error.set(ErrorTexts.describe(e, messages));
            }
        }));
    }

    /** The rows of a conflict: colliding fields first, then the rest; "deleted" only when it matters. */
    private List<FieldRow> rowsOf(ConflictDetail d) {
        List<FieldRow> colliding = new ArrayList<>();
        List<FieldRow> others = new ArrayList<>();
        for (FieldDiff f : d.fields()) {
            boolean deletion = ConflictFields.DELETED.equals(f.field());
            if (deletion && !f.conflicting() && "false".equals(f.mine()) && "false".equals(f.theirs())) {
                continue;
            }
            FieldRow row = new FieldRow(f.field(), ConflictFields.label(f.field(), messages),
                    ConflictFields.value(f.field(), f.mine(), lookup, messages),
                    ConflictFields.value(f.field(), f.theirs(), lookup, messages), f.conflicting());
            if (f.conflicting()) {
                row.choiceProperty().addListener((Observable obs) -> updateComplete());
                colliding.add(row);
            } else {
                others.add(row);
            }
        }
        colliding.addAll(others);
        return colliding;
    }

    private void updateComplete() {
        choicesComplete.set(fields.stream().filter(FieldRow::conflicting).allMatch(r -> r.choiceProperty().get() != null));
    }

    /** Chooses the same side for every colliding field. */
    public void takeAll(Choice choice) {
        fields.stream().filter(FieldRow::conflicting).forEach(r -> r.choiceProperty().set(choice));
    }

    /**
     * Writes the choices as a new revision that descends from both edits, then lists the conflicts again with the
     * next one chosen.
     */
    public void resolve() {
        ConflictItem item = selected.get();
        if (!canResolve.get() || item == null) {
            return;
        }
        Map<String, Boolean> takeIncoming = new LinkedHashMap<>();
        fields.stream().filter(FieldRow::conflicting)
                .forEach(r -> takeIncoming.put(r.field(), r.choiceProperty().get() == Choice.THEIRS));
        resolving.set(true);
        error.set("");
        message.set("");
        tasks.run(BackgroundTask.of(p -> {
            sync.resolve(actor, item.id(), takeIncoming);
            return item;
        }).onSuccess(done -> {
            message.set(messages.get("sync.ui.conflicts.resolved", done.record()));
            load();
        }).onError(e -> {
            error.set(ErrorTexts.describe(e, messages));
            load();
        }).andFinally(() -> {
            resolving.set(false);
            afterResolve.run();
        }));
    }

    public ObservableList<ConflictItem> items() {
        return items;
    }

    public ObjectProperty<ConflictItem> selectedProperty() {
        return selected;
    }

    /** The chosen conflict's fields, colliding ones first. */
    public ObservableList<FieldRow> fields() {
        return fields;
    }

    /** "Ở máy này — sửa bởi Trần Thị Bình lúc 15/03/2025 10:00". */
    public StringProperty mineHeaderProperty() {
        return mineHeader;
    }

    public StringProperty theirsHeaderProperty() {
        return theirsHeader;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty resolvingProperty() {
        return resolving;
    }

    /** True when a conflict is chosen, every colliding field has a choice, and nothing is being written. */
    public BooleanBinding canResolveProperty() {
        return canResolve;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What the last resolution did; "" before one. */
    public StringProperty messageProperty() {
        return message;
    }
}
