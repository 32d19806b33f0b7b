package vn.chungtay.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.review.ReviewService;
import vn.chungtay.app.review.RoundRow;
import vn.chungtay.app.review.RoundService;
import vn.chungtay.app.review.StandardService;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundEvent;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;
import vn.chungtay.ui.unit.DateText;

/**
 * One review round at work: its households with progress, filtered by village (asked of the service, which knows each
 * household's village) and by a search typed without diacritics (on the rows already loaded, so it answers at once),
 * the round's event log, closing it (the service refuses while households are unreviewed) and reopening it with a
 * reason. The movement tables live in {@link MovementViewModel}.
 */
public final class RoundViewModel {

    private final RoundService rounds;
    private final ReviewService reviews;
    private final UnitService units;
    private final StandardService standards;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;

    private final ObjectProperty<ReviewRound> round = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<RoundRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty reviewed = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObservableList<RoundEvent> events = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final MovementViewModel movement;
    private final BooleanBinding canClose;
    private final BooleanBinding canReopen;

    private List<RoundRow> communeRows = List.of();
    private List<RoundRow> villageRows = List.of();
    private long villageGeneration;

    public RoundViewModel(RoundService rounds, ReviewService reviews, UnitService units, StandardService standards,
                          TaskRunner tasks, Messages messages, Actor actor) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.units = units;
        this.standards = standards;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.movement = new MovementViewModel(rounds, tasks, messages);
        village.addListener((obs, old, now) -> loadVillage(now));
        searchText.addListener((obs, old, now) -> showRows());
        canClose = Bindings.createBooleanBinding(() -> round.get() != null && round.get().isOpen() && !busy.get(),
                round, busy);
        canReopen = Bindings.createBooleanBinding(() -> round.get() != null && !round.get().isOpen() && !busy.get(),
                round, busy);
    }

    /** Loads the round, its commune and villages, its households and its events. */
    public void load(UUID roundId) {
        busy.set(true);
        tasks.run(BackgroundTask.of(progress -> {
            ReviewRound r = rounds.round(roundId);
            AdminUnit commune = units.tree().find(r.communeCode()).orElse(null);
            PovertyStandard standard = standards.find(r.standardCode()).orElse(null);
            return new Loaded(r, commune, standard, units.villagesOf(Set.of(r.communeCode())),
                    reviews.rows(roundId, null), rounds.events(roundId));
        }).onSuccess(loaded -> {
            error.set("");
            round.set(loaded.round());
            String communeName = loaded.commune() == null ? loaded.round().communeCode()
                    : loaded.commune().name() + " (" + loaded.commune().code() + ")";
            title.set(messages.get("round.view.title", messages.get(loaded.round().kind().messageKey()),
                    Integer.toString(loaded.round().year()), communeName));
            String standardName = loaded.standard() == null ? loaded.round().standardCode()
                    : loaded.standard().details().name();
            details.set(messages.get("round.view.details", standardName, DateText.format(loaded.round().openedOn())));
            villages.setAll(loaded.villages());
            communeRows = loaded.rows();
            events.setAll(loaded.events());
            movement.show(loaded.round().id(), loaded.villages());
            loadVillage(village.get());
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(() -> busy.set(false)));
    }

    private record Loaded(ReviewRound round, AdminUnit commune, PovertyStandard standard, List<Village> villages,
                          List<RoundRow> rows, List<RoundEvent> events) {
    }

    private void loadVillage(Village chosen) {
        long mine = ++villageGeneration;
        if (chosen == null || round.get() == null) {
            villageRows = communeRows;
            showRows();
            return;
        }
        UUID roundId = round.get().id();
        tasks.run(BackgroundTask.of(progress -> reviews.rows(roundId, chosen.meta().id()))
                .onSuccess(loaded -> {
                    if (mine == villageGeneration) {
                        villageRows = loaded;
                        showRows();
                    }
                })
                .onError(e -> error.set(ErrorTexts.describe(e, messages))));
    }

    /** The village's rows (or the commune's) that match the search on number or head, diacritics ignored. */
    private void showRows() {
        String query = VietnameseText.fold(searchText.get());
        List<RoundRow> shown = query.isEmpty() ? villageRows : villageRows.stream()
                .filter(r -> VietnameseText.fold(r.household().number() + " " + r.household().headName())
                        .contains(query))
                .toList();
        rows.setAll(shown);
        int done = (int) villageRows.stream().filter(RoundRow::reviewed).count();
        reviewed.set(done);
        total.set(villageRows.size());
        long communeDone = communeRows.stream().filter(RoundRow::reviewed).count();
        String communeProgress = messages.get("round.progress", communeDone, communeRows.size(),
                communeRows.size() - communeDone);
        progressText.set(village.get() == null ? communeProgress
                : messages.get("round.progress.village", village.get().name(), done, villageRows.size(),
                communeProgress));
    }

    /** A review was saved in the form: the household's row shows it at once, wherever it is listed. */
    public void reviewSaved(HouseholdReview review) {
        communeRows = replaced(communeRows, review);
        villageRows = replaced(villageRows, review);
        showRows();
        movement.stale();
    }

    private static List<RoundRow> replaced(List<RoundRow> list, HouseholdReview review) {
        List<RoundRow> out = new ArrayList<>(list.size());
        for (RoundRow row : list) {
            out.add(row.household().id().equals(review.householdId()) ? new RoundRow(row.household(), review) : row);
        }
        return out;
    }

    /** The first row after {@code current} not yet reviewed in this view, for "save and next". */
    public RoundRow nextUnreviewed(HouseholdSummary current) {
        int start = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).household().id().equals(current.id())) {
                start = i + 1;
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            RoundRow row = rows.get((start + k) % rows.size());
            if (!row.reviewed() && !row.household().id().equals(current.id())) {
                return row;
            }
        }
        return null;
    }

    /** Closes the round; a refusal (e.g. households not yet reviewed) goes to {@code onRefused} and the error line. */
    public void close(Consumer<String> onRefused) {
        ReviewRound current = round.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        tasks.run(BackgroundTask.of(progress -> rounds.close(actor, current.id()))
                .onSuccess(this::statusChanged)
                .onError(e -> {
                    error.set(ErrorTexts.describe(e, messages));
                    onRefused.accept(error.get());
                })
                .andFinally(() -> busy.set(false)));
    }

    /** A form for the reason to reopen the closed round; saving it reopens the round and shows it here. */
    public ReopenRoundViewModel reopenForm() {
        return new ReopenRoundViewModel(rounds, tasks, messages, actor, round.get(), this::statusChanged);
    }

    private void statusChanged(ReviewRound changed) {
        error.set("");
        round.set(changed);
        movement.stale();
        tasks.run(BackgroundTask.of(progress -> rounds.events(changed.id())).onSuccess(events::setAll));
    }

    public ObjectProperty<ReviewRound> roundProperty() {
        return round;
    }

    /** "Rà soát định kỳ năm 2025 — Xã Đắk Pxi (23425)". */
    public StringProperty titleProperty() {
        return title;
    }

    /** The standard and the day the round opened. */
    public StringProperty detailsProperty() {
        return details;
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    /** The village filter; {@code null} for the whole commune. */
    public ObjectProperty<Village> villageProperty() {
        return village;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The households shown: the village's (or commune's) matching the search. */
    public ObservableList<RoundRow> rows() {
        return rows;
    }

    /** Households reviewed in the chosen village (or the commune). */
    public IntegerProperty reviewedProperty() {
        return reviewed;
    }

    /** Households in the chosen village (or the commune). */
    public IntegerProperty totalProperty() {
        return total;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ObservableList<RoundEvent> events() {
        return events;
    }

    public MovementViewModel movement() {
        return movement;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanBinding canCloseBinding() {
        return canClose;
    }

    public BooleanBinding canReopenBinding() {
        return canReopen;
    }
}
