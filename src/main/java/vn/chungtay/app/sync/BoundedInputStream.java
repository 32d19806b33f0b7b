package vn.chungtay.app.sync;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes an entry really inflates to against the package's budget and stops a zip bomb once the budget is
 * spent, whatever the ZIP's headers claim.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long[] budget;
    private final String name;

    BoundedInputStream(InputStream in, long[] budget, String name) {
        super(in);
        this.budget = budget;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            spend(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            spend(n);
        }
        return n;
    }

    private void spend(long n) {
        budget[0] -= n;
        if (budget[0] < 0) {
            throw PackageRejectedException.of("sync.reject.too-large", name);
        }
    }
}
