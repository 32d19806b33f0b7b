package vn.chungtay.domain.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chungtay.testsupport.Fixtures.TODAY;
import static vn.chungtay.testsupport.Fixtures.cccd;
import static vn.chungtay.testsupport.Fixtures.details;
import static vn.chungtay.testsupport.Fixtures.draft;
import static vn.chungtay.testsupport.Fixtures.family;
import static vn.chungtay.testsupport.Fixtures.person;
import static vn.chungtay.testsupport.Fixtures.renamed;
import static vn.chungtay.testsupport.Fixtures.withBirth;
import static vn.chungtay.testsupport.Fixtures.withEthnicity;
import static vn.chungtay.testsupport.Fixtures.withId;
import static vn.chungtay.testsupport.Fixtures.withInsurance;
import static vn.chungtay.testsupport.Fixtures.withRelationship;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chungtay.domain.household.HouseholdDraft.MemberDraft;
import vn.chungtay.domain.validation.Violation;

class HouseholdRulesTest {

    private static final UUID VILLAGE = UUID.fromString("0195a0c0-0000-7000-8000-00000000b001");
    private final HouseholdRules rules = new HouseholdRules(Set.of("01", "02", "19", "55", "99"));

    private static HouseholdDraft valid() {
        return draft(null, details("12", VILLAGE), family("Nguyễn Văn An"));
    }

    /** The valid draft with member {@code index} changed. */
    private static HouseholdDraft withMember(int index, UnaryOperator<MemberDetails> change) {
        List<MemberDetails> members = new ArrayList<>(family("Nguyễn Văn An"));
        members.set(index, change.apply(members.get(index)));
        return draft(null, details("12", VILLAGE), members);
    }

    private static HouseholdDraft withDetails(HouseholdDetails details) {
        return new HouseholdDraft(null, details, valid().members());
    }

    private List<Violation> violations(HouseholdDraft draft) {
        return rules.violations(draft, TODAY);
    }

    @Test
    void aCompleteFamilyHasNoViolations() {
        assertThat(violations(valid())).isEmpty();
    }

    @Test
    void householdFieldsAreRequired() {
        HouseholdDraft d = withDetails(new HouseholdDetails("", null, null, "", ""));

        assertThat(violations(d)).extracting(Violation::field, Violation::messageKey).containsExactly(
                tuple("number", "validation.household.number.required"),
                tuple("villageId", "validation.household.village.required"),
                tuple("area", "validation.household.area.required"));
    }

    @Test
    void householdNumberMayHaveThirtyCharacters() {
        String thirty = "1".repeat(30);
        assertThat(violations(withDetails(details(thirty, VILLAGE)))).isEmpty();
        assertThat(violations(withDetails(details(thirty + "1", VILLAGE))))
                .containsExactly(Violation.of("number", "validation.text.too-long", 30));
    }

    @Test
    void addressMayHaveFiveHundredCharacters() {
        HouseholdDetails ok = new HouseholdDetails("12", VILLAGE, Area.URBAN, "a".repeat(500), "");
        HouseholdDetails tooLong = new HouseholdDetails("12", VILLAGE, Area.URBAN, "a".repeat(501), "");

        assertThat(violations(withDetails(ok))).isEmpty();
        assertThat(violations(withDetails(tooLong))).containsExactly(
                Violation.of("address", "validation.text.too-long", 500));
    }

    @Test
    void phoneMustBeAVietnameseNumberWhenGiven() {
        HouseholdDetails bad = new HouseholdDetails("12", VILLAGE, Area.RURAL, "", "091234567");
        HouseholdDetails none = new HouseholdDetails("12", VILLAGE, Area.RURAL, "", "");

        assertThat(violations(withDetails(bad))).containsExactly(Violation.of("phone", "validation.phone.invalid"));
        assertThat(violations(withDetails(none))).isEmpty();
    }

    @Test
    void aHouseholdNeedsMembers() {
        HouseholdDraft empty = new HouseholdDraft(null, details("12", VILLAGE), List.of());

        assertThat(violations(empty)).containsExactly(
                Violation.of("members", "validation.household.members.empty"));
    }

