package vn.chungtay.app.work;

/**
 * How slow work reports progress and learns that a person cancelled it. The GUI adapts it to its background tasks,
 * the command line to a line on the terminal; {@link #NONE} ignores both.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports that {@code done} of {@code total} steps are finished. */
    void update(long done, long total);

    /** True once a person asked to stop; the work then throws {@link CancelledException} at a safe point. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when the work was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
