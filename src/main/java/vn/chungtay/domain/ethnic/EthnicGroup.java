package vn.chungtay.domain.ethnic;

/**
 * One of the 54 ethnic groups, numbered by Decision 121-TCTK/PPCĐ (1979), plus 55 (foreigner) and 99 (unknown) as
 * some systems add (DOMAIN.md §5). The list itself is reference data in the database.
 */
public record EthnicGroup(String code, String name) {

    /** The code system of every code stored on a member. */
    public static final String CODE_SYSTEM = "TCTK-1979";

    /** Kinh, the majority group; every other group of 02–54 is an ethnic minority (DTTS). */
    public static final String KINH = "01";

    /** True for the groups that count as ethnic minorities in reports (02–54). */
    public static boolean isMinority(String code) {
        if (code == null || !code.matches("\\d{2}")) {
            return false;
        }
        int n = Integer.parseInt(code);
        return n >= 2 && n <= 54;
    }
}