    @Test
    void aHouseholdNeedsAHead() {
        HouseholdDraft noHead = withMember(0, m -> withRelationship(m, Relationship.OTHER));

        assertThat(violations(noHead)).containsExactly(Violation.of("members", "validation.household.head.missing"));
    }

    @Test
    void aSecondHeadIsNamedByItsPath() {
        HouseholdDraft twoHeads = withMember(1, m -> withRelationship(m, Relationship.HEAD));
        HouseholdDraft threeHeads = draft(null, details("12", VILLAGE), List.of(
                family("A").get(0), withRelationship(family("A").get(1), Relationship.HEAD),
                withRelationship(family("A").get(2), Relationship.HEAD)));

        assertThat(violations(twoHeads)).containsExactly(
                Violation.of("members[1].relationship", "validation.household.head.multiple"));
        assertThat(violations(threeHeads)).extracting(Violation::field)
                .containsExactly("members[1].relationship", "members[2].relationship");
    }

    @Test
    void cccdMismatchesAreReportedOnTheMembersIdField() {
        HouseholdDraft wrongSex = withMember(1, m -> withId(m, IdType.CCCD, cccd(Sex.MALE, 1985, 1)));
        HouseholdDraft wrongYear = withMember(0, m -> withId(m, IdType.CCCD, cccd(Sex.MALE, 1981, 1)));
        HouseholdDraft wrongCentury = withMember(0, m -> withId(m, IdType.CCCD, "062280000001"));
        HouseholdDraft badProvince = withMember(0, m -> withId(m, IdType.CCCD, "003080000001"));
        HouseholdDraft tooShort = withMember(0, m -> withId(m, IdType.CCCD, "06208000001"));

        assertThat(violations(wrongSex)).containsExactly(Violation.of("members[1].idNumber", "validation.cccd.sex"));
        assertThat(violations(wrongYear)).containsExactly(Violation.of("members[0].idNumber", "validation.cccd.year"));
        assertThat(violations(wrongCentury))
                .containsExactly(Violation.of("members[0].idNumber", "validation.cccd.century"));
        assertThat(violations(badProvince))
                .containsExactly(Violation.of("members[0].idNumber", "validation.cccd.province"));
        assertThat(violations(tooShort)).containsExactly(Violation.of("members[0].idNumber", "validation.cccd.digits"));
    }

    @Test
    void aCccdWithoutBirthIsOnlyCheckedForTwelveDigits() {
        HouseholdDraft noBirth = withMember(0, m -> withBirth(m, null));
        HouseholdDraft noBirthShortId = withMember(0, m -> withId(withBirth(m, null), IdType.CCCD, "12345"));

        assertThat(violations(noBirth)).containsExactly(Violation.of("members[0].birth", "validation.birth.required"));
        assertThat(violations(noBirthShortId)).containsExactly(
                Violation.of("members[0].birth", "validation.birth.required"),
                Violation.of("members[0].idNumber", "validation.cccd.digits"));
    }

    @Test
    void birthTodayIsAcceptedAndTomorrowIsInTheFuture() {
        HouseholdDraft today = withMember(2, m -> withBirth(m, BirthDate.of(TODAY)));
        HouseholdDraft tomorrow = withMember(2, m -> withBirth(m, BirthDate.of(TODAY.plusDays(1))));
        HouseholdDraft thisYear = withMember(2, m -> withBirth(m, BirthDate.ofYear(TODAY.getYear())));
        HouseholdDraft nextYear = withMember(2, m -> withBirth(m, BirthDate.ofYear(TODAY.getYear() + 1)));

        assertThat(violations(today)).isEmpty();
        assertThat(violations(thisYear)).isEmpty();
        assertThat(violations(tomorrow)).containsExactly(Violation.of("members[2].birth", "validation.birth.future"));
        assertThat(violations(nextYear)).containsExactly(Violation.of("members[2].birth", "validation.birth.future"));
    }

