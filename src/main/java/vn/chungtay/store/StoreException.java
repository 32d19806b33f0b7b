package vn.chungtay.store;

/** The database could not be opened or used; the reason says why in terms a person can act on. */
public class StoreException extends RuntimeException {

    /** Why the database is not usable. */
    public enum Reason {
        CANNOT_CREATE_FOLDER("error.db.folder"),
        CANNOT_OPEN("error.db.open"),
        IN_USE("error.db.in-use"),
        UNSUPPORTED_URL("error.db.url");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final String where;

    public StoreException(Reason reason, String where, Throwable cause) {
        super(reason + ": " + where, cause);
        this.reason = reason;
        this.where = where;
    }

    public Reason reason() {
        return reason;
    }

    public String where() {
        return where;
    }
}
