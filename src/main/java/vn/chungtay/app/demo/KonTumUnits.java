package vn.chungtay.app.demo;

import java.util.ArrayList;
import java.util.List;
import vn.chungtay.domain.household.Area;

/**
 * The units of Kon Tum province (code 62) as they stood in 2017, the year of the movement report the demo copies
 * (DOMAIN.md §7): the city and 9 districts (Ia H'Drai split from Sa Thầy in 2015), 102 commune-level units. Codes
 * follow the statistics office's numbering (Decision 124/2004/QĐ-TTg, DOMAIN.md §4): district 608–618, communes in
 * the 233xx–235xx block. They are shaped like the official list; a clerk who needs the exact list imports it.
 */
final class KonTumUnits {

    static final String PROVINCE_CODE = "62";
    static final String PROVINCE_NAME = "Kon Tum";

    /** A district-level unit. */
    record District(String code, String name) {
    }

    /** A commune-level unit: its district, name, urban or rural, and which ethnic mix its households have. */
    record Commune(String code, String name, District district, EthnicMix mix) {

        /** Wards (phường) and district towns (thị trấn) are urban; communes (xã) rural (DOMAIN.md §1 lines). */
        Area area() {
            return name.startsWith("Phường") || name.startsWith("Thị trấn") ? Area.URBAN : Area.RURAL;
        }

        boolean isWard() {
            return name.startsWith("Phường");
        }

        boolean isTown() {
            return name.startsWith("Thị trấn");
        }
    }

    private static final List<Commune> COMMUNES = new ArrayList<>();

