package vn.chungtay.app.report;

import java.util.Objects;

/**
 * The heading of an official Vietnamese document: the issuing body on the left ("UBND TỈNH KON TUM"), the national
 * title and motto on the right ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc"), and the place
 * and date line ("Kon Tum, ngày 15 tháng 12 năm 2025").
 */
public record DocumentHead(String issuer, String nation, String motto, String placeAndDate) {

    public DocumentHead {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(motto, "motto");
        Objects.requireNonNull(placeAndDate, "placeAndDate");
    }
}
