package vn.chungtay.domain.household;

import java.util.Map;
import java.util.Optional;

/**
 * Vietnamese phone numbers (DOMAIN.md §6): mobiles have 10 digits; "+84" / "84" stands for the leading 0; the old
 * 11-digit mobile prefixes (016x, 012x, 018x, 0199) are converted to the 10-digit ones of the 2018 renumbering;
 * landlines keep their 11 digits (02xx area code + 7 digits).
 */
public final class PhoneNumber {

    private static final Map<String, String> OLD_MOBILE_PREFIXES = Map.ofEntries(
            Map.entry("0162", "032"), Map.entry("0163", "033"), Map.entry("0164", "034"), Map.entry("0165", "035"),
            Map.entry("0166", "036"), Map.entry("0167", "037"), Map.entry("0168", "038"), Map.entry("0169", "039"),
            Map.entry("0120", "070"), Map.entry("0121", "079"), Map.entry("0122", "077"), Map.entry("0126", "076"),
            Map.entry("0128", "078"), Map.entry("0123", "083"), Map.entry("0124", "084"), Map.entry("0125", "085"),
            Map.entry("0127", "081"), Map.entry("0129", "082"), Map.entry("0186", "056"), Map.entry("0188", "058"),
            Map.entry("0199", "059"));

    private PhoneNumber() {
    }

    /**
     * The number in its stored form, or empty when it cannot be a Vietnamese phone number. Spaces, dots and dashes
     * between digits are ignored. An empty input stays empty (the phone is optional) and is returned as "".
     */
    public static Optional<String> normalise(String typed) {
        String t = typed == null ? "" : typed.replaceAll("[\\s.\\-()]", "");
        if (t.isEmpty()) {
            return Optional.of("");
        }
        if (t.startsWith("+84")) {
            t = "0" + t.substring(3);
        } else if (t.startsWith("84") && t.length() >= 11) {
            t = "0" + t.substring(2);
        }
        if (!t.matches("0\\d{9,10}")) {
            return Optional.empty();
        }
        if (t.length() == 10) {
            return t.startsWith("01") || t.startsWith("02") ? Optional.empty() : Optional.of(t);
        }
        String oldPrefix = OLD_MOBILE_PREFIXES.get(t.substring(0, 4));
        if (oldPrefix != null) {
            return Optional.of(oldPrefix + t.substring(4));
        }
        return t.startsWith("02") ? Optional.of(t) : Optional.empty();
    }
}
