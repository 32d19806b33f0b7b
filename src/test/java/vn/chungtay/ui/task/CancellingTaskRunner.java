package vn.chungtay.ui.task;

import vn.chungtay.app.work.Progress;

/**
 * Runs tasks at once on the calling thread like {@link SameThreadTaskRunner}; once {@link #cancelFromNow()} was
 * called, every task runs as if its person had pressed Cancel before it began, so the work stops at its first check.
 */
public final class CancellingTaskRunner implements TaskRunner {

    private boolean cancelling;

    public void cancelFromNow() {
        cancelling = true;
    }

    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        boolean cancelled = cancelling;
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                task.progressAction().accept(total <= 0 ? 1.0 : (double) done / total);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
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
        return new RunningTask() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
