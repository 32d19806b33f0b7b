package vn.chungtay.ui.task;

/**
 * Runs slow work (database, files, imports, reports) off the JavaFX thread and reports back on it. Views and
 * view-models get one injected; tests inject {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    /** Starts the task; its callbacks run on the JavaFX thread (or the caller's thread in tests). */
    <T> RunningTask run(BackgroundTask<T> task);
}
