package vn.chungtay.app.demo;

import java.util.SplittableRandom;

/**
 * The ethnic make-up of a commune's households, by the head's group (codes of the 1979 list, DOMAIN.md §5). Kon Tum
 * is about 47% Kinh and 53% minorities (DOMAIN.md §7), but no commune looks like that average: the city wards are
 * mostly Kinh, the settlers' communes of the 1980s–90s mostly Kinh with Mường, Tày, Thái and Nùng migrants from the
 * north, the mountain communes of Tu Mơ Rông, Kon Plông and Đắk Glei almost all Xơ-Đăng or Gié Triêng, Kon Rẫy and
 * the villages around the city Ba Na, western Sa Thầy Gia-rai. The two smallest groups of Vietnam live here in one
 * place each: the Brâu in Bờ Y (Ngọc Hồi) and the Rơ-măm in Mô Rai (Sa Thầy). Each commune of the demo province
 * takes one of these mixes; the weights are percentages of households.
 */
enum EthnicMix {

    /** Wards of Kon Tum city. */
    CITY_WARD(Weighted.of("01", 88, "13", 6, "14", 2.5, "10", 1, "06", 1, "02", 0.5, "03", 0.5, "07", 0.5)),
    /** Rural communes around the city: Ba Na villages beside Kinh hamlets. */
    CITY_FRINGE(Weighted.of("01", 42, "13", 48, "14", 4, "10", 4, "06", 1, "02", 0.5, "07", 0.5)),
    /** District towns (thị trấn): Kinh traders and officials, minority villages at the edge. */
    DISTRICT_TOWN(Weighted.of("01", 80, "14", 10, "13", 4, "10", 1.5, "06", 2, "02", 1, "03", 1, "07", 0.5)),
    /** Communes settled by Kinh and northern minorities since the 1980s (new economic zones). */
    SETTLERS(Weighted.of("01", 74, "14", 8, "13", 3, "10", 2, "06", 5, "02", 3, "03", 2.5, "07", 2.5)),
    /** Xơ-Đăng communes along the roads, with Kinh hamlets. */
    XO_DANG_MIXED(Weighted.of("01", 46, "14", 46, "13", 3, "27", 2, "06", 1.5, "02", 1, "07", 0.5)),
    /** Mountain communes: almost all Xơ-Đăng. */
    XO_DANG_MOUNTAIN(Weighted.of("14", 86, "01", 9, "27", 3, "13", 2)),
    /** Đắk Glei and northern Ngọc Hồi, where the Gié Triêng live beside the Xơ-Đăng. */
    GIE_TRIENG(Weighted.of("27", 64, "14", 24, "01", 11, "02", 1)),
    /** Ba Na communes of Kon Rẫy, Kon Plông and Đắk Hà. */
    BA_NA(Weighted.of("13", 60, "14", 16, "01", 22, "10", 1, "06", 1)),
    /** Western Sa Thầy: Gia-rai villages (plei). */
    GIA_RAI(Weighted.of("10", 60, "01", 33, "14", 4, "13", 3)),
    /** Mô Rai: Gia-rai, Kinh settlers and the Rơ-măm of làng Le. */
    MO_RAI(Weighted.of("10", 36, "01", 38, "54", 12, "14", 4, "06", 5, "02", 2.5, "03", 2.5)),
    /** Bờ Y: Kinh and Xơ-Đăng, and the Brâu of làng Đắk Mế. */
    BO_Y(Weighted.of("01", 56, "14", 24, "52", 10, "27", 5, "06", 2, "02", 1.5, "07", 1.5));

    private final Weighted<String> heads;

    EthnicMix(Weighted<String> heads) {
        this.heads = heads;
    }

    /** The ethnic group of a household head in a commune of this mix. */
    String drawHead(SplittableRandom random) {
        return heads.draw(random);
    }

    /** The share of Kinh households, used to pick a representative set of communes for a small demo. */
    double kinhShare() {
        return heads.share("01");
    }

    /** Villages of minorities are "làng" or "plei" with names in their language; Kinh areas number theirs. */
    boolean mostlyMinority() {
        return kinhShare() < 0.5;
    }
}
