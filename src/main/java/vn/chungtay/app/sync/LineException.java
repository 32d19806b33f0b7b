package vn.chungtay.app.sync;

/** A line of a package that cannot be read as a record: which field, and why (a message key with arguments). */
public class LineException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public LineException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
