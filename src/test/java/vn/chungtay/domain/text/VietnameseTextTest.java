package vn.chungtay.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void cleanTurnsCombiningMarksIntoNfc() {
        String typed = nfd("Nguyễn Thị Hoà");
        assertThat(typed).hasSizeGreaterThan("Nguyễn Thị Hoà".length());

        String cleaned = VietnameseText.clean(typed);

        assertThat(cleaned).isEqualTo("Nguyễn Thị Hoà").hasSize(14);
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void cleanTrimsAndCollapsesWhitespaceAndLineBreaks() {
        assertThat(VietnameseText.clean("  Thôn \t Kon\r\nKlor\n ")).isEqualTo("Thôn Kon Klor");
        assertThat(VietnameseText.clean("Xã\u00A0\u00A0Đắk  Pxi")).isEqualTo("Xã Đắk Pxi");
        assertThat(VietnameseText.clean("A B")).isEqualTo("A B");
    }

    @Test
    void cleanOfNothingIsEmpty() {
        assertThat(VietnameseText.clean(null)).isEmpty();
        assertThat(VietnameseText.clean("")).isEmpty();
        assertThat(VietnameseText.clean(" \n\t ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Nguyễn Thị Hoà, nguyen thi hoa",
        "Đặng, dang",
        "ĐẶNG VĂN ĐỨC, dang van duc",
        "Trương Ưng Ơn, truong ung on",
        "'  Lê   Thị\nThuỷ ', le thi thuy",
        "H'Hen Niê, h'hen nie",
        "Ê-đê, e-de",
    })
    void foldDropsDiacriticsTonesAndCase(String raw, String folded) {
        assertThat(VietnameseText.fold(raw)).isEqualTo(folded);
    }

    @Test
    void foldOfNfdInputEqualsFoldOfNfc() {
        for (String name : new String[] {"Nguyễn Thị Hoà", "Đặng Quốc Bảo", "Trương Thị Thuỷ", "Ơn Ưng"}) {
            assertThat(VietnameseText.fold(nfd(name))).isEqualTo(VietnameseText.fold(name));
        }
        assertThat(VietnameseText.fold(nfd("Đặng"))).isEqualTo("dang");
    }

    @Test
    void foldMakesOldAndNewTonePlacementAlike() {
        assertThat(VietnameseText.fold("Hoà")).isEqualTo(VietnameseText.fold("Hòa")).isEqualTo("hoa");
    }

    @ParameterizedTest
    @CsvSource({
        "hoà, hòa",
        "Hoà, hòa",
        "HOÀ, Hòa",
        "thuỷ, thủy",
        "Thuý, thúy",
        "khoẻ, khỏe",
        "Nguỵ, ngụy",
        "Thanh Hoá, thanh hóa",
        "Hoà Bình, hòa bình",
    })
    void duplicateKeyTreatsOldAndNewTonePlacementAsOne(String a, String b) {
        assertThat(VietnameseText.duplicateKey(a)).isEqualTo(VietnameseText.duplicateKey(b));
    }

    @ParameterizedTest
    @CsvSource({
        "Hoa, Hòa",
        "Hoà, Hoá",
        "thuỷ, thuy",
        "Đức, Dức",
        "Hoàn, Hoan",
    })
    void duplicateKeyKeepsOtherDiacritics(String a, String b) {
        assertThat(VietnameseText.duplicateKey(a)).isNotEqualTo(VietnameseText.duplicateKey(b));
    }

    @Test
    void duplicateKeyLeavesQuyAndSyllablesWithFinalConsonantsAlone() {
        assertThat(VietnameseText.duplicateKey("quý")).isEqualTo("quý");
        assertThat(VietnameseText.duplicateKey("Quý")).isEqualTo("quý");
        assertThat(VietnameseText.duplicateKey("quỳnh")).isEqualTo("quỳnh");
        assertThat(VietnameseText.duplicateKey("hoàng")).isEqualTo("hoàng");
        assertThat(VietnameseText.duplicateKey("Huế")).isEqualTo("huế");
        assertThat(VietnameseText.duplicateKey("Hoa")).isEqualTo("hoa");
    }

    @Test
    void duplicateKeyCleansFirst() {
        assertThat(VietnameseText.duplicateKey(nfd("  Thôn  Hoà\nBình "))).isEqualTo("thôn hòa bình");
    }

    @Test
    void capitaliseWordsUpperCasesTheFirstLetterOfEachWordOnly() {
        assertThat(VietnameseText.capitaliseWords("nguyễn văn an")).isEqualTo("Nguyễn Văn An");
        assertThat(VietnameseText.capitaliseWords("đặng thị ánh")).isEqualTo("Đặng Thị Ánh");
        assertThat(VietnameseText.capitaliseWords("H'Hen Niê")).isEqualTo("H'Hen Niê");
        assertThat(VietnameseText.capitaliseWords("y bhơ")).isEqualTo("Y Bhơ");
        assertThat(VietnameseText.capitaliseWords("  h'hen   niê ")).isEqualTo("H'hen Niê");
        assertThat(VietnameseText.capitaliseWords(nfd("ê-đê"))).isEqualTo("Ê-đê");
        assertThat(VietnameseText.capitaliseWords("")).isEmpty();
    }

    @Test
    void namesTypedWithTypographicApostrophesAreStoredWithThePlainOne() {
        assertThat(VietnameseText.capitaliseWords("h\u2019hen niê")).isEqualTo("H'hen Niê");
        assertThat(VietnameseText.capitaliseWords("Siu H\u02BCLim")).isEqualTo("Siu H'Lim");
        assertThat(VietnameseText.straightApostrophes("\u2018a\u2019")).isEqualTo("'a'");
    }
}
