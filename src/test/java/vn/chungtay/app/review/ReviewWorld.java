package vn.chungtay.app.review;

import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.details;
import static vn.chungtay.testsupport.Fixtures.draft;
import static vn.chungtay.testsupport.Fixtures.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.store.DbLocation;
import vn.chungtay.testsupport.Fixtures;

/**
 * A commune ready for reviews on a fresh in-memory database: the services, its officer, a province clerk, two
 * villages, and helpers to add households, open and close rounds and review households by income.
 */
final class ReviewWorld implements AutoCloseable {

    final AppServices services;
    final Actor officer;
    final Actor clerk;
    final UUID villageA;
    final UUID villageB;
    final LocalDate today;
    private int numbers;

    private ReviewWorld(AppServices services, LocalDate today) {
        this.services = services;
        this.today = today;
        officer = Fixtures.communeOfficer(services);
        clerk = Fixtures.provinceClerk(services);
        villageA = services.units().saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null).meta().id();
        villageB = services.units().saveVillage(officer, null, COMMUNE, "Thôn Đắk Rơ Wa", null, null).meta().id();
    }

    /** At the fixtures' fixed time, 15 March 2025. */
    static ReviewWorld open() {
        return new ReviewWorld(Fixtures.services(), Fixtures.TODAY);
    }

    /** At another fixed time (a round for next year may be opened, so 2027 needs a clock in 2026). */
    static ReviewWorld at(Clock clock) {
        return new ReviewWorld(AppServices.open(DbLocation.inMemory(), clock), LocalDate.now(clock));
    }

    /** A new household of three in the village. */
    Household household(UUID village, String headName) {
        return services.households().save(officer, COMMUNE,
                draft(null, details(String.valueOf(++numbers), village), family(headName)));
    }

    List<Household> households(int count) {
        List<Household> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(household(i % 2 == 0 ? villageA : villageB, "Hộ Thứ " + (char) ('A' + i)));
        }
        return out;
    }

    ReviewRound periodic(int year) {
        return services.rounds().open(officer, COMMUNE, year, RoundKind.PERIODIC, null);
    }

    ReviewRound regular(int year) {
        return services.rounds().open(officer, COMMUNE, year, RoundKind.REGULAR, null);
    }

    ReviewRound close(ReviewRound round) {
        return services.rounds().close(officer, round.id());
    }

    /** A clock that moves one second on every reading, from the fixtures' time: events get distinct times. */
    static Clock ticking() {
        return new Clock() {
            private long seconds;

            @Override
            public java.time.ZoneId getZone() {
                return Fixtures.ZONE;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public synchronized java.time.Instant instant() {
                return Fixtures.NOW.plusSeconds(seconds++);
            }
        };
    }

    static ReviewInput income(long vnd, String... lacking) {
        return new ReviewInput(new Evidence.Income(vnd), List.of(lacking), false, false, false, "Trưởng thôn",
                Fixtures.TODAY, "");
    }

    /** Rural 2022–2025: poor with three deprivations at 1,000,000. */
    static ReviewInput poor() {
        return income(1_000_000, "water", "latrine", "telecom");
    }

    static ReviewInput nearPoor() {
        return income(1_000_000, "water");
    }

    static ReviewInput average() {
        return income(2_000_000);
    }

    static ReviewInput notPoor() {
        return income(5_000_000);
    }

    HouseholdReview review(ReviewRound round, Household household, ReviewInput input) {
        return services.reviews().save(officer, round.id(), household.id(), input);
    }

    @Override
    public void close() {
        services.close();
    }
}
