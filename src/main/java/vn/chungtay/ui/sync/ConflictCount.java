package vn.chungtay.ui.sync;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.sync.SyncService;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * How many conflicts wait for the person at work, counted in the background when the program starts and after each
 * import or resolution, and shown as a small badge beside the "Đồng bộ" navigation entry.
 */
public final class ConflictCount {

    private final SyncService sync;
    private final TaskRunner tasks;
    private final Actor actor;
    private final IntegerProperty count = new SimpleIntegerProperty();

    public ConflictCount(SyncService sync, TaskRunner tasks, Actor actor) {
        this.sync = sync;
        this.tasks = tasks;
        this.actor = actor;
    }

    /** Counts again in the background. */
    public void refresh() {
        tasks.run(BackgroundTask.of(p -> sync.conflicts(actor).size()).onSuccess(count::set));
    }

    public IntegerProperty countProperty() {
        return count;
    }

    /** Puts the count beside the entry's text while it is above zero. */
    public void showOn(Labeled entry) {
        Label badge = new Label();
        badge.setId("sync-conflict-badge");
        badge.getStyleClass().add("nav-badge");
        badge.textProperty().bind(count.asString());
        badge.visibleProperty().bind(count.greaterThan(0));
        entry.graphicProperty().bind(javafx.beans.binding.Bindings.when(count.greaterThan(0))
                .<javafx.scene.Node>then(badge).otherwise((javafx.scene.Node) null));
        entry.setContentDisplay(ContentDisplay.RIGHT);
        entry.setGraphicTextGap(8);
    }
}
