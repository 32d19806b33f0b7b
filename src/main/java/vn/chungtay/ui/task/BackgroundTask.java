package vn.chungtay.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import vn.chungtay.app.work.Progress;

/**
 * A piece of slow work with what to do after it, as Cryptomator's small task builder: {@code work} runs in the
 * background with a {@link Progress}; {@code onSuccess}, {@code onError} and {@code andFinally} run on the JavaFX
 * thread.
 */
public final class BackgroundTask<T> {

    /** The work itself; may throw, and should check {@link Progress#checkCancelled()} at safe points. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onError = error -> { };
    private Runnable andFinally = () -> { };
    private Consumer<Double> onProgress = fraction -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onError(Consumer<Throwable> action) {
        this.onError = action;
        return this;
    }

    public BackgroundTask<T> andFinally(Runnable action) {
        this.andFinally = action;
        return this;
    }

    /** Receives the finished fraction (0–1) on the JavaFX thread. */
    public BackgroundTask<T> onProgress(Consumer<Double> action) {
        this.onProgress = action;
        return this;
    }

    Work<T> work() {
        return work;
    }

    Consumer<T> successAction() {
        return onSuccess;
    }

    Consumer<Throwable> errorAction() {
        return onError;
    }

    Runnable finallyAction() {
        return andFinally;
    }

    Consumer<Double> progressAction() {
        return onProgress;
    }
}
