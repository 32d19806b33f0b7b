package vn.chungtay.app.bench;

import vn.chungtay.app.work.Progress;

/** Hears what a long benchmark is doing, so that a person watching knows it is alive. */
public interface BenchListener {

    /** A step begins; the key and its arguments are worded by the caller (e.g. {@code province}, households). */
    void step(String key, Object... args);

    /** The rows measured so far, after each figure (a long run that is stopped still leaves what it measured). */
    void rows(java.util.List<BenchRow> rows);

    /** The progress of the current step. */
    Progress progress();
}
