package vn.chungtay.app.demo;

import java.util.Map;
import java.util.SplittableRandom;
import vn.chungtay.domain.household.Sex;

/**
 * Vietnamese names of the Kinh pattern: family name, middle name, given name ("Nguyễn Văn Hùng", "Trần Thị Lan").
 * The Mường, Tày, Thái and Nùng who came to Kon Tum from the north name themselves the same way, with their own
 * family names (Bùi and Đinh for the Mường, Lò and Cầm for the Thái …). Middle and given names change with the
 * generation: almost every woman born before 1970 is "Thị", while children of the 2010s are "Bảo Anh" or "Gia Huy".
 *
 * <p>Family-name shares follow the usual national figures (Nguyễn about 38%, Trần 11%, Lê 9.5%, Phạm 7% …), with
 * the central-coast names Huỳnh and Võ a little more common, since most Kinh in Kon Tum came from Quảng Ngãi, Quảng
 * Nam and Bình Định.
 */
final class KinhNames {

    private static final Weighted<String> KINH_FAMILIES = Weighted.of("Nguyễn", 38, "Trần", 11, "Lê", 9.5,
            "Phạm", 7, "Hoàng", 3, "Huỳnh", 3, "Phan", 4.5, "Vũ", 2, "Võ", 3.5, "Đặng", 2.1, "Bùi", 2, "Đỗ", 1.4,
            "Hồ", 1.5, "Ngô", 1.3, "Dương", 1, "Lý", 0.5, "Đinh", 0.8, "Trương", 0.8, "Đào", 0.5, "Mai", 0.4,
            "Cao", 0.4, "Lương", 0.4, "Hà", 0.3, "Lâm", 0.3, "Trịnh", 0.3, "Tạ", 0.2, "Châu", 0.2, "Tô", 0.2,
            "Lưu", 0.2, "Thái", 0.1, "Kiều", 0.1, "La", 0.1, "Quách", 0.1, "Tăng", 0.1);

    private static final Map<String, Weighted<String>> MIGRANT_FAMILIES = Map.of(
            "02", Weighted.of("Hoàng", 20, "Nông", 15, "Nguyễn", 10, "Lương", 8, "Lục", 6, "Ma", 6, "Hà", 6,
                    "Triệu", 5, "Vi", 5, "Bế", 5, "Lộc", 4, "Đàm", 3, "Hứa", 3, "La", 3),
            "03", Weighted.of("Lò", 20, "Lường", 10, "Cầm", 10, "Vi", 10, "Quàng", 8, "Hà", 8, "Lang", 6, "Lữ", 5,
                    "Điêu", 4, "Sầm", 4, "Lộc", 3, "Mè", 2),
            "06", Weighted.of("Bùi", 35, "Đinh", 20, "Quách", 10, "Hà", 10, "Bạch", 5, "Xa", 5, "Cao", 5,
                    "Nguyễn", 5, "Phạm", 5),
            "07", Weighted.of("Hoàng", 20, "Nông", 12, "Lý", 10, "Lục", 8, "Vi", 8, "Mông", 5, "Chu", 5,
                    "Lương", 5, "Triệu", 5, "Hứa", 5, "Nguyễn", 5, "Sầm", 4));

    private static final Weighted<String> MEN_MIDDLE_OLD = Weighted.of("Văn", 55, "Đức", 6, "Hữu", 6, "Đình", 6,
            "Công", 5, "Xuân", 4, "Quang", 4, "Minh", 3, "Ngọc", 3, "Thanh", 3, "Tấn", 3, "Bá", 2, "Trọng", 2);
    private static final Weighted<String> MEN_MIDDLE_MID = Weighted.of("Văn", 38, "Minh", 7, "Đức", 7,
            "Quang", 6, "Hữu", 5, "Công", 5, "Đình", 5, "Thanh", 5, "Ngọc", 4, "Xuân", 3, "Tấn", 3, "Anh", 3,
            "Quốc", 3, "Trung", 2, "Hoàng", 2, "Thành", 2);
    private static final Weighted<String> MEN_MIDDLE_YOUNG = Weighted.of("Văn", 22, "Minh", 10, "Đức", 8,
            "Quang", 7, "Gia", 7, "Bảo", 6, "Hoàng", 5, "Anh", 5, "Quốc", 5, "Thành", 4, "Hữu", 4, "Công", 4,
            "Tuấn", 3, "Nhật", 3, "Trung", 3, "Đăng", 3, "Thiên", 2);
    private static final Weighted<String> WOMEN_MIDDLE_OLD = Weighted.of("Thị", 85, "Ngọc", 3, "Kim", 3,
            "Thanh", 3, "Thu", 2, "Hồng", 2, "Xuân", 2);
    private static final Weighted<String> WOMEN_MIDDLE_MID = Weighted.of("Thị", 60, "Ngọc", 6, "Thu", 5,
            "Thanh", 5, "Hồng", 4, "Kim", 4, "Mỹ", 3, "Thùy", 3, "Phương", 3, "Minh", 2, "Bích", 2, "Hoài", 2);
    private static final Weighted<String> WOMEN_MIDDLE_YOUNG = Weighted.of("Thị", 25, "Ngọc", 10, "Bảo", 7,
            "Thùy", 6, "Thu", 5, "Thanh", 5, "Khánh", 5, "Minh", 5, "Phương", 5, "Mỹ", 5, "Như", 5, "Gia", 4,
            "Kim", 4, "Quỳnh", 4, "Hoài", 3, "Tường", 2);
    private static final Weighted<String> SECOND_MIDDLE = Weighted.uniform("Thu", "Ngọc", "Thanh", "Kim", "Hồng",
            "Mỹ", "Bích");

