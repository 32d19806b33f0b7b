package vn.chungtay.domain.household;

/** Urban or rural: the poverty lines differ by area (DOMAIN.md §1). */
public enum Area {
    RURAL("household.area.rural"),
    URBAN("household.area.urban");

    private final String messageKey;

    Area(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
