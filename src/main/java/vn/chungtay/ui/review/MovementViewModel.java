package vn.chungtay.ui.review;

import java.util.List;
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
import vn.chungtay.app.review.RoundMovement;
import vn.chungtay.app.review.RoundService;
import vn.chungtay.domain.review.Movement;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * A round's movement tables (DOMAIN.md §2), the commune's or one village's, with whether they balance. Computing them
 * reads every review of the commune's rounds, so they load only while someone looks at them, and again after a
 * review is saved or the round closes or reopens.
 */
public final class MovementViewModel {

    private final RoundService rounds;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private final ObjectProperty<RoundMovement> all = new SimpleObjectProperty<>();
    private final ObjectProperty<Movement> shown = new SimpleObjectProperty<>();
    private final BooleanProperty balances = new SimpleBooleanProperty();
    private final StringProperty balanceText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    private UUID roundId;
    private boolean wanted;
    private long generation;

    MovementViewModel(RoundService rounds, TaskRunner tasks, Messages messages) {
        this.rounds = rounds;
        this.tasks = tasks;
        this.messages = messages;
        village.addListener((obs, old, now) -> pick());
    }

    /** The round whose tables to show, and the commune's villages to choose from. */
    void show(UUID round, List<Village> communeVillages) {
        roundId = round;
        villages.setAll(communeVillages);
        stale();
    }

    /** The tables no longer hold: reload now if they are on screen, else when they next are. */
    void stale() {
        all.set(null);
        if (wanted) {
            refresh();
        }
    }

    /** Whether the tables are on screen; showing them loads them when needed. */
    public void setWanted(boolean onScreen) {
        wanted = onScreen;
        if (onScreen && all.get() == null) {
            refresh();
        }
    }

    /** Computes the tables in the background. */
    public void refresh() {
        if (roundId == null) {
            return;
        }
        long mine = ++generation;
        UUID id = roundId;
        loading.set(true);
        tasks.run(BackgroundTask.of(progress -> rounds.movement(id))
                .onSuccess(loaded -> {
                    if (mine == generation) {
                        error.set("");
                        all.set(loaded);
                        pick();
                    }
                })
                .onError(e -> error.set(ErrorTexts.describe(e, messages)))
                .andFinally(() -> loading.set(false)));
    }

    private void pick() {
        RoundMovement m = all.get();
        if (m == null) {
            shown.set(null);
            balanceText.set("");
            return;
        }
        Movement chosen = village.get() == null ? m.commune() : m.villages().stream()
                .filter(v -> v.village().meta().id().equals(village.get().meta().id()))
                .map(RoundMovement.VillageMovement::movement).findFirst().orElse(Movement.ZERO);
        shown.set(chosen);
        balances.set(chosen.balances());
        String unit = village.get() == null ? messages.get("round.movement.commune") : village.get().name();
        balanceText.set(messages.get(chosen.balances() ? "round.movement.balanced" : "round.movement.unbalanced",
                unit) + (m.balances() ? "" : " " + messages.get("round.movement.some-unbalanced")));
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    /** The village whose tables to show; {@code null} for the commune's. */
    public ObjectProperty<Village> villageProperty() {
        return village;
    }

    /** The tables shown; {@code null} until loaded. */
    public ObjectProperty<Movement> shownProperty() {
        return shown;
    }

    public BooleanProperty balancesProperty() {
        return balances;
    }

    public StringProperty balanceTextProperty() {
        return balanceText;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
