package vn.chungtay.domain.household;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 12-digit citizen identity number (căn cước công dân), Circular 07/2016/TT-BCA (DOMAIN.md §6): 3 digits of the
 * province where the birth was registered, one century/sex digit (0/1: 1900s male/female, 2/3: 2000s, 4/5: 2100s),
 * 2 digits of the birth year, then 6 serial digits. A number is checked against the holder's birth year and sex.
 */
public final class Cccd {

    /** Province-of-registration codes (the 63 provinces before the 2025 merger; numbers issued keep them). */
    private static final Map<String, String> PROVINCES = provinces();

    private Cccd() {
    }

    /** What is wrong with the number for a holder of this sex and birth year; empty when it agrees. */
    public static Optional<Problem> check(String number, Sex sex, int birthYear) {
        if (number == null || !number.matches("\\d{12}")) {
            return Optional.of(Problem.NOT_12_DIGITS);
        }
        if (!PROVINCES.containsKey(number.substring(0, 3))) {
            return Optional.of(Problem.UNKNOWN_PROVINCE);
        }
        int centurySex = number.charAt(3) - '0';
        if (centurySex > 5) {
            return Optional.of(Problem.CENTURY_MISMATCH);
        }
        int century = 1900 + (centurySex / 2) * 100;
        if (birthYear < century || birthYear >= century + 100) {
            return Optional.of(Problem.CENTURY_MISMATCH);
        }
        if (sex != null && (centurySex % 2 == 0) != (sex == Sex.MALE)) {
            return Optional.of(Problem.SEX_MISMATCH);
        }
        if (Integer.parseInt(number.substring(4, 6)) != birthYear % 100) {
            return Optional.of(Problem.YEAR_MISMATCH);
        }
        return Optional.empty();
    }

    /** The century/sex digit for a holder: used to build valid numbers (demo data, tests). */
    public static int centurySexDigit(Sex sex, int birthYear) {
        int centuryIndex = (birthYear - 1900) / 100;
        return centuryIndex * 2 + (sex == Sex.FEMALE ? 1 : 0);
    }

    /** The province-of-registration code for a 2-digit province code ("62" → "062"). */
    public static String registrationCode(String provinceCode) {
        return "0" + provinceCode;
    }

    /** The name of the province for a 3-digit registration code, if it is one. */
    public static Optional<String> provinceName(String registrationCode) {
        return Optional.ofNullable(PROVINCES.get(registrationCode));
    }

    /** Why a number does not agree with its holder. */
    public enum Problem {
        NOT_12_DIGITS("validation.cccd.digits"),
        UNKNOWN_PROVINCE("validation.cccd.province"),
        CENTURY_MISMATCH("validation.cccd.century"),
        SEX_MISMATCH("validation.cccd.sex"),
        YEAR_MISMATCH("validation.cccd.year");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static Map<String, String> provinces() {
        String[] pairs = {
            "001", "Hà Nội", "002", "Hà Giang", "004", "Cao Bằng", "006", "Bắc Kạn", "008", "Tuyên Quang",
            "010", "Lào Cai", "011", "Điện Biên", "012", "Lai Châu", "014", "Sơn La", "015", "Yên Bái",
            "017", "Hòa Bình", "019", "Thái Nguyên", "020", "Lạng Sơn", "022", "Quảng Ninh", "024", "Bắc Giang",
            "025", "Phú Thọ", "026", "Vĩnh Phúc", "027", "Bắc Ninh", "030", "Hải Dương", "031", "Hải Phòng",
            "033", "Hưng Yên", "034", "Thái Bình", "035", "Hà Nam", "036", "Nam Định", "037", "Ninh Bình",
            "038", "Thanh Hóa", "040", "Nghệ An", "042", "Hà Tĩnh", "044", "Quảng Bình", "045", "Quảng Trị",
            "046", "Thừa Thiên Huế", "048", "Đà Nẵng", "049", "Quảng Nam", "051", "Quảng Ngãi", "052", "Bình Định",
            "054", "Phú Yên", "056", "Khánh Hòa", "058", "Ninh Thuận", "060", "Bình Thuận", "062", "Kon Tum",
            "064", "Gia Lai", "066", "Đắk Lắk", "067", "Đắk Nông", "068", "Lâm Đồng", "070", "Bình Phước",
            "072", "Tây Ninh", "074", "Bình Dương", "075", "Đồng Nai", "077", "Bà Rịa - Vũng Tàu",
            "079", "Hồ Chí Minh", "080", "Long An", "082", "Tiền Giang", "083", "Bến Tre", "084", "Trà Vinh",
            "086", "Vĩnh Long", "087", "Đồng Tháp", "089", "An Giang", "091", "Kiên Giang", "092", "Cần Thơ",
            "093", "Hậu Giang", "094", "Sóc Trăng", "095", "Bạc Liêu", "096", "Cà Mau",
        };
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
