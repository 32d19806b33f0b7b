package vn.chungtay.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Cccd;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.HouseholdRules;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.PhoneNumber;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * What one demo of 5,000 households holds, read back from the database: every household passes the register's own
 * rules, names and numbers look Vietnamese and are valid, the ethnic make-up resembles Kon Tum (DOMAIN.md §7).
 */
class DemoHouseholdsTest {

    private static final int HOUSEHOLDS = 5_000;

    private static Database database;
    private static Store store;
    private static final List<Household> households = new ArrayList<>();

    @BeforeAll
    static void generate() {
        database = Database.open(DbLocation.inMemory());
        store = new Store(database);
        new DemoService(store, Fixtures.CLOCK).generate(HOUSEHOLDS, 7, Progress.NONE);
        store.reading().households().forEachLive(null, households::add);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static List<MemberDetails> members() {
        return households.stream().flatMap(h -> h.members().stream()).map(Member::details).toList();
    }

    @Test
    void everyHouseholdPassesTheRulesOfTheRegisterAsStored() {
        Set<String> codes = store.reading().ethnicGroups().all().stream().map(EthnicGroup::code)
                .collect(Collectors.toSet());
        HouseholdRules rules = new HouseholdRules(codes);

        assertThat(households).hasSize(HOUSEHOLDS);
        for (Household h : households) {
            HouseholdDraft draft = Fixtures.draftOf(h);
            assertThat(rules.violations(draft, Fixtures.TODAY)).as(h.details().number()).isEmpty();
            assertThat(HouseholdRules.normalise(draft)).as("already normalised").isEqualTo(draft);
        }
    }

    @Test
    void householdsHaveOneToTenMembersAboutFourOnAverageAndExactlyOneHeadListedFirst() {
        for (Household h : households) {
            assertThat(h.members()).hasSizeBetween(1, 10);
            assertThat(h.members().get(0).details().relationship()).isEqualTo(Relationship.HEAD);
            assertThat(h.members()).filteredOn(m -> m.details().relationship() == Relationship.HEAD).hasSize(1);
        }
        double mean = members().size() / (double) HOUSEHOLDS;
        assertThat(mean).isBetween(3.8, 4.7);
    }

    @Test
    void householdNumbersAreUniqueWithinEachCommune() {
        Map<String, Long> perNumber = households.stream().collect(Collectors.groupingBy(
                h -> h.communeCode() + "/" + h.details().number(), Collectors.counting()));

        assertThat(perNumber).hasSize(HOUSEHOLDS);
        assertThat(households).allSatisfy(h -> assertThat(h.details().number()).matches("\\d{4,}"));
    }

    @Test
    void everyCccdAgreesWithItsHolderAndNoneIsUsedTwice() {
        Set<String> seen = new HashSet<>();
        Set<String> serials = new HashSet<>();
        int cccds = 0;
        for (MemberDetails m : members()) {
            if (m.idDocument().type() == IdType.CCCD) {
                cccds++;
                String number = m.idDocument().number();
                assertThat(Cccd.check(number, m.sex(), m.birth().year())).as(number).isEmpty();
                assertThat(m.birth().ageOn(MemberMaker.REFERENCE_DAY)).isGreaterThanOrEqualTo(14);
                assertThat(seen.add(number)).as("unique " + number).isTrue();
                assertThat(serials.add(number.substring(6))).as("unique serial " + number).isTrue();
            }
        }
        assertThat(cccds).isGreaterThan(members().size() / 2);
        long kontum = seen.stream().filter(n -> n.startsWith("062")).count();
        assertThat(kontum).as("mostly registered in Kon Tum").isGreaterThan(cccds * 7L / 10);
    }

    @Test
    void childrenHaveNoPapersAndSomeOlderPeopleTheOldNineDigitCard() {
        for (MemberDetails m : members()) {
            int age = m.birth().ageOn(MemberMaker.REFERENCE_DAY);
            if (age < 14) {
                assertThat(m.idDocument().type()).isEqualTo(IdType.NONE);
            }
            if (m.idDocument().type() == IdType.OLD_ID) {
                assertThat(m.idDocument().number()).matches("23\\d{7}");
            }
            assertThat(m.healthInsuranceNumber()).matches("|62\\d{8}");
        }
        assertThat(members()).anySatisfy(m -> assertThat(m.idDocument().type()).isEqualTo(IdType.OLD_ID));
    }

    @Test
    void workStatusFitsTheAge() {
        for (MemberDetails m : members()) {
            int age = m.birth().ageOn(MemberMaker.REFERENCE_DAY);
            if (age < 15) {
                assertThat(m.workStatus()).as("age " + age).isNotEqualTo(WorkStatus.WORKING);
            }
            if (m.workStatus() == WorkStatus.IN_SCHOOL) {
                assertThat(age).isBetween(3, 22);
            }
        }
        long oldUnable = members().stream().filter(m -> m.birth().ageOn(MemberMaker.REFERENCE_DAY) >= 75)
                .filter(m -> m.workStatus() == WorkStatus.UNABLE_TO_WORK).count();
        assertThat(oldUnable).isPositive();
    }

    @Test
    void someBirthsAreKnownOnlyByYearOthersByDate() {
        long yearOnly = members().stream().filter(m -> m.birth().date() == null).count();

        assertThat(yearOnly).isBetween(members().size() / 10L, members().size() / 2L);
    }

    @Test
    void theEthnicMakeUpResemblesKonTum() {
        Map<String, Long> byGroup = members().stream()
                .collect(Collectors.groupingBy(MemberDetails::ethnicity, Collectors.counting()));
        double total = members().size();

        assertThat(byGroup.get("01") / total).as("Kinh").isBetween(0.35, 0.60);
        assertThat(byGroup.get("14") / total).as("Xơ-Đăng, the largest minority").isBetween(0.12, 0.40);
        assertThat(byGroup.keySet()).as("several groups").hasSizeGreaterThanOrEqualTo(6);
        String largestMinority = byGroup.entrySet().stream().filter(e -> !e.getKey().equals("01"))
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(largestMinority).isEqualTo("14");
    }

    @Test
    void membersMostlyShareTheHeadsEthnicity() {
        long same = 0;
        long others = 0;
        for (Household h : households) {
            String head = h.members().get(0).details().ethnicity();
            for (Member m : h.members().subList(1, h.members().size())) {
                if (m.details().ethnicity().equals(head)) {
                    same++;
                } else {
                    others++;
                }
            }
        }
        assertThat(same / (double) (same + others)).isGreaterThan(0.85);
    }

    @Test
    void namesFollowTheVietnameseAndHighlandPatternsInNfc() {
        Map<String, Long> kinhFamilies = new HashMap<>();
        long kinhWomen = 0;
        long thi = 0;
        for (MemberDetails m : members()) {
            String name = m.fullName();
            assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as(name).isTrue();
            String[] words = name.split(" ");
            switch (m.ethnicity()) {
                case "01" -> {
                    assertThat(words.length).as(name).isBetween(3, 4);
                    kinhFamilies.merge(words[0], 1L, Long::sum);
                    if (m.sex() == Sex.FEMALE) {
                        kinhWomen++;
                        thi += words[1].equals("Thị") ? 1 : 0;
                    }
                }
                case "14", "27", "52", "54" -> assertThat(words[0]).as(name)
                        .isEqualTo(m.sex() == Sex.MALE ? "A" : "Y");
                case "10" -> assertThat(name).as(name).matches(
                        "(Ksor|Siu|Rơ Châm|Rơ Mah|Rah Lan|Nay|Kpă|Puih|Rơ Ô|Rcom) .+");
                default -> assertThat(words.length).as(name).isGreaterThanOrEqualTo(2);
            }
        }
        long all = kinhFamilies.values().stream().mapToLong(Long::longValue).sum();
        assertThat(kinhFamilies.get("Nguyễn") / (double) all).as("Nguyễn").isBetween(0.30, 0.46);
        assertThat(kinhFamilies.keySet()).contains("Trần", "Lê", "Phạm", "Võ", "Huỳnh");
        assertThat(thi / (double) kinhWomen).as("Thị").isBetween(0.35, 0.85);
    }

    @Test
    void aboutSixInTenHouseholdsGiveAValidMobileNumber() {
        long withPhone = households.stream().filter(h -> !h.details().phone().isEmpty()).count();

        assertThat(withPhone / (double) HOUSEHOLDS).isBetween(0.45, 0.75);
        assertThat(households).allSatisfy(h -> {
            String phone = h.details().phone();
            assertThat(PhoneNumber.normalise(phone)).contains(phone);
            assertThat(phone).matches("|0[35789]\\d{8}");
        });
    }
}
