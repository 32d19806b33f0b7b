package vn.chungtay.app.demo;

import java.time.Clock;
import vn.chungtay.app.work.Progress;
import vn.chungtay.store.Store;

/** Generates a realistic demo province (DOMAIN.md §7). Being written; replaced by the full generator. */
public final class DemoService {

    private final Store store;
    private final Clock clock;

    public DemoService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Generates {@code households} households deterministically from {@code seed}. */
    public DemoResult generate(int households, long seed, Progress progress) {
        throw new UnsupportedOperationException("demo generator not written yet");
    }

    /** What was generated. */
    public record DemoResult(int provinces, int districts, int communes, int villages, int households, int members) {
    }
}
