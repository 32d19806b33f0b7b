package vn.chungtay.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseCollationTest {

    private final VietnameseCollation collation = new VietnameseCollation();

    /** Names that code-point order, tone placement, case, NFD and spacing would each get wrong. */
    private static final List<String> TRICKY = List.of(
            "a", "á", "à", "ả", "ã", "ạ", "ă", "â", "b", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư", "v",
            "An", "Anh", "Ánh", "Ân", "Ăn", "an", "AN", " An ", "Ấp Bắc",
            "Hoa", "Hòa", "Hoà", "Hóa", "Hoá", "Hỏa", "Hoả", "Hõa", "Hoã", "Họa", "Hoạ", "Hoan", "Hoàn", "Hoàng",
            "Hạ", "Hai", "Hạnh", "Hanh",
            "Dao", "Đào", "Dương", "Đường", "Dung", "Đức", "Đa Kao", "Tân Định",
            "On", "Ôn", "Ơn", "U", "Ư", "Uyên", "Ưng", "Út",
            "Le", "Lê", "Lệ", "Len", "Nguyên", "Nguyễn", "Ngô", "Ngọ",
            "Thủy", "Thuỷ", "Thúy", "Quý", "Quỳnh", "Y Bhơ", "H'Hen Niê", "Ê-đê", "Ea", "Đắk", "Dak",
            Normalizer.normalize("Nguyễn Thị Hoà", Normalizer.Form.NFD), "Nguyễn Thị Hoà",
            "Trần Văn An", "Nguyễn Thị Bình", "Nguyễn Văn An", "Lê Văn Đức", "", "Z");

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        // letters with their own place in the alphabet: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư
        "a, ă", "ă, â", "â, b", "an, ăn", "ăn, ân", "ân, ban",
        "d, đ", "đ, e", "Dung, Đức", "Duy, Đa", "Dương, Đa Kao",
        "e, ê", "ê, g", "Le, Lê", "Len, Lê",
        "o, ô", "ô, ơ", "ơ, p", "On, Ôn", "Ôn, Ơn",
        "u, ư", "ư, v", "Uyên, Ưng", "Út, Ưng",
        "Đa Kao, Tân Định", "Ấp Bắc, Buôn Ma", "Thôn Đắk Rơ, Thôn Ea",
        // tone is secondary: it only decides between otherwise equal letters
        "Hoa, Hòa", "Hòa, Hoan", "Hoa, Hoan", "Hạ, Hai", "Hanh, Hạnh", "Ha, Hạ",
        // syllable by syllable, as Vietnamese dictionaries and name lists go: a space is not ignorable
        "Ha Nam, Hai", "An Trần, Anh", "An Z, Ánh", "Làng Ha Mòn, Làng Hai",
    })
    void vietnameseOrder(String earlier, String later) {
        assertThat(collation.compare(earlier, later)).isNegative();
        assertThat(collation.compare(later, earlier)).isPositive();
    }

    @Test
    void codePointOrderWouldDisagree() {
        // the cases above only mean something where plain String order says otherwise
        assertThat("Đa Kao".compareTo("Tân Định")).isPositive();
        assertThat("Hòa".compareTo("Hoan")).isPositive();
        assertThat("Hạ".compareTo("Hai")).isPositive();
        assertThat("Ấp Bắc".compareTo("Buôn Ma")).isPositive();
    }

    @Test
    void tonesAreOrderedWithUnmarkedFirst() {
        for (String marked : List.of("Hà", "Há", "Hả", "Hã", "Hạ")) {
            assertThat(collation.compare("Ha", marked)).as(marked).isNegative();
            assertThat(collation.compare(marked, "Hai")).as(marked).isNegative();
        }
    }

    @Test
    void equalTextsCompareEqualWhateverTheirForm() {
        assertThat(collation.compare(Normalizer.normalize("Hoà", Normalizer.Form.NFD), "Hoà")).isZero();
        assertThat(collation.compare("  Nguyễn   Văn\nAn ", "Nguyễn Văn An")).isZero();
        assertThat(collation.sortKey(Normalizer.normalize("Đặng Hoà", Normalizer.Form.NFD)))
                .isEqualTo(collation.sortKey("Đặng Hoà"));
    }

    @Test
    void sortingAListGivesTheVietnameseOrder() {
        List<String> names = new ArrayList<>(List.of("Tân Định", "Ơn", "Đa Kao", "Ân", "Ăn", "An", "Ôn", "Dung"));
        names.sort(collation.comparator());
        assertThat(names).containsExactly("An", "Ăn", "Ân", "Dung", "Đa Kao", "Ôn", "Ơn", "Tân Định");
    }

    @Test
    void personOrderIsByGivenNameThenTheRest() {
        assertThat(collation.personComparator().compare("Trần Văn An", "Nguyễn Thị Bình")).isNegative();
        assertThat(collation.personSortKey("Trần Văn An")).isLessThan(collation.personSortKey("Nguyễn Thị Bình"));
        // same given name: the family name decides
        assertThat(collation.personSortKey("Nguyễn Văn An")).isLessThan(collation.personSortKey("Trần Văn An"));
        // given names in Vietnamese order, not code-point order
        assertThat(collation.personSortKey("Vũ Thị Ánh")).isLessThan(collation.personSortKey("Hoàng Văn Ân"));
        assertThat(collation.personSortKey("Hoàng Văn Ân")).isLessThan(collation.personSortKey("Phạm Thị Dung"));
        assertThat(collation.personSortKey("Phạm Thị Dung")).isLessThan(collation.personSortKey("Lê Văn Đức"));
        // every "An" before every "Anh", whatever the family names
        assertThat(collation.personSortKey("Trần Văn An")).isLessThan(collation.personSortKey("Nguyễn Văn Anh"));
        assertThat(collation.personComparator().compare("Vũ Văn An", "Âu Thị Ánh")).isNegative();

        List<String> people = new ArrayList<>(List.of("Lê Văn Đức", "Nguyễn Thị Bình", "Trần Văn An", "Nguyễn Văn An",
                "Vũ Thị Ánh", "Hoàng Văn Ân", "Phạm Thị Dung", "Bình"));
        people.sort(collation.personComparator());
        assertThat(people).containsExactly("Nguyễn Văn An", "Trần Văn An", "Vũ Thị Ánh", "Hoàng Văn Ân", "Bình",
                "Nguyễn Thị Bình", "Phạm Thị Dung", "Lê Văn Đức");
    }

    @Test
    void givenNameFirstMovesTheLastWordToTheFront() {
        assertThat(VietnameseCollation.givenNameFirst("Nguyễn Văn An")).isEqualTo("An Nguyễn Văn");
        assertThat(VietnameseCollation.givenNameFirst("  Nguyễn   Văn  An ")).isEqualTo("An Nguyễn Văn");
        assertThat(VietnameseCollation.givenNameFirst("An")).isEqualTo("An");
        assertThat(VietnameseCollation.givenNameFirst("")).isEmpty();
    }

    @Test
    void sortKeysOrderAsTextExactlyAsTheCollatorOrders() {
        Map<String, String> keys = new HashMap<>();
        TRICKY.forEach(name -> keys.put(name, collation.sortKey(name)));
        for (String a : TRICKY) {
            for (String b : TRICKY) {
                int byCollator = Integer.signum(collation.compare(a, b));
                int byKey = Integer.signum(keys.get(a).compareTo(keys.get(b)));
                assertThat(byKey).as("sortKey(%s) vs sortKey(%s)", a, b).isEqualTo(byCollator);
            }
        }
    }

    @Test
    void personSortKeysOrderAsTextExactlyAsThePersonComparatorOrders() {
        Map<String, String> keys = new HashMap<>();
        TRICKY.forEach(name -> keys.put(name, collation.personSortKey(name)));
        for (String a : TRICKY) {
            for (String b : TRICKY) {
                int byComparator = Integer.signum(collation.personComparator().compare(a, b));
                int byKey = Integer.signum(keys.get(a).compareTo(keys.get(b)));
                assertThat(byKey).as("personSortKey(%s) vs personSortKey(%s)", a, b).isEqualTo(byComparator);
            }
        }
    }

    @Test
    void sortKeysAreLowerCaseHexWithOneEndMarkAWord() {
        assertThat(collation.sortKey("Đặng Hoà")).matches("[0-9a-f]{8,}\\.[0-9a-f]{8,}\\.");
        assertThat(collation.sortKey(" ")).isEmpty();
    }

    @Test
    void aKeyAppendedAfterAPersonKeyDoesNotOutweighTheNameItself() {
        // the household list orders by personSortKey(head) + "." + sortKey(number)
        String an = collation.personSortKey("An") + "." + collation.sortKey("99");
        String anTran = collation.personSortKey("Trần An") + "." + collation.sortKey("1");
        String anh = collation.personSortKey("Anh") + "." + collation.sortKey("1");

        assertThat(an).isLessThan(anTran);
        assertThat(anTran).isLessThan(anh);
    }
}
