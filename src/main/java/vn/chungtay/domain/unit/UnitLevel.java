package vn.chungtay.domain.unit;

/**
 * Levels of the administrative hierarchy with the length of their official codes (Decision 124/2004/QĐ-TTg):
 * province 2 digits, district 3, commune 5. Since 1 July 2025 (Resolution 202/2025/QH15) communes sit directly under
 * a province; older data keeps its districts, so the district level stays optional.
 */
public enum UnitLevel {
    PROVINCE(2, "unit.level.province"),
    DISTRICT(3, "unit.level.district"),
    COMMUNE(5, "unit.level.commune");

    private final int codeLength;
    private final String messageKey;

    UnitLevel(int codeLength, String messageKey) {
        this.codeLength = codeLength;
        this.messageKey = messageKey;
    }

    public int codeLength() {
        return codeLength;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The level whose codes have this many digits, if any. */
    public static UnitLevel ofCodeLength(int length) {
        for (UnitLevel level : values()) {
            if (level.codeLength == length) {
                return level;
            }
        }
        return null;
    }
}
