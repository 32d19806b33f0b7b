package vn.chungtay.app.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.chungtay.app.demo.KonTumUnits.Commune;

/**
 * Names of villages as Kon Tum's communes write them (DOMAIN.md §4: villages have no national code, only a
 * commune-local list): wards have numbered residential groups ("Tổ dân phố 3"); Kinh communes numbered hamlets
 * ("Thôn 1") or hopeful names of the settler years ("Thôn Tân Lập"); Ba Na and Gia-rai villages are "làng" or
 * "plei" and Xơ-Đăng ones "thôn", named in the local language ("Làng Kon Klor", "Thôn Đắk Rơ Wang"). Names are
 * unique within a commune, as the village list requires.
 */
final class VillageNames {

    /** Bahnaric place-name heads: "kon" village, "đắk" water, "plei" village (Gia-rai, Ba Na), "măng" forest land. */
    private static final Weighted<String> HEADS = Weighted.of("Kon", 4, "Đắk", 4, "Plei", 2, "Măng", 1, "Ngọk", 1,
            "Tu", 0.5, "Vi", 0.5, "Pa", 0.5);
    private static final Weighted<String> ROOTS = Weighted.uniform("Klor", "Rơ Wang", "Hring", "Jri", "Roh", "Tơ Re",
            "Mót", "Chiêu", "Kơ Tu", "Brông", "Hnor", "Rẫy", "Pne", "Lung", "Xiêng", "Kpơng", "Đôn", "Trang",
            "Ri", "Lấy", "Xô", "Rô", "Ham", "Ring", "Ka", "Ang", "Sút", "Pông", "Drế", "Tang", "Trum", "Rơ Lang",
            "Jơ Drăp", "Bla", "Sơ Lam", "Mơ Nang", "Rao", "Năng", "Kơ Nâng", "Hra", "Wơk", "Gia", "Mế", "Lếch",
            "Mơ Ham", "Pơ Ê", "Tơ Kan", "Sao", "Tờ Lơ", "Chờ", "Rơ Ngheo", "Kơ Xia", "Dơ", "Lò", "Tơ Pang");
    private static final Weighted<String> GIA_RAI_ROOTS = Weighted.uniform("Ia Chim", "Ia Tri", "Rơ Wăk", "Bông",
            "Chốt", "Kép", "Lốc", "Krông", "Tơ Nghia", "Trang", "Mu", "Ia Kla", "Ia Xiêr", "Rơ Khơi", "Đôn", "Sar",
            "Ia Băng", "Tung", "Ia Dơr", "Bua");
    private static final Weighted<String> SETTLER_NAMES = Weighted.uniform("Tân Lập", "Hòa Bình", "Thống Nhất",
            "Đồng Tâm", "Quyết Thắng", "Tân Hưng", "Bình Minh", "Thanh Xuân", "Kiên Cường", "Đoàn Kết", "Tân Sơn",
            "Nghĩa An", "Tân An", "Trung Thành", "Quang Trung", "Phú Thọ", "Tân Tiến", "Hải Hà", "Tân Bình",
            "Hòa Phong", "Đức Phổ", "Bình Giang", "Tân Điền", "Hưng Yên");

    private VillageNames() {
    }

    /** {@code count} distinct village names for the commune, numbered groups first where the commune has them. */
    static List<String> forCommune(Commune commune, int count, SplittableRandom random) {
        Set<String> names = new LinkedHashSet<>();
        if (commune.mix() == EthnicMix.MO_RAI) {
            names.add("Làng Le");
        } else if (commune.mix() == EthnicMix.BO_Y) {
            names.add("Làng Đắk Mế");
        }
        int numbered = numberedCount(commune, count, random);
        String numberedWord = commune.isWard() || commune.isTown() ? "Tổ dân phố " : "Thôn ";
        int withNumbers = Math.min(count, names.size() + numbered);
        for (int i = 1; names.size() < withNumbers; i++) {
            names.add(numberedWord + i);
        }
        int attempts = 0;
        while (names.size() < count && attempts++ < count * 20) {
            names.add(localName(commune, random));
        }
        for (int i = 1; names.size() < count; i++) {
            names.add("Thôn " + i);
        }
        return new ArrayList<>(names).subList(0, count);
    }

    /** How many villages of the commune carry numbers rather than names. */
    private static int numberedCount(Commune commune, int count, SplittableRandom random) {
        if (commune.isWard()) {
            return count;
        }
        double share = commune.isTown() ? 0.7 : commune.mix().mostlyMinority() ? 0.15 : 0.6;
        return (int) Math.round(count * share * (0.8 + 0.4 * random.nextDouble()));
    }

    private static String localName(Commune commune, SplittableRandom random) {
        EthnicMix mix = commune.mix();
        if (!mix.mostlyMinority() && !commune.isTown() && random.nextDouble() < 0.6) {
            return "Thôn " + SETTLER_NAMES.draw(random);
        }
        if (mix == EthnicMix.GIA_RAI || mix == EthnicMix.MO_RAI) {
            String root = GIA_RAI_ROOTS.draw(random);
            return root.startsWith("Ia") ? "Làng " + root : "Làng Plei " + root;
        }
        boolean baNa = mix == EthnicMix.BA_NA || mix == EthnicMix.CITY_FRINGE;
        String word = baNa ? "Làng " : random.nextDouble() < 0.25 ? "Làng " : "Thôn ";
        return word + HEADS.draw(random) + " " + ROOTS.draw(random);
    }
}
