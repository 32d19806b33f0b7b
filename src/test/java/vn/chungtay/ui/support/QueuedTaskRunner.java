package vn.chungtay.ui.support;

import java.util.ArrayDeque;
import java.util.Deque;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.RunningTask;
import vn.chungtay.ui.task.SameThreadTaskRunner;
import vn.chungtay.ui.task.TaskRunner;

/**
 * Holds tasks until the test runs them, one at a time: what a person sees while the background work is still under
 * way, and what happens when answers come back late or out of order.
 */
final class QueuedTaskRunner implements TaskRunner {

    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();

    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        queued.add(() -> runner.run(task));
        return new RunningTask() {
            @Override
            public void cancel() {
                throw new UnsupportedOperationException("the support screens do not cancel");
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    int waiting() {
        return queued.size();
    }

    /** Runs the oldest waiting task (which may start others, queued behind the rest). */
    void runNext() {
        queued.removeFirst().run();
    }

    /** Runs the newest waiting task first, as when a later question is answered sooner. */
    void runLast() {
        queued.removeLast().run();
    }
}
