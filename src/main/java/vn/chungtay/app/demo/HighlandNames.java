package vn.chungtay.app.demo;

import java.util.Map;
import java.util.SplittableRandom;
import vn.chungtay.domain.household.Sex;

/**
 * Names of Kon Tum's indigenous peoples as they appear on household lists.
 * <ul>
 *   <li>Xơ-Đăng, Gié Triêng, Brâu, Rơ-măm and many Ba Na have no family name: "A" marks a man, "Y" a woman
 *       ("A Phương", "Y Liên"); the given name is in the people's language or a Vietnamese word.</li>
 *   <li>Other Ba Na families registered under "Đinh" with the Kinh middle names: "Đinh Văn Hnhưm", "Đinh Thị
 *       Blơm".</li>
 *   <li>The Gia-rai carry a clan name (Rơ Châm, Siu, Ksor, Rah Lan, Nay, Rơ Mah, Kpă, Puih …) which a child takes from
 *       the mother, the Gia-rai being matrilineal; women often write "H'" or "Y" before the given name: "Rơ Châm
 *       Blếch", "Siu H'Lim", "Ksor Y Bleo".</li>
 * </ul>
 */
final class HighlandNames {

    /** The "Đinh" lineage of Ba Na families who took a family name; the others have none (""). */
    static final String DINH = "Đinh";

    private static final Weighted<String> GIA_RAI_CLANS = Weighted.of("Ksor", 18, "Siu", 16, "Rơ Châm", 14,
            "Rơ Mah", 12, "Rah Lan", 10, "Nay", 8, "Kpă", 8, "Puih", 7, "Rơ Ô", 4, "Rcom", 3);

    /** Given names by group: men first, then women. */
    private record Givens(Weighted<String> men, Weighted<String> women) {
    }

    private static final Map<String, Givens> GIVENS = Map.of(
            "14", new Givens(
                    Weighted.uniform("Phương", "Thiên", "Blơi", "Pố", "Đăng", "Hiên", "Nhiên", "Tuấn", "Lăng", "Rốc",
                            "Krang", "Xuân", "Thanh", "Vui", "Dum", "Gion", "Thái", "Tơr", "Rin", "Lam", "Giang",
                            "Ngơk", "Hơn", "Pôn", "Khoa", "Sang", "Tư", "Nhơn", "Bình", "Dôi", "Khen", "Trung",
                            "Hậu", "Sâm", "Veng", "Kiên", "Hùng", "Lâm", "Đông", "Tiến"),
                    Weighted.uniform("Liên", "Bia", "Hoa", "Xuân", "Bích", "Hiền", "Nga", "Blang", "Hơn", "Ngọc",
                            "Mai", "Nhiên", "Trinh", "Thu", "Lanh", "Khoan", "Din", "Rơi", "Hương", "Bé", "Pơ",
                            "Thảo", "Phin", "Nhung", "Gái", "Xoan", "Diên", "Tâm", "Duyên", "Lê")),
            "13", new Givens(
                    Weighted.uniform("Thút", "Pa", "Hmưu", "Byưk", "Đêp", "Hyưl", "Brôh", "Kơi", "Jâu", "Nhơm",
                            "Uôn", "Pơng", "Lui", "Hrăt", "Brương", "Phin", "Ber", "Klăh", "Dên", "Hnhưm", "Sô",
                            "Tơr", "Khâm", "Pết", "Hmâu", "Yăh", "Doh", "Kloh"),
                    Weighted.uniform("Blơm", "Bé", "Khuê", "Hen", "Nhơr", "Jil", "Hyiêm", "Bơr", "Ngưch", "Hluynh",
                            "Plung", "Hlin", "Lêh", "Drim", "Rin", "Nhâm", "Pang", "Kloe", "Djưm", "Hmar", "Rơ",
                            "Yêr", "Brĕt", "Hlên")),
            "10", new Givens(
                    Weighted.uniform("Blếch", "Bleo", "Thuel", "Phăm", "Yuih", "Djơ", "Ring", "Nhứ", "Jơ", "Bói",
                            "Hyin", "Klai", "Đôn", "Kiên", "Nhơn", "Hiu", "Tlơng", "Wưng", "Byă", "Khăm", "Hlaih",
                            "Nui", "Thoan", "Bhang", "Dun", "Ngưl"),
                    Weighted.uniform("Lim", "Linh", "Nguyên", "Blang", "Hen", "Nhơi", "Ngơ", "Phiên", "Juê", "Đoan",
                            "Lai", "Thiêt", "Bia", "Yơn", "Prí", "Duyên", "Lan", "Jơn", "Mlưn", "Bơr", "Nhuê")),
            "27", new Givens(
                    Weighted.uniform("Thiêu", "Rêu", "Lơi", "Jút", "Deo", "Dăm", "Hăng", "Niêm", "Sáu", "Lê",
                            "Quyết", "Vang", "Pôn", "Chương", "Dũng", "Bách", "Liêm", "Xiên", "Bắc", "Ngụ"),
                    Weighted.uniform("Gioăng", "Xuân", "Lưi", "Gen", "Sinh", "Đê", "Lon", "Mai", "Hằng", "Yên", "Bé",
                            "Nga", "Hiên", "Kim", "Ngân", "Phơ", "Thơ", "Dơ")),
            "52", new Givens(
                    Weighted.uniform("Ngam", "Hem", "Nhâm", "Tiếp", "Lang", "Păn", "Giăng", "Thiểm", "Oát", "Pui",
                            "Tô", "Thao"),
                    Weighted.uniform("Hen", "Nướp", "Sen", "Bơi", "Lơi", "Xoan", "Nhoan", "Hơ", "Pia")),
            "54", new Givens(
                    Weighted.uniform("Thuôi", "Chát", "Blúp", "Tưm", "Hoét", "Luân", "Nhanh", "Nô", "Brông", "Măk",
                            "Pin", "Đhuin"),
                    Weighted.uniform("Khoan", "Nhát", "Ngân", "Bơi", "Hơn", "Thương", "Lưch", "Piêng", "Dên")));

    private HighlandNames() {
    }

    static boolean names(String ethnicity) {
        return GIVENS.containsKey(ethnicity);
    }

    /** The Gia-rai take the clan of the mother. */
    static boolean matrilineal(String ethnicity) {
        return ethnicity.equals("10");
    }

    /** The lineage a newly met person of the group carries: a Gia-rai clan, "Đinh" or "" for Ba Na, else "". */
    static String lineage(String ethnicity, SplittableRandom random) {
        if (ethnicity.equals("10")) {
            return GIA_RAI_CLANS.draw(random);
        }
        if (ethnicity.equals("13")) {
            return random.nextDouble() < 0.4 ? DINH : "";
        }
        return "";
    }

    static String fullName(String ethnicity, String lineage, Sex sex, SplittableRandom random) {
        Givens givens = GIVENS.get(ethnicity);
        boolean man = sex == Sex.MALE;
        String given = (man ? givens.men() : givens.women()).draw(random);
        if (ethnicity.equals("10")) {
            String clan = lineage.isEmpty() ? GIA_RAI_CLANS.draw(random) : lineage;
            if (man) {
                return clan + " " + given;
            }
            double x = random.nextDouble();
            return x < 0.4 ? clan + " H'" + given : x < 0.6 ? clan + " Y " + given : clan + " " + given;
        }
        if (lineage.equals(DINH)) {
            return DINH + (man ? " Văn " : " Thị ") + given;
        }
        return (man ? "A " : "Y ") + given;
    }
}