    @Test
    void birthMoreThan120YearsAgoIsTooOld() {
        HouseholdDraft oldest = withMember(2, m -> withBirth(m, BirthDate.ofYear(TODAY.getYear() - 120)));
        HouseholdDraft tooOld = withMember(2, m -> withBirth(m, BirthDate.ofYear(TODAY.getYear() - 121)));
        HouseholdDraft tooOldDate = withMember(2, m -> withBirth(m, BirthDate.of(TODAY.minusYears(121))));

        assertThat(violations(oldest)).isEmpty();
        assertThat(violations(tooOld)).containsExactly(
                Violation.of("members[2].birth", "validation.birth.too-old", 120));
        assertThat(violations(tooOldDate)).containsExactly(
                Violation.of("members[2].birth", "validation.birth.too-old", 120));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "123456789012"})
    void oldIdCardsHaveNineOrTwelveDigits(String number) {
        assertThat(violations(withMember(2, m -> withId(m, IdType.OLD_ID, number)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "12345678901", "1234567890123", "12345678a", ""})
    void oldIdCardsWithOtherLengthsAreRejected(String number) {
        assertThat(violations(withMember(2, m -> withId(m, IdType.OLD_ID, number))))
                .containsExactly(Violation.of("members[2].idNumber", "validation.id.old.digits"));
    }

    @Test
    void noDocumentMeansNoNumber() {
        assertThat(violations(withMember(2, m -> withId(m, IdType.NONE, "123456789"))))
                .containsExactly(Violation.of("members[2].idNumber", "validation.id.none-with-number"));
    }

    @Test
    void theSameIdTwiceInAHouseholdNamesTheFirstHolder() {
        List<MemberDetails> members = new ArrayList<>(family("Nguyễn Văn An"));
        members.set(0, withId(members.get(0), IdType.OLD_ID, "123456789"));
        members.set(2, withId(members.get(2), IdType.OLD_ID, "123456789"));

        assertThat(violations(draft(null, details("12", VILLAGE), members))).containsExactly(
                Violation.of("members[2].idNumber", "validation.id.duplicate-in-household", 1));
    }

    @Test
    void ethnicityMustBeAKnownCode() {
        assertThat(violations(withMember(1, m -> withEthnicity(m, "19")))).isEmpty();
        assertThat(violations(withMember(1, m -> withEthnicity(m, "56")))).containsExactly(
                Violation.of("members[1].ethnicity", "validation.member.ethnicity.unknown", "56"));
        assertThat(violations(withMember(1, m -> withEthnicity(m, "")))).containsExactly(
                Violation.of("members[1].ethnicity", "validation.member.ethnicity.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567890", "123456789012", "HN4010123456789", "DN4791234567890"})
    void healthInsuranceFormatsThatAreAccepted(String number) {
        assertThat(violations(withMember(0, m -> withInsurance(m, number)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678901", "1234567890123", "HN401012345678", "HN40101234567890",
        "hn4010123456789", "H14010123456789", "HN 4010123456789"})
    void healthInsuranceFormatsThatAreRejected(String number) {
        assertThat(violations(withMember(0, m -> withInsurance(m, number)))).containsExactly(
                Violation.of("members[0].healthInsuranceNumber", "validation.health-insurance.format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"H'Hen Niê", "Rơ Châm Thị Ánh", "Bru-Vân Kiều", "Y Bhơ", "Đặng"})
    void namesOfLettersSpacesHyphensAndApostrophes(String name) {
        assertThat(violations(withMember(2, m -> renamed(m, name)))).isEmpty();
    }

    @Test
    void namesInCombiningMarksAreLetters() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hoà", Normalizer.Form.NFD);
        assertThat(violations(withMember(2, m -> renamed(m, nfd)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn 2", "Nguyễn. An", "An_Bình", "Lê (Hoa)", "Trần@An"})
    void namesWithOtherCharactersAreRejected(String name) {
        assertThat(violations(withMember(2, m -> renamed(m, name)))).containsExactly(
                Violation.of("members[2].fullName", "validation.name.characters"));
    }

    @Test
    void namesAreRequiredAndAtMost200Characters() {
        assertThat(violations(withMember(2, m -> renamed(m, "A".repeat(200))))).isEmpty();
        assertThat(violations(withMember(2, m -> renamed(m, "A".repeat(201))))).containsExactly(
                Violation.of("members[2].fullName", "validation.text.too-long", 200));
        assertThat(violations(withMember(2, m -> renamed(m, ""))))
                .containsExactly(Violation.of("members[2].fullName", "validation.name.required"));
    }

    @Test
    void noteMayHaveAThousandCharacters() {
        UnaryOperator<MemberDetails> note1000 = m -> new MemberDetails(m.fullName(), m.sex(), m.birth(),
                m.ethnicity(), m.relationship(), m.idDocument(), m.workStatus(), "", "x".repeat(1000));
        UnaryOperator<MemberDetails> note1001 = m -> new MemberDetails(m.fullName(), m.sex(), m.birth(),
                m.ethnicity(), m.relationship(), m.idDocument(), m.workStatus(), "", "x".repeat(1001));

        assertThat(violations(withMember(2, note1000))).isEmpty();
        assertThat(violations(withMember(2, note1001))).containsExactly(
                Violation.of("members[2].note", "validation.text.too-long", 1000));
    }

    @Test
    void everyMissingMemberFieldIsReportedAtOnce() {
        MemberDetails blank = new MemberDetails("", null, null, "", null, null, null, null, null);
        HouseholdDraft d = draft(null, details("12", VILLAGE), List.of(family("A").get(0), blank));

        assertThat(violations(d)).extracting(Violation::field).containsExactly(
                "members[1].fullName", "members[1].sex", "members[1].birth", "members[1].ethnicity",
                "members[1].relationship", "members[1].workStatus");
    }

    @Test
    void normaliseCleansNamesAndCompactsNumbers() {
        MemberDetails typed = new MemberDetails(Normalizer.normalize("  nguyễn   văn\nan ", Normalizer.Form.NFD),
                Sex.MALE, BirthDate.ofYear(1980), " 01 ", Relationship.HEAD,
                new IdDocument(IdType.CCCD, " 062 080 001 234 "), WorkStatus.WORKING, " hn 4010 1234 56789 ",
                Normalizer.normalize("  ghi   chú ", Normalizer.Form.NFD));
        HouseholdDetails details = new HouseholdDetails(" 12 ", VILLAGE, Area.RURAL,
                Normalizer.normalize(" Thôn  Kon\nKlor ", Normalizer.Form.NFD), "+84 912.345.678");
        UUID memberId = UUID.randomUUID();
        HouseholdDraft typedDraft = new HouseholdDraft(null, details, List.of(new MemberDraft(memberId, typed)));

        HouseholdDraft d = HouseholdRules.normalise(typedDraft);

        MemberDetails m = d.members().get(0).details();
        assertThat(d.members().get(0).id()).isEqualTo(memberId);
        assertThat(m.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(Normalizer.isNormalized(m.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(m.ethnicity()).isEqualTo("01");
        assertThat(m.idDocument()).isEqualTo(new IdDocument(IdType.CCCD, "062080001234"));
        assertThat(m.healthInsuranceNumber()).isEqualTo("HN4010123456789");
        assertThat(m.note()).isEqualTo("ghi chú");
        assertThat(d.details()).isEqualTo(new HouseholdDetails("12", VILLAGE, Area.RURAL, "Thôn Kon Klor",
                "0912345678"));
        assertThat(rules.violations(d, TODAY)).isEmpty();
    }

    @Test
    void normaliseKeepsAnInvalidPhoneAsTypedSoTheViolationShows() {
        HouseholdDraft typed = withDetails(new HouseholdDetails("12", VILLAGE, Area.RURAL, "", " 0912 34 "));

        HouseholdDraft d = HouseholdRules.normalise(typed);

        assertThat(d.details().phone()).isEqualTo("0912 34");
        assertThat(violations(d)).containsExactly(Violation.of("phone", "validation.phone.invalid"));
    }

    @Test
    void normaliseIsIdempotent() {
        HouseholdDraft once = HouseholdRules.normalise(valid());
        assertThat(HouseholdRules.normalise(once)).isEqualTo(once);
        assertThat(once).isEqualTo(valid());
    }

    @Test
    void personFixtureIsValid() {
        assertThat(violations(draft(null, details("1", VILLAGE),
                List.of(person("Lò Văn Pọm", Sex.MALE, 1960, Relationship.HEAD))))).isEmpty();
    }
}
