package vn.chungtay.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.review.ReviewInput;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.task.SameThreadTaskRunner;

/**
 * A commune with two villages and three households (two in Thôn Kon Klor, one in Làng Đắk Lây) on a fresh in-memory
 * database with the fixed clock (15 March 2025), a commune officer, and the review screens' view-models built as the
 * main window builds them, with a same-thread task runner.
 */
final class ReviewScreenFixture {

    final Messages messages = new Messages(Messages.VIETNAMESE);
    final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    AppServices services;
    Actor officer;
    Village konKlor;
    Village dakLay;
    final List<Household> households = new ArrayList<>();

    ReviewScreenFixture open() {
        services = Fixtures.services();
        officer = Fixtures.communeOfficer(services);
        konKlor = services.units().saveVillage(officer, null, Fixtures.COMMUNE, "Thôn Kon Klor", null, null);
        dakLay = services.units().saveVillage(officer, null, Fixtures.COMMUNE, "Làng Đắk Lây", null, null);
        households.add(household("01", konKlor, "Nguyễn Văn Ánh", Sex.MALE, EthnicGroup.KINH));
        households.add(household("02", konKlor, "Y Bhơ", Sex.FEMALE, EthnicGroup.KINH));
        // A Ba Na household (13), so that DTTS is derived from the head's ethnicity.
        households.add(household("03", dakLay, "A Thắm", Sex.MALE, "13"));
        return this;
    }

    private Household household(String number, Village village, String head, Sex sex, String ethnicity) {
        return services.households().save(officer, Fixtures.COMMUNE, Fixtures.draft(null,
                Fixtures.details(number, village.meta().id()), List.of(
                        Fixtures.withEthnicity(Fixtures.person(head, sex, 1980, Relationship.HEAD), ethnicity),
                        Fixtures.person("Đinh Thị Hoa", Sex.FEMALE, 2012, Relationship.CHILD))));
    }

    /** A periodic round of 2025 opened by the service (standard 2022–2025). */
    ReviewRound openRound() {
        return services.rounds().open(officer, Fixtures.COMMUNE, 2025, RoundKind.PERIODIC, null);
    }

    /** The household with the number as the round lists it. */
    HouseholdSummary summary(ReviewRound round, String number) {
        return services.reviews().rows(round.id(), null).stream().map(r -> r.household())
                .filter(h -> h.number().equals(number)).findFirst().orElseThrow();
    }

    /** Reviews every household of the round through the service, each with the income and no deprivation. */
    void reviewAll(ReviewRound round, long income) {
        for (var row : services.reviews().rows(round.id(), null)) {
            services.reviews().save(officer, round.id(), row.household().id(), new ReviewInput(
                    new Evidence.Income(income), List.of(), false, false, false, "", Fixtures.TODAY, ""));
        }
    }

    RoundViewModel roundScreen(ReviewRound round) {
        RoundViewModel model = new RoundViewModel(services.rounds(), services.reviews(), services.units(),
                services.standards(), tasks, messages, officer);
        model.load(round.id());
        assertThat(model.errorProperty().get()).isEmpty();
        return model;
    }

    RoundsViewModel roundsScreen() {
        RoundsViewModel model = new RoundsViewModel(services.rounds(), services.reviews(), services.standards(),
                services.units(), tasks, messages, officer, Fixtures.TODAY);
        model.load();
        return model;
    }

    /** The review form of the household in the round, loaded. */
    ReviewFormViewModel form(ReviewRound round, HouseholdSummary household) {
        ReviewFormViewModel form = new ReviewFormViewModel(services.reviews(), services.settings(), tasks, messages,
                officer, Fixtures.TODAY);
        boolean[] ready = {false};
        form.load(round.id(), household, () -> ready[0] = true);
        assertThat(ready[0]).as("loaded: " + form.generalErrorProperty().get()).isTrue();
        return form;
    }

    void close() {
        services.close();
    }
}
