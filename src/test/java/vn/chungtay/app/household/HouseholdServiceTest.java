package vn.chungtay.app.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.NOW;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;
import static vn.chungtay.testsupport.Fixtures.cccd;
import static vn.chungtay.testsupport.Fixtures.details;
import static vn.chungtay.testsupport.Fixtures.draft;
import static vn.chungtay.testsupport.Fixtures.draftOf;
import static vn.chungtay.testsupport.Fixtures.family;
import static vn.chungtay.testsupport.Fixtures.person;
import static vn.chungtay.testsupport.Fixtures.renamed;
import static vn.chungtay.testsupport.Fixtures.withId;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.HouseholdDraft.MemberDraft;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.IdNumberHolder;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.testsupport.Fixtures.Tracking;

class HouseholdServiceTest {

    private AppServices services;
    private HouseholdService households;
    private Actor officer;
    private Actor clerk;
    private UUID village;
    private UUID otherCommuneVillage;

    @BeforeEach
    void open() {
        services = Fixtures.services();
        households = services.households();
        officer = Fixtures.communeOfficer(services);
        clerk = Fixtures.provinceClerk(services);
        village = services.units().saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null).meta().id();
        otherCommuneVillage = services.units().saveVillage(clerk, null, OTHER_COMMUNE, "Thôn 1", null, null)
                .meta().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Household saveNew(String number, String headName) {
        return households.save(officer, COMMUNE, draft(null, details(number, village), family(headName)));
    }

    private Tracking row(String table, UUID id) {
        return Fixtures.tracking(services.location(), table, id).orElseThrow();
    }