    static {
        district("608", "Thành phố Kon Tum",
                "23281 Phường Quang Trung CITY_WARD", "23284 Phường Duy Tân CITY_WARD",
                "23287 Phường Quyết Thắng CITY_WARD", "23290 Phường Trường Chinh CITY_WARD",
                "23293 Phường Thắng Lợi CITY_WARD", "23296 Phường Ngô Mây CITY_WARD",
                "23299 Phường Thống Nhất CITY_WARD", "23302 Phường Lê Lợi CITY_WARD",
                "23305 Phường Nguyễn Trãi CITY_WARD", "23308 Phường Trần Hưng Đạo CITY_WARD",
                "23311 Xã Đắk Cấm CITY_FRINGE", "23314 Xã Kroong CITY_FRINGE", "23317 Xã Ngọk Bay CITY_FRINGE",
                "23320 Xã Vinh Quang CITY_FRINGE", "23323 Xã Đắk Blà BA_NA", "23326 Xã Ia Chim CITY_FRINGE",
                "23327 Xã Đắk Năng CITY_FRINGE", "23329 Xã Đoàn Kết CITY_FRINGE", "23332 Xã Chư Hreng CITY_FRINGE",
                "23335 Xã Đắk Rơ Wa BA_NA", "23338 Xã Hòa Bình SETTLERS");
        district("610", "Huyện Đắk Glei",
                "23341 Thị trấn Đắk Glei DISTRICT_TOWN", "23344 Xã Đắk Plô GIE_TRIENG", "23347 Xã Đắk Man GIE_TRIENG",
                "23350 Xã Đắk Nhoong GIE_TRIENG", "23353 Xã Đắk Pék XO_DANG_MIXED",
                "23356 Xã Đắk Choong XO_DANG_MOUNTAIN", "23359 Xã Xốp XO_DANG_MOUNTAIN",
                "23362 Xã Mường Hoong XO_DANG_MOUNTAIN", "23365 Xã Ngọc Linh XO_DANG_MOUNTAIN",
                "23368 Xã Đắk Long GIE_TRIENG", "23371 Xã Đắk Kroong XO_DANG_MOUNTAIN", "23374 Xã Đắk Môn GIE_TRIENG");
        district("611", "Huyện Ngọc Hồi",
                "23377 Thị trấn Plei Kần DISTRICT_TOWN", "23380 Xã Đắk Ang XO_DANG_MIXED",
                "23383 Xã Đắk Dục GIE_TRIENG",
                "23386 Xã Đắk Nông XO_DANG_MIXED", "23389 Xã Đắk Xú SETTLERS", "23392 Xã Đắk Kan SETTLERS",
                "23395 Xã Bờ Y BO_Y", "23398 Xã Sa Loong XO_DANG_MIXED");
        district("612", "Huyện Đắk Tô",
                "23401 Thị trấn Đắk Tô DISTRICT_TOWN", "23427 Xã Đắk Rơ Nga XO_DANG_MOUNTAIN",
                "23428 Xã Ngọk Tụ XO_DANG_MIXED", "23430 Xã Đắk Trăm XO_DANG_MOUNTAIN",
                "23431 Xã Văn Lem XO_DANG_MIXED",
                "23434 Xã Kon Đào XO_DANG_MIXED", "23437 Xã Tân Cảnh SETTLERS", "23440 Xã Diên Bình SETTLERS",
                "23443 Xã Pô Kô XO_DANG_MIXED");
        district("613", "Huyện Kon Plông",
                "23452 Xã Đắk Nên XO_DANG_MOUNTAIN", "23455 Xã Đắk Ring XO_DANG_MOUNTAIN",
                "23458 Xã Măng Bút XO_DANG_MOUNTAIN", "23461 Xã Đắk Tăng XO_DANG_MOUNTAIN",
                "23464 Xã Ngọk Tem XO_DANG_MOUNTAIN", "23467 Xã Pờ Ê XO_DANG_MOUNTAIN",
                "23470 Xã Măng Cành XO_DANG_MIXED", "23473 Thị trấn Măng Đen DISTRICT_TOWN", "23476 Xã Hiếu BA_NA");
        district("614", "Huyện Kon Rẫy",
                "23479 Thị trấn Đắk Rve DISTRICT_TOWN", "23482 Xã Đắk Kôi BA_NA", "23485 Xã Đắk Tơ Lung BA_NA",
                "23488 Xã Đắk Ruồng BA_NA", "23491 Xã Đắk Pne XO_DANG_MOUNTAIN", "23494 Xã Đắk Tờ Re BA_NA",
                "23497 Xã Tân Lập SETTLERS");
        district("615", "Huyện Đắk Hà",
                "23500 Thị trấn Đắk Hà DISTRICT_TOWN", "23503 Xã Đắk Pxi XO_DANG_MIXED",
                "23504 Xã Đắk Long XO_DANG_MIXED",
                "23506 Xã Đắk Hring XO_DANG_MIXED", "23509 Xã Đắk Ui SETTLERS", "23510 Xã Đắk Ngọk BA_NA",
                "23512 Xã Đắk Mar SETTLERS", "23515 Xã Ngọk Wang BA_NA", "23518 Xã Ngọk Réo BA_NA",
                "23521 Xã Hà Mòn SETTLERS", "23524 Xã Đắk La SETTLERS");
        district("616", "Huyện Sa Thầy",
                "23527 Thị trấn Sa Thầy DISTRICT_TOWN", "23530 Xã Rờ Kơi GIA_RAI", "23531 Xã Sa Nhơn GIA_RAI",
                "23532 Xã Hơ Moong GIA_RAI", "23533 Xã Mô Rai MO_RAI", "23534 Xã Sa Sơn SETTLERS",
                "23539 Xã Sa Nghĩa SETTLERS", "23542 Xã Sa Bình SETTLERS", "23545 Xã Ya Xiêr GIA_RAI",
                "23548 Xã Ya Tăng GIA_RAI", "23551 Xã Ya Ly GIA_RAI");
        district("617", "Huyện Tu Mơ Rông",
                "23404 Xã Ngọk Lây XO_DANG_MOUNTAIN", "23407 Xã Đắk Na XO_DANG_MOUNTAIN",
                "23410 Xã Măng Ri XO_DANG_MOUNTAIN", "23413 Xã Ngọk Yêu XO_DANG_MOUNTAIN",
                "23416 Xã Đắk Sao XO_DANG_MOUNTAIN", "23417 Xã Đắk Rơ Ông XO_DANG_MOUNTAIN",
                "23419 Xã Đắk Tờ Kan XO_DANG_MOUNTAIN", "23422 Xã Tu Mơ Rông XO_DANG_MOUNTAIN",
                "23425 Xã Đắk Hà XO_DANG_MOUNTAIN", "23446 Xã Tê Xăng XO_DANG_MOUNTAIN",
                "23449 Xã Văn Xuôi XO_DANG_MOUNTAIN");
        district("618", "Huyện Ia H'Drai",
                "23535 Xã Ia Đal SETTLERS", "23536 Xã Ia Dom SETTLERS", "23538 Xã Ia Tơi SETTLERS");
    }

    private KonTumUnits() {
    }

    /** All 102 communes, district by district. */
    static List<Commune> communes() {
        return List.copyOf(COMMUNES);
    }

    /** Each entry is "code name… MIX": the code first, the mix last, the name in between. */
    private static void district(String code, String name, String... communes) {
        District district = new District(code, name);
        for (String entry : communes) {
            int first = entry.indexOf(' ');
            int last = entry.lastIndexOf(' ');
            COMMUNES.add(new Commune(entry.substring(0, first), entry.substring(first + 1, last), district,
                    EthnicMix.valueOf(entry.substring(last + 1))));
        }
    }
}
