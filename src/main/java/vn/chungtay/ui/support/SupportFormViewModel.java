package vn.chungtay.ui.support;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.support.SupportService;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * Recording one support for a household, or correcting a recorded one: the same details as the bulk entry, saved
 * through the service in the background; its refusals show on the fields they concern.
 */
public final class SupportFormViewModel {

    private final SupportService supports;
    private final TaskRunner tasks;
    private final Actor actor;
    private final UUID householdId;
    private final UUID eventId;
    private final SupportDetailsViewModel details;
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanBinding canSave;

    SupportFormViewModel(SupportService supports, TaskRunner tasks, Messages messages, Actor actor, LocalDate today,
                         UUID householdId, UUID eventId) {
        this.supports = supports;
        this.tasks = tasks;
        this.actor = actor;
        this.householdId = householdId;
        this.eventId = eventId;
        this.details = new SupportDetailsViewModel(messages, today);
        canSave = Bindings.createBooleanBinding(() -> details.validProperty().get() && !saving.get(),
                details.validProperty(), saving);
    }

    /** Saves in the background; {@code onSaved} gets the stored record. Does nothing while a field is invalid. */
    public void save(Consumer<SupportEvent> onSaved) {
        if (!canSave.get()) {
            return;
        }
        SupportDetails typed = details.details();
        saving.set(true);
        generalError.set("");
        tasks.run(BackgroundTask.of(progress -> eventId == null ? supports.record(actor, householdId, typed)
                : supports.update(actor, eventId, typed)).onSuccess(saved -> {
                    details.markSaved();
                    onSaved.accept(saved);
                }).onError(error -> generalError.set(details.showFailure(error)))
                .andFinally(() -> saving.set(false)));
    }

    /** True when correcting a recorded support, false when recording a new one. */
    public boolean isEdit() {
        return eventId != null;
    }

    public SupportDetailsViewModel details() {
        return details;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public StringProperty generalErrorProperty() {
        return generalError;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
