package vn.chungtay.ui.review;

import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.review.RoundService;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;
import vn.chungtay.ui.unit.FieldErrors;

/**
 * Reopening a closed round is explicit and recorded: this small form asks for the reason, which the service requires
 * and writes into the round's log. An empty reason is refused by the service, and its message shows on the field.
 */
public final class ReopenRoundViewModel {

    private static final Set<String> FIELDS = Set.of("reason");

    private final RoundService rounds;
    private final TaskRunner tasks;
    private final Actor actor;
    private final ReviewRound round;
    private final Consumer<ReviewRound> onReopened;
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FieldErrors errors;

    ReopenRoundViewModel(RoundService rounds, TaskRunner tasks, Messages messages, Actor actor, ReviewRound round,
                         Consumer<ReviewRound> onReopened) {
        this.rounds = rounds;
        this.tasks = tasks;
        this.actor = actor;
        this.round = round;
        this.onReopened = onReopened;
        this.errors = new FieldErrors(messages);
        reason.addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                errors.show(java.util.List.of());
            }
        });
    }

    /** Reopens the round in the background; {@code onDone} runs after it reopened. */
    public void save(Runnable onDone) {
        String typed = reason.get();
        saving.set(true);
        generalError.set("");
        tasks.run(BackgroundTask.of(progress -> rounds.reopen(actor, round.id(), typed))
                .onSuccess(reopened -> {
                    onReopened.accept(reopened);
                    onDone.run();
                })
                .onError(error -> generalError.set(errors.showFailure(error, FIELDS)))
                .andFinally(() -> saving.set(false)));
    }

    public StringProperty reasonProperty() {
        return reason;
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
}
