package vn.chungtay.ui.task;

/** A started task that a person may cancel. */
public interface RunningTask {

    /** Asks the work to stop at its next safe point; its error callback then gets a cancellation. */
    void cancel();

    boolean isCancelled();
}
