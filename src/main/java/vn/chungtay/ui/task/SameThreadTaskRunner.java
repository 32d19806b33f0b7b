package vn.chungtay.ui.task;

import java.util.concurrent.atomic.AtomicBoolean;
import vn.chungtay.app.work.Progress;

/** Runs tasks at once on the calling thread: for view-model tests without a JavaFX toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        RunningTask handle = new RunningTask() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                task.progressAction().accept(total <= 0 ? 1.0 : (double) done / total);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try {
            T result = task.work().run(progress);
            task.successAction().accept(result);
        } catch (Exception e) {
            task.errorAction().accept(e);
        } finally {
            task.finallyAction().run();
        }
        return handle;
    }
}