    private static final Weighted<String> MEN_GIVEN_OLD = Weighted.byRank("Hùng", "Dũng", "Sơn", "Thành", "Bình",
            "Hải", "Minh", "Tuấn", "Thắng", "Long", "Hòa", "Lợi", "Phúc", "Tài", "Lộc", "Thọ", "Xuân", "Thanh", "Nam",
            "Cường", "Hưng", "Phước", "Tư", "Châu", "Đông", "Tâm", "Quý", "Vinh", "Tiến", "Định", "Tân", "Trung",
            "Hậu", "Hiền", "Mạnh", "Quang", "Toàn", "Sáu", "Năm", "Bảy");
    private static final Weighted<String> MEN_GIVEN_MID = Weighted.byRank("Tuấn", "Hùng", "Dũng", "Nam", "Hải",
            "Minh", "Long", "Sơn", "Cường", "Trung", "Thắng", "Hiếu", "Quân", "Hưng", "Khánh", "Thành", "Phong", "Tú",
            "Việt", "Huy", "Hoàng", "Tùng", "Đức", "Thịnh", "Trí", "Linh", "Quang", "Lâm", "Phương", "Vũ", "Kiên",
            "Hòa", "Tâm", "Bình", "Hậu", "Nghĩa", "Lực", "Mạnh", "Tân", "Toàn");
    private static final Weighted<String> MEN_GIVEN_YOUNG = Weighted.byRank("Huy", "Khang", "Phúc", "Bảo", "Minh",
            "Nam", "Đạt", "Duy", "Khoa", "Hiếu", "Long", "Anh", "Quân", "Phát", "Thịnh", "Tuấn", "Khôi", "Hoàng",
            "Kiệt", "Lâm", "Tín", "Vinh", "Nhân", "Thái", "Trung", "Sơn", "Hưng", "Tài", "An", "Đức", "Dương", "Tú",
            "Việt", "Thiện", "Lộc", "Khánh", "Nguyên", "Quý", "Hào", "Luân");
    private static final Weighted<String> WOMEN_GIVEN_OLD = Weighted.byRank("Lan", "Hoa", "Hương", "Mai", "Hồng",
            "Liên", "Lài", "Cúc", "Đào", "Tuyết", "Nga", "Thủy", "Xuân", "Lựu", "Hạnh", "Loan", "Huệ", "Thơm", "Mận",
            "Nhung", "Tâm", "Sen", "Vân", "Yến", "Bích", "Hà", "Hiền", "Thu", "Phượng", "Oanh");
    private static final Weighted<String> WOMEN_GIVEN_MID = Weighted.byRank("Hương", "Hằng", "Hà", "Lan", "Trang",
            "Nga", "Thủy", "Hạnh", "Phương", "Linh", "Huyền", "Thảo", "Dung", "Hoa", "Mai", "Nhung", "Loan", "Vân",
            "Yến", "Hiền", "Tuyết", "Oanh", "Thúy", "Liên", "Ngọc", "Giang", "Thanh", "Tâm", "Hồng", "Quyên");
    private static final Weighted<String> WOMEN_GIVEN_YOUNG = Weighted.byRank("Linh", "Anh", "Trang", "Ngọc", "Vy",
            "Nhi", "Thảo", "My", "Hân", "Hà", "Giang", "Huyền", "Uyên", "Như", "Quỳnh", "Trâm", "Thư", "Chi", "Hương",
            "Phương", "Yến", "Diệp", "Tâm", "Hằng", "Vân", "Khánh", "Nhung", "Mai", "Lan", "An");

    private KinhNames() {
    }

    /** A family name for a person of the group (Kinh, Tày, Thái, Mường, Nùng). */
    static String family(String ethnicity, SplittableRandom random) {
        return MIGRANT_FAMILIES.getOrDefault(ethnicity, KINH_FAMILIES).draw(random);
    }

    /** "Family Middle Given", the middle and given name chosen for the sex and the generation. */
    static String fullName(String family, Sex sex, int birthYear, SplittableRandom random) {
        int era = birthYear < 1970 ? 0 : birthYear < 1995 ? 1 : 2;
        boolean man = sex == Sex.MALE;
        String middle = pick(era, man ? MEN_MIDDLE_OLD : WOMEN_MIDDLE_OLD, man ? MEN_MIDDLE_MID : WOMEN_MIDDLE_MID,
                man ? MEN_MIDDLE_YOUNG : WOMEN_MIDDLE_YOUNG).draw(random);
        Weighted<String> givens = pick(era, man ? MEN_GIVEN_OLD : WOMEN_GIVEN_OLD, man ? MEN_GIVEN_MID
                : WOMEN_GIVEN_MID, man ? MEN_GIVEN_YOUNG : WOMEN_GIVEN_YOUNG);
        String given = givens.draw(random);
        while (given.equals(middle)) {
            given = givens.draw(random);
        }
        if (!man && era > 0 && middle.equals("Thị") && random.nextDouble() < 0.08) {
            String second = SECOND_MIDDLE.draw(random);
            if (!second.equals(given)) {
                middle = middle + " " + second;
            }
        }
        return family + " " + middle + " " + given;
    }

    private static Weighted<String> pick(int era, Weighted<String> old, Weighted<String> mid,
                                         Weighted<String> young) {
        return era == 0 ? old : era == 1 ? mid : young;
    }
}
