package vn.chungtay.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chungtay.app.work.Progress;

/**
 * Runs tasks on a small pool of daemon threads and hands results, errors and progress to the JavaFX thread.
 * Progress reaching the JavaFX thread is coalesced, so a tight loop cannot flood it.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;

    public FxTaskRunner() {
        AtomicInteger counter = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "chungtay-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        if (executor.isShutdown()) {
            // The program is closing (a debounced search or a page fetch fired after the window went): drop it.
            LOG.debug("task dropped: the program is closing");
            cancelled.set(true);
            return handle(cancelled);
        }
        AtomicBoolean progressPending = new AtomicBoolean();
        double[] latest = new double[1];
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                synchronized (latest) {
                    latest[0] = total <= 0 ? 1.0 : (double) done / total;
                }
                if (progressPending.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        progressPending.set(false);
                        double fraction;
                        synchronized (latest) {
                            fraction = latest[0];
                        }
                        task.progressAction().accept(fraction);
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        executor.execute(() -> {
            try {
                T result = task.work().run(progress);
                Platform.runLater(() -> {
                    try {
                        task.successAction().accept(result);
                    } finally {
                        task.finallyAction().run();
                    }
                });
            } catch (Exception e) {
                LOG.debug("background task failed", e);
                Platform.runLater(() -> {
                    try {
                        task.errorAction().accept(e);
                    } finally {
                        task.finallyAction().run();
                    }
                });
            }
        });
        return handle(cancelled);
    }

    private static RunningTask handle(AtomicBoolean cancelled) {
        return new RunningTask() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
