package vn.chungtay.store.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;
import static vn.chungtay.testsupport.Fixtures.person;
import static vn.chungtay.testsupport.Fixtures.withId;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/** Search-as-you-type over a small register of look-alike names and numbers. */
class HouseholdSearchTest {

    private Database db;
    private Store store;

    @BeforeEach
    void register() {
        db = Database.open(DbLocation.inMemory());
        store = new Store(db);
        UUID village = UUID.randomUUID();
        save(COMMUNE, village, "HN-017", head("Nguyễn Văn An"), member("Lê Thị Hoà"));
        save(COMMUNE, village, "HN-018", head("Trần Văn An"));
        save(COMMUNE, village, "22", head("Đỗ Thị Hòa"));
        save(COMMUNE, village, "23", withId(head("Phạm Văn Đức"), IdType.CCCD, "062080123456"));
        save(COMMUNE, village, "A_1", head("Vũ Văn Bình"));
        save(COMMUNE, village, "AB1", head("Vũ Văn Bính"));
        save(COMMUNE, village, "7%", head("Lý Thị Hoa"));
        save(OTHER_COMMUNE, UUID.randomUUID(), "HN-017", head("Hồ Văn Xuân"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static MemberDetails head(String name) {
        return person(name, Sex.MALE, 1980, Relationship.HEAD);
    }

    private static MemberDetails member(String name) {
        return person(name, Sex.FEMALE, 1982, Relationship.SPOUSE);
    }

    private void save(String commune, UUID village, String number, MemberDetails... members) {
        Household h = Fixtures.household(UUID.randomUUID(), commune, village, number, List.of(members));
        store.run(r -> r.households().save(h, true, h.members()));
    }

    private List<String> numbersFound(String text) {
        HouseholdFilter filter = new HouseholdFilter(text, Set.of(COMMUNE), null);
        List<HouseholdSummary> page = store.reading().households().page(filter, 0, 100);
        assertThat(store.reading().households().count(filter)).as("count for %s", text).isEqualTo(page.size());
        return page.stream().map(HouseholdSummary::number).toList();
    }

    @Test
    void foldedWordsFindTheNameWithItsDiacritics() {
        assertThat(numbersFound("nguyen van an")).containsExactly("HN-017");
        assertThat(numbersFound("NGUYỄN VĂN AN")).containsExactly("HN-017");
        assertThat(numbersFound(Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD)))
                .containsExactly("HN-017");
    }

    @Test
    void wordsMayComeInAnyOrderAndBePartOfAWord() {
        assertThat(numbersFound("an tran")).containsExactly("HN-018");
        assertThat(numbersFound("tran an")).containsExactly("HN-018");
        assertThat(numbersFound("van")).containsExactlyInAnyOrder("HN-017", "HN-018", "23", "A_1", "AB1");
        assertThat(numbersFound("ngu")).containsExactly("HN-017");
        assertThat(numbersFound("duc")).containsExactly("23");
        assertThat(numbersFound("đức")).containsExactly("23");
    }

    @Test
    void aWordIsMatchedFromItsStartButANumberAnywhere() {
        // "an" is the given name An, not the end of Văn: Phạm Văn Đức (23) is not found.
        assertThat(numbersFound("an")).containsExactlyInAnyOrder("HN-017", "HN-018");
        assertThat(numbersFound("uc")).isEmpty();
        assertThat(numbersFound("3456")).containsExactly("23");
    }

    @Test
    void oldAndNewTonePlacementAndNoToneAllFindEachOther() {
        assertThat(numbersFound("hoa")).containsExactlyInAnyOrder("HN-017", "22", "7%");
        assertThat(numbersFound("hoà")).containsExactlyInAnyOrder("HN-017", "22", "7%");
        assertThat(numbersFound("hòa")).containsExactlyInAnyOrder("HN-017", "22", "7%");
    }

    @Test
    void membersOtherThanTheHeadAreSearchedToo() {
        assertThat(numbersFound("le thi")).containsExactly("HN-017");
    }

    @Test
    void idNumbersAndHouseholdNumbersAreSearched() {
        assertThat(numbersFound("080123")).containsExactly("23");
        assertThat(numbersFound("062080123456")).containsExactly("23");
        assertThat(numbersFound("hn-017")).containsExactly("HN-017");
        assertThat(numbersFound("HN-01")).containsExactlyInAnyOrder("HN-017", "HN-018");
    }

    @Test
    void likeWildcardsInTheQueryAreLiteral() {
        // Alone they start no word, so they find nothing; as wildcards they would find every household.
        assertThat(numbersFound("%")).isEmpty();
        assertThat(numbersFound("_")).isEmpty();
        assertThat(numbersFound("a_1")).containsExactly("A_1");
        assertThat(numbersFound("7%")).containsExactly("7%");
        assertThat(numbersFound("!")).isEmpty();
        assertThat(numbersFound("a%1")).isEmpty();
    }

    @Test
    void nothingTypedFindsEveryHouseholdInView() {
        assertThat(numbersFound("")).hasSize(7);
        assertThat(numbersFound("   ")).hasSize(7);
        assertThat(store.reading().households().count(HouseholdFilter.all())).isEqualTo(8);
    }

    @Test
    void searchStaysWithinTheCommunesInView() {
        assertThat(store.reading().households().page(HouseholdFilter.all().withText("hn-017"), 0, 10)).hasSize(2);
        assertThat(numbersFound("xuan")).isEmpty();
        assertThat(store.reading().households().count(
                new HouseholdFilter("xuân", Set.of(OTHER_COMMUNE), null))).isEqualTo(1);
    }

    @Test
    void aTermThatMatchesNothingFindsNothing() {
        assertThat(numbersFound("an xyz")).isEmpty();
        assertThat(numbersFound("qqq")).isEmpty();
    }

    @Test
    void queryTermsAreFoldedAndSplitOnSpaces() {
        assertThat(vn.chungtay.domain.household.HouseholdSearchEntry.terms("  Nguyễn   VĂN\nAn ")).containsExactly("nguyen", "van", "an");
        assertThat(vn.chungtay.domain.household.HouseholdSearchEntry.terms("  ")).isEmpty();
    }
}
