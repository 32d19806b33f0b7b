package vn.chungtay.app.identity;

/** The acting person's unit does not cover the record they tried to change. */
public class AccessDeniedException extends RuntimeException {

    private final String unitCode;

    public AccessDeniedException(String unitCode) {
        super("unit " + unitCode + " is outside the user's unit");
        this.unitCode = unitCode;
    }

    /** The unit that was out of reach. */
    public String unitCode() {
        return unitCode;
    }
}