    private static ValidationException validationOf(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void aNewHouseholdIsFoundAsSaved() {
        Household saved = saveNew("12", "Nguyễn Văn An");

        Household found = households.find(saved.id()).orElseThrow();

        assertThat(found).isEqualTo(saved);
        assertThat(found.communeCode()).isEqualTo(COMMUNE);
        assertThat(found.details()).isEqualTo(details("12", village));
        assertThat(found.members()).extracting(m -> m.details()).containsExactlyElementsOf(family("Nguyễn Văn An"));
        assertThat(found.members()).extracting(Member::position).containsExactly(0, 1, 2);
        assertThat(found.members()).allSatisfy(m -> {
            assertThat(m.householdId()).isEqualTo(saved.id());
            assertThat(m.meta().revision().number()).isEqualTo(1);
            assertThat(m.meta().ownerUnit()).isEqualTo(COMMUNE);
            assertThat(m.meta().lastChange()).isEqualTo(officer.stamp(NOW));
        });
        assertThat(found.meta().revision().number()).isEqualTo(1);
        assertThat(households.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void whatIsTypedIsNormalisedBeforeSaving() {
        MemberDetails typed = withId(person(Normalizer.normalize("  nguyễn  văn an ", Normalizer.Form.NFD),
                Sex.MALE, 1980, Relationship.HEAD), IdType.CCCD, "062 080 001 234");
        HouseholdDetails d = new HouseholdDetails(" 12 ", village, details("", village).area(), "", "+84 912 345 678");

        Household saved = households.save(officer, COMMUNE, draft(null, d, List.of(typed)));

        Household found = households.find(saved.id()).orElseThrow();
        assertThat(found.details().number()).isEqualTo("12");
        assertThat(found.details().phone()).isEqualTo("0912345678");
        assertThat(found.members().get(0).details().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(found.members().get(0).details().idDocument().number()).isEqualTo("062080001234");
    }

    @Test
    void editingOneMemberGivesOnlyThatMemberANewRevision() {
        Household saved = saveNew("12", "Nguyễn Văn An");
        HouseholdDraft edit = draftOf(saved);
        List<MemberDraft> members = new ArrayList<>(edit.members());
        MemberDraft spouse = members.get(1);
        members.set(1, new MemberDraft(spouse.id(), renamed(spouse.details(), "H'Hen Niê")));
        Tracking householdBefore = row("household", saved.id());
        Tracking headBefore = row("member", saved.members().get(0).id());

        Household edited = households.save(officer, COMMUNE, new HouseholdDraft(saved.id(), saved.details(), members));

        Household found = households.find(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(edited);
        Member before = saved.members().get(1);
        Member after = found.members().get(1);
        assertThat(after.details().fullName()).isEqualTo("H'Hen Niê");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.meta().revision().number()).isEqualTo(2);
        assertThat(after.meta().revision().descendsFrom(before.meta().revision())).isTrue();
        assertThat(found.members().get(0).meta()).isEqualTo(saved.members().get(0).meta());
        assertThat(found.members().get(2).meta()).isEqualTo(saved.members().get(2).meta());
        assertThat(found.meta()).isEqualTo(saved.meta());
        assertThat(row("household", saved.id())).isEqualTo(householdBefore);
        assertThat(row("member", saved.members().get(0).id())).isEqualTo(headBefore);
    }

    @Test
    void removingAMemberLeavesATombstone() {
        Household saved = saveNew("12", "Nguyễn Văn An");
        Member child = saved.members().get(2);
        HouseholdDraft withoutChild = new HouseholdDraft(saved.id(), saved.details(), draftOf(saved).members()
                .subList(0, 2));

        households.save(officer, COMMUNE, withoutChild);

        Household found = households.find(saved.id()).orElseThrow();
        assertThat(found.members()).extracting(Member::id)
                .containsExactly(saved.members().get(0).id(), saved.members().get(1).id());
        assertThat(found.members()).extracting(m -> m.meta().revision().number()).containsExactly(1, 1);
        Tracking tombstone = row("member", child.id());
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.rev()).isEqualTo(2);
        assertThat(households.search(HouseholdFilter.all()).page(0, 10)).singleElement()
                .extracting(HouseholdSummary::memberCount).isEqualTo(2);
        assertThat(services.stats().stats(null).members()).isEqualTo(2);
    }

    @Test
    void addingAMemberGivesOnlyTheNewcomerARevision() {
        Household saved = saveNew("12", "Nguyễn Văn An");
        List<MemberDraft> members = new ArrayList<>(draftOf(saved).members());
        members.add(new MemberDraft(null, person("Nguyễn Văn Bảo", Sex.MALE, 2015, Relationship.CHILD)));

        Household edited = households.save(officer, COMMUNE, new HouseholdDraft(saved.id(), saved.details(), members));

        assertThat(edited.members()).hasSize(4);
        assertThat(edited.members().subList(0, 3)).isEqualTo(saved.members());
        assertThat(edited.members().get(3).position()).isEqualTo(3);
        assertThat(households.find(saved.id()).orElseThrow()).isEqualTo(edited);
    }

    @Test
    void savingAnUnchangedHouseholdWritesNothing() {
        Household saved = saveNew("12", "Nguyễn Văn An");
        Tracking household = row("household", saved.id());
        List<Tracking> members = saved.members().stream().map(m -> row("member", m.id())).toList();

        Household again = households.save(officer, COMMUNE, draftOf(saved));

        assertThat(again).isEqualTo(saved);
        assertThat(row("household", saved.id())).isEqualTo(household);
        assertThat(saved.members().stream().map(m -> row("member", m.id())).toList()).isEqualTo(members);
        assertThat(households.find(saved.id()).orElseThrow()).isEqualTo(saved);
    }

    @Test
    void changingTheHouseholdGivesItANewRevisionButNotItsMembers() {
        Household saved = saveNew("12", "Nguyễn Văn An");

        Household edited = households.save(officer, COMMUNE,
                new HouseholdDraft(saved.id(), details("12B", village), draftOf(saved).members()));

        assertThat(edited.meta().revision().number()).isEqualTo(2);
        assertThat(edited.members()).isEqualTo(saved.members());
        assertThat(households.find(saved.id()).orElseThrow().details().number()).isEqualTo("12B");
    }

    @Test
    void everyViolationIsReportedWithItsPath() {
        MemberDetails badHead = withId(person("Nguyễn Văn 2", Sex.MALE, 1980, Relationship.HEAD), IdType.CCCD,
                cccd(Sex.FEMALE, 1980, 1));
        MemberDetails secondHead = person("Lê Thị Hoa", Sex.FEMALE, 1982, Relationship.HEAD);
        HouseholdDraft bad = draft(null, new HouseholdDetails("", village, null, "", "12345"),
                List.of(badHead, secondHead));

        ValidationException e = validationOf(() -> households.save(officer, COMMUNE, bad));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("number", "area", "phone",
                "members[0].fullName", "members[0].idNumber", "members[1].relationship");
        assertThat(e.violations()).contains(Violation.of("members[0].idNumber", "validation.cccd.sex"));
        assertThat(households.search(HouseholdFilter.all()).size()).isZero();
    }

    @Test
    void aNumberTakenInTheSameCommuneIsRejected() {
        saveNew("12", "Nguyễn Văn An");

        ValidationException e = validationOf(() -> saveNew(" 12 ", "Trần Văn Bình"));

        assertThat(e.violations()).containsExactly(Violation.of("number", "validation.household.number.taken", "12"));
        assertThat(households.search(HouseholdFilter.all()).size()).isEqualTo(1);
    }

    @Test
    void theSameNumberInAnotherCommuneIsAllowed() {
        saveNew("12", "Nguyễn Văn An");

        households.save(clerk, OTHER_COMMUNE, draft(null, details("12", otherCommuneVillage), family("Trần Văn B")));

        assertThat(households.search(HouseholdFilter.all()).size()).isEqualTo(2);
    }

    @Test
    void aHouseholdKeepsItsOwnNumberWhenEdited() {
        Household saved = saveNew("12", "Nguyễn Văn An");
        List<MemberDraft> members = new ArrayList<>(draftOf(saved).members());
        members.remove(2);

        Household edited = households.save(officer, COMMUNE, new HouseholdDraft(saved.id(), saved.details(), members));

        assertThat(edited.details().number()).isEqualTo("12");
    }

    @Test
    void aVillageOfAnotherCommuneIsRejected() {
        HouseholdDraft d = draft(null, details("12", otherCommuneVillage), family("Nguyễn Văn An"));

        ValidationException e = validationOf(() -> households.save(officer, COMMUNE, d));

        assertThat(e.violations()).containsExactly(
                Violation.of("villageId", "validation.household.village.other-commune"));
    }

    @Test
    void anUnknownOrDeletedVillageIsRejected() {
        HouseholdDraft unknown = draft(null, details("12", UUID.randomUUID()), family("Nguyễn Văn An"));
        UUID gone = services.units().saveVillage(officer, null, COMMUNE, "Thôn cũ", null, null).meta().id();
        services.units().deleteVillage(officer, gone);
        HouseholdDraft inGone = draft(null, details("13", gone), family("Nguyễn Văn An"));

        assertThat(validationOf(() -> households.save(officer, COMMUNE, unknown)).violations())
                .containsExactly(Violation.of("villageId", "validation.household.village.other-commune"));
        assertThat(validationOf(() -> households.save(officer, COMMUNE, inGone)).violations())
                .containsExactly(Violation.of("villageId", "validation.household.village.other-commune"));
    }

    @Test
    void aCommuneOutsideTheActorsUnitIsDenied() {
        HouseholdDraft d = draft(null, details("12", otherCommuneVillage), family("Nguyễn Văn An"));

        assertThatThrownBy(() -> households.save(officer, OTHER_COMMUNE, d))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.unitCode()).isEqualTo(OTHER_COMMUNE));
        assertThat(households.search(HouseholdFilter.all()).size()).isZero();
    }

    @Test
    void aHouseholdOfAnotherCommuneCannotBeEditedUnderOnesOwn() {
        Household theirs = households.save(clerk, OTHER_COMMUNE,
                draft(null, details("12", otherCommuneVillage), family("Trần Văn B")));
        HouseholdDraft moved = new HouseholdDraft(theirs.id(), details("12", village), draftOf(theirs).members());

        assertThatThrownBy(() -> households.save(officer, COMMUNE, moved))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.unitCode()).isEqualTo(OTHER_COMMUNE));
        assertThat(households.find(theirs.id()).orElseThrow()).isEqualTo(theirs);
    }

    @Test
    void aProvinceClerkMaySaveInAnyCommuneOfTheProvince() {
        Household h = households.save(clerk, COMMUNE, draft(null, details("5", village), family("Nguyễn Văn An")));

        assertThat(h.communeCode()).isEqualTo(COMMUNE);
        assertThat(households.communesOf(clerk)).containsExactly(COMMUNE, OTHER_COMMUNE);
        assertThat(households.communesOf(officer)).containsExactly(COMMUNE);
    }

    @Test
    void deletingTombstonesTheHouseholdAndItsMembers() {
        Household saved = saveNew("12", "Nguyễn Văn An");

        households.delete(officer, saved.id());

        assertThat(households.find(saved.id())).isEmpty();
        assertThat(households.search(HouseholdFilter.all()).size()).isZero();
        Tracking household = row("household", saved.id());
        assertThat(household.deleted()).isTrue();
        assertThat(household.rev()).isEqualTo(2);
        for (Member m : saved.members()) {
            assertThat(row("member", m.id())).satisfies(t -> {
                assertThat(t.deleted()).isTrue();
                assertThat(t.rev()).isEqualTo(2);
            });
        }
        assertThatThrownBy(() -> households.delete(officer, saved.id())).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("household", "validation.household.gone")));
    }

    @Test
    void aDeletedHouseholdCannotBeSavedAgainAndFreesItsNumber() {
        Household saved = saveNew("12", "Nguyễn Văn An");
        households.delete(officer, saved.id());

        assertThat(validationOf(() -> households.save(officer, COMMUNE, draftOf(saved))).violations())
                .containsExactly(Violation.of("household", "validation.household.gone"));
        assertThat(saveNew("12", "Trần Văn Bình").details().number()).isEqualTo("12");
    }

    @Test
    void deletingOutsideTheActorsUnitIsDenied() {
        Household theirs = households.save(clerk, OTHER_COMMUNE,
                draft(null, details("12", otherCommuneVillage), family("Trần Văn B")));

        assertThatThrownBy(() -> households.delete(officer, theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(households.find(theirs.id())).isPresent();
    }

    @Test
    void otherHoldersOfAnIdAreMembersOfOtherHouseholds() {
        Household first = saveNew("1", "Nguyễn Văn An");
        Household second = saveNew("2", "Trần Văn Bình");
        String id = first.members().get(0).details().idDocument().number();

        List<IdNumberHolder> fromFirst = households.otherHoldersOf(id, first.id());
        List<IdNumberHolder> fromNew = households.otherHoldersOf(" " + id + " ", null);

        assertThat(fromFirst).singleElement().satisfies(h -> {
            assertThat(h.householdId()).isEqualTo(second.id());
            assertThat(h.memberId()).isEqualTo(second.members().get(0).id());
            assertThat(h.fullName()).isEqualTo("Trần Văn Bình");
            assertThat(h.householdNumber()).isEqualTo("2");
            assertThat(h.communeCode()).isEqualTo(COMMUNE);
        });
        assertThat(fromNew).extracting(IdNumberHolder::householdId).containsExactly(first.id(), second.id());
        assertThat(households.otherHoldersOf(id, second.id())).extracting(IdNumberHolder::householdId)
                .containsExactly(first.id());
        assertThat(households.otherHoldersOf("", null)).isEmpty();
        assertThat(households.otherHoldersOf(null, null)).isEmpty();
        assertThat(households.otherHoldersOf("062080999999", null)).isEmpty();
    }

    @Test
    void holdersInDeletedHouseholdsAreNotReported() {
        Household first = saveNew("1", "Nguyễn Văn An");
        Household second = saveNew("2", "Trần Văn Bình");
        String id = first.members().get(0).details().idDocument().number();

        households.delete(officer, second.id());

        assertThat(households.otherHoldersOf(id, first.id())).isEmpty();
    }

    @Test
    void listAndSearchGoThroughTheService() {
        saveNew("1", "Nguyễn Văn An");
        saveNew("2", "Trần Thị Hòa");

        assertThat(households.search(HouseholdFilter.all().withText("trần hoà")).page(0, 10))
                .extracting(HouseholdSummary::headName).containsExactly("Trần Thị Hòa");
        assertThat(households.search(HouseholdFilter.all()).size()).isEqualTo(2);
        assertThat(households.ethnicGroups()).hasSize(56);
        assertThat(households.rules().violations(draft(null, details("3", village), family("Lê Văn C")),
                Fixtures.TODAY)).isEmpty();
    }
}
