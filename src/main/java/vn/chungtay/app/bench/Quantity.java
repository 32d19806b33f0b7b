package vn.chungtay.app.bench;

/** A measured amount: milliseconds or megabytes. */
public record Quantity(double value, Unit unit) {

    /** What a figure measures. */
    public enum Unit { MS, MB }

    public static Quantity millis(double value) {
        return new Quantity(value, Unit.MS);
    }

    public static Quantity nanosAsMillis(long nanos) {
        return new Quantity(nanos / 1_000_000.0, Unit.MS);
    }

    public static Quantity megabytes(double value) {
        return new Quantity(value, Unit.MB);
    }

    public static Quantity kilobytesAsMegabytes(long kilobytes) {
        return new Quantity(kilobytes / 1024.0, Unit.MB);
    }
}
