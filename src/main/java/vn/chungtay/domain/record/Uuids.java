package vn.chungtay.domain.record;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Makes time-ordered version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made later sort
 * later, which keeps database indexes compact. A seeded source (for demo data) makes the same ids every run.
 */
public final class Uuids {

    private final LongSupplier clockMillis;
    private final Random random;

    private Uuids(LongSupplier clockMillis, Random random) {
        this.clockMillis = clockMillis;
        this.random = random;
    }

    /** Ids from the system clock and a secure random source. */
    public static Uuids system() {
        return new Uuids(System::currentTimeMillis, new SecureRandom());
    }

    /** Reproducible ids: a fixed starting time that advances one millisecond every 1024 ids, and a seeded random. */
    public static Uuids seeded(long seed, long startMillis) {
        long[] counter = {0};
        return new Uuids(() -> startMillis + (counter[0]++ >> 10), new Random(seed));
    }

    public synchronized UUID next() {
        long millis = clockMillis.getAsLong();
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
