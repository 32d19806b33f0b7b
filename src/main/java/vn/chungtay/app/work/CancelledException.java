package vn.chungtay.app.work;

/** Slow work stopped because a person cancelled it; its transaction is rolled back. */
public class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled");
    }
}
