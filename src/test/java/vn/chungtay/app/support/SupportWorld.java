package vn.chungtay.app.support;

import static vn.chungtay.testsupport.Fixtures.COMMUNE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.review.ReviewInput;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.support.Credit;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.testsupport.Fixtures;

/**
 * Supports on a fresh in-memory database at the fixtures' fixed time (15 March 2025), with the shipped catalogue: the
 * services, an officer of {@link Fixtures#COMMUNE}, a province clerk, two villages of the commune and one of the other
 * commune, helpers to add households (Kinh or Ba Na heads), review them, and the details of typical supports.
 */
final class SupportWorld implements AutoCloseable {

    /** The shipped Fund for the Poor and two of its kinds, and a few more shipped entries the tests use. */
    static final String FUND = "QUY-VI-NGUOI-NGHEO";
    static final String TET = "fund-tet-visit";
    static final String HOUSING = "fund-housing";
    static final String QD102 = "QD102";
    static final String LIVESTOCK = "qd102-livestock";
    static final String BANK = "NHCSXH";
    static final String LOAN = "credit-poor";
    static final String BHYT = "BHYT";
    static final String CARD = "bhyt-poor";
    static final String BA_NA = "13";

    final AppServices services;
    final Actor officer;
    final Actor clerk;
    /** An officer of the other commune, signed in elsewhere. */
    final Actor otherOfficer;
    final UUID konKlor;
    final UUID dakRoWa;
    final UUID otherVillage;

    private SupportWorld(AppServices services) {
        this.services = services;
        officer = Fixtures.communeOfficer(services);
        clerk = Fixtures.provinceClerk(services);
        otherOfficer = new Actor(officer.installationId(), "Lê Văn Cường", Fixtures.OTHER_COMMUNE);
        konKlor = services.units().saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null).meta().id();
        dakRoWa = services.units().saveVillage(officer, null, COMMUNE, "Thôn Đắk Rơ Wa", null, null).meta().id();
        otherVillage = services.units().saveVillage(clerk, null, Fixtures.OTHER_COMMUNE, "Làng Đắk Mar", null, null)
                .meta().id();
    }

    static SupportWorld open() {
        return new SupportWorld(Fixtures.services());
    }

    SupportService supports() {
        return services.supports();
    }

    CatalogueService catalogue() {
        return services.catalogue();
    }

    /** A household of the commune in the village, headed by a Kinh man, with a child. */
    Household household(UUID village, String number) {
        return household(Fixtures.COMMUNE, village, number, EthnicGroup.KINH);
    }

    /** A household of two whose head is of the ethnic group. */
    Household household(String commune, UUID village, String number, String headEthnicity) {
        Actor who = commune.equals(COMMUNE) ? officer : clerk;
        return services.households().save(who, commune, Fixtures.draft(null, Fixtures.details(number, village),
                List.of(Fixtures.withEthnicity(Fixtures.person(headName(number), Sex.MALE, 1980,
                                Relationship.HEAD), headEthnicity),
                        Fixtures.person("Đinh Thị Hoa", Sex.FEMALE, 2012, Relationship.CHILD))));
    }

    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Khánh",
        "Long", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vinh"};

    /** A head's name told apart by the household number (names take no digits). */
    private static String headName(String number) {
        int n = number.chars().filter(Character::isDigit).map(c -> c - '0').reduce(0, (a, b) -> a * 10 + b);
        return "Nguyễn Văn " + GIVEN[n % GIVEN.length] + (n >= GIVEN.length ? " " + GIVEN[n / GIVEN.length % GIVEN.length] : "");
    }

    /** Moves a household to another village of its commune (its supports then count there). */
    Household move(Household h, UUID village) {
        HouseholdDraft moved = Fixtures.draftOf(h);
        return services.households().save(officer, h.communeCode(), new HouseholdDraft(h.id(),
                Fixtures.details(h.details().number(), village), moved.members()));
    }

    /** Reviews the household in the round so that it gets the class (rural, 2022–2025 standard). */
    void review(ReviewRound round, Household h, PovertyClass wanted) {
        ReviewInput input = switch (wanted) {
            case POOR -> income(1_000_000, "water", "latrine", "telecom");
            case NEAR_POOR -> income(1_000_000, "water");
            default -> income(5_000_000);
        };
        PovertyClass got = services.reviews().save(officer, round.id(), h.id(), input).povertyClass();
        if (got != wanted) {
            throw new IllegalStateException(h.details().number() + " is " + got + ", not " + wanted);
        }
    }

    private static ReviewInput income(long vnd, String... lacking) {
        return new ReviewInput(new Evidence.Income(vnd), List.of(lacking), false, false, false, "", Fixtures.TODAY,
                "");
    }

    // ---- typical supports ----------------------------------------------------------------------------------

    static SupportDetails tetVisit(LocalDate day, long giftVnd) {
        return new SupportDetails(day, FUND, TET, SupportForm.VISIT, giftVnd, "", null, "",
                FundingSource.FUND_FOR_THE_POOR, null, null, null, "");
    }

    static SupportDetails housing(LocalDate day, long vnd, FundingSource source) {
        return new SupportDetails(day, FUND, HOUSING, SupportForm.CASH, vnd, "", null, "", source, null, null, null,
                "");
    }

    static SupportDetails cow(LocalDate day, long valueVnd) {
        return new SupportDetails(day, QD102, LIVESTOCK, SupportForm.IN_KIND, valueVnd, "Bò giống", BigDecimal.ONE,
                "con", FundingSource.CENTRAL_BUDGET, null, null, null, "");
    }

    static SupportDetails loan(LocalDate day, long vnd) {
        return new SupportDetails(day, BANK, LOAN, SupportForm.CREDIT, vnd, "", null, "",
                FundingSource.SOCIAL_POLICY_BANK, null, null, new Credit(60, new BigDecimal("0.55"), vnd), "");
    }

    static SupportDetails card(LocalDate day, long vnd) {
        return new SupportDetails(day, BHYT, CARD, SupportForm.SERVICE, vnd, "", null, "",
                FundingSource.CENTRAL_BUDGET, day, day.plusYears(1).minusDays(1), null, "");
    }

    /** How many support rows the database holds, tombstones included (straight from the table). */
    int supportRows() {
        return Fixtures.rowCount(services.location(), "support_event");
    }

    @Override
    public void close() {
        services.close();
    }
}
