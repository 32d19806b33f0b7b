package vn.chungtay.ui.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import vn.chungtay.app.review.ReviewService;
import vn.chungtay.app.review.RoundRow;
import vn.chungtay.app.review.RoundService;
import vn.chungtay.app.review.StandardService;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The review rounds of the communes a person covers: a commune chooser when there are several, the commune's rounds
 * newest first with their progress, and opening a new round. Progress counts need the round's households, so they
 * are fetched for the chosen commune only; an answer about an earlier choice than the current one is dropped.
 */
public final class RoundsViewModel {

    /** A round as the list shows it: the round, its standard's name, and households reviewed of those listed. */
    public record RoundItem(ReviewRound round, String standardName, int reviewed, int households) {
    }

    private final RoundService rounds;
    private final ReviewService reviews;
    private final StandardService standards;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final LocalDate today;

    private final ObservableList<AdminUnit> communes = FXCollections.observableArrayList();
    private final ObjectProperty<AdminUnit> commune = new SimpleObjectProperty<>();
    private final ObservableList<RoundItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<RoundItem> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    private List<ReviewRound> allRounds = List.of();
    private List<PovertyStandard> knownStandards = List.of();
    private UUID toSelect;
    private long generation;

    public RoundsViewModel(RoundService rounds, ReviewService reviews, StandardService standards, UnitService units,
                           TaskRunner tasks, Messages messages, Actor actor, LocalDate today) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.standards = standards;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.today = today;
        commune.addListener((obs, old, now) -> showRounds());
    }

    /** Loads the communes the actor covers, their rounds and the standards; keeps the chosen commune if it still is. */
    public void load() {
        busy.set(true);
        tasks.run(BackgroundTask.of(progress -> {
            UnitTree tree = units.tree();
            List<AdminUnit> covered = tree.communesUnder(actor.unitCode()).stream().map(tree::find)
                    .flatMap(Optional::stream).sorted(Comparator.comparing(AdminUnit::code)).toList();
            return new Loaded(covered, rounds.rounds(actor), standards.all());
        }).onSuccess(loaded -> {
            error.set("");
            allRounds = loaded.rounds();
            knownStandards = loaded.standards();
            AdminUnit keep = commune.get();
            communes.setAll(loaded.communes());
            AdminUnit chosen = keep != null && communes.contains(keep) ? keep
                    : communes.isEmpty() ? null : communes.get(0);
            if (chosen == commune.get()) {
                showRounds();
            } else {
                commune.set(chosen);
            }
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(() -> busy.set(false)));
    }

    private record Loaded(List<AdminUnit> communes, List<ReviewRound> rounds, List<PovertyStandard> standards) {
    }

    /** The chosen commune's rounds, newest first, each with its progress (counted in the background). */
    private void showRounds() {
        long mine = ++generation;
        AdminUnit chosen = commune.get();
        List<ReviewRound> ofCommune = chosen == null ? List.of() : allRounds.stream()
                .filter(r -> r.communeCode().equals(chosen.code()))
                .sorted(ReviewRound.CHRONOLOGICAL.reversed()).toList();
        // The rounds show at once; their progress follows when counted.
        showItems(ofCommune.stream().map(r -> new RoundItem(r, standardName(r.standardCode()), -1, -1)).toList());
        if (ofCommune.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.run(BackgroundTask.of(progress -> {
            List<RoundItem> out = new ArrayList<>();
            for (ReviewRound r : ofCommune) {
                progress.checkCancelled();
                List<RoundRow> rows = reviews.rows(r.id(), null);
                out.add(new RoundItem(r, standardName(r.standardCode()),
                        (int) rows.stream().filter(RoundRow::reviewed).count(), rows.size()));
            }
            return out;
        }).onSuccess(loaded -> {
            if (mine == generation) {
                showItems(loaded);
            }
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(() -> {
            if (mine == generation) {
                busy.set(false);
            }
        }));
    }

    /** Shows the items, keeping the selected round (or selecting a newly opened one, else the newest). */
    private void showItems(List<RoundItem> shown) {
        UUID keep = toSelect != null ? toSelect : selected.get() == null ? null : selected.get().round().id();
        items.setAll(shown);
        RoundItem chosen = shown.stream().filter(i -> i.round().id().equals(keep)).findFirst()
                .orElse(shown.isEmpty() ? null : shown.get(0));
        if (chosen != null && chosen.round().id().equals(toSelect) && chosen.households() >= 0) {
            toSelect = null;
        }
        selected.set(chosen);
    }

    private String standardName(String code) {
        return knownStandards.stream().filter(s -> s.code().equals(code)).map(s -> s.details().name()).findFirst()
                .orElse(code);
    }

    /** The form to open a new round in the chosen commune; {@code null} when no commune is chosen. */
    public OpenRoundViewModel newRoundForm() {
        AdminUnit chosen = commune.get();
        return chosen == null ? null : new OpenRoundViewModel(rounds, standards, tasks, messages, actor, chosen,
                knownStandards, today.getYear());
    }

    /** A round was opened: list it and select it. */
    public void roundOpened(ReviewRound round) {
        toSelect = round.id();
        load();
    }

    /** "1.234/1.270 hộ"; "…" while still being counted. */
    public String progressText(RoundItem item) {
        return item.households() < 0 ? "…"
                : messages.get("round.list.progress-value", item.reviewed(), item.households());
    }

    public ObservableList<AdminUnit> communes() {
        return communes;
    }

    public ObjectProperty<AdminUnit> communeProperty() {
        return commune;
    }

    public ObservableList<RoundItem> items() {
        return items;
    }

    public ObjectProperty<RoundItem> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
