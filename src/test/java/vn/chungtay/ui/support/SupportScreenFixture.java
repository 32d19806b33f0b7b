package vn.chungtay.ui.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.review.ReviewInput;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.task.SameThreadTaskRunner;

/**
 * A commune with two villages and six reviewed households on a fresh in-memory database (fixed clock, 15 March 2025):
 * in Thôn Kon Klor two poor households (one Ba Na, so DTTS), one near-poor and one not poor; in Làng Đắk Lây one poor
 * and one not poor. A commune officer, a province clerk, and the support screens' view-models with a same-thread
 * task runner.
 */
final class SupportScreenFixture {

    final Messages messages = new Messages(Messages.VIETNAMESE);
    final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    AppServices services;
    Actor officer;
    Village konKlor;
    Village dakLay;
    ReviewRound round;
    /** The households by number, with the class their review gives them. */
    final Map<String, Household> households = new LinkedHashMap<>();
    final Map<String, PovertyClass> classes = new LinkedHashMap<>();

    SupportScreenFixture open() {
        services = Fixtures.services();
        officer = Fixtures.communeOfficer(services);
        konKlor = services.units().saveVillage(officer, null, Fixtures.COMMUNE, "Thôn Kon Klor", null, null);
        dakLay = services.units().saveVillage(officer, null, Fixtures.COMMUNE, "Làng Đắk Lây", null, null);
        add("01", konKlor, "Nguyễn Văn Ánh", EthnicGroup.KINH);
        add("02", konKlor, "A Thắm", "13");
        add("03", konKlor, "Trần Văn Bình", EthnicGroup.KINH);
        add("04", konKlor, "Lê Thị Cúc", EthnicGroup.KINH);
        add("05", dakLay, "Y Bhơ", "13");
        add("06", dakLay, "Phạm Văn Dũng", EthnicGroup.KINH);
        round = services.rounds().open(officer, Fixtures.COMMUNE, 2025, RoundKind.PERIODIC, null);
        review("01", 1_000_000, List.of("water", "latrine", "telecom"), PovertyClass.POOR);
        review("02", 1_200_000, List.of("water", "latrine", "telecom"), PovertyClass.POOR);
        review("03", 1_000_000, List.of(), PovertyClass.NEAR_POOR);
        review("04", 3_000_000, List.of(), PovertyClass.NOT_POOR);
        review("05", 900_000, List.of("water", "latrine", "telecom", "employment"), PovertyClass.POOR);
        review("06", 3_500_000, List.of(), PovertyClass.NOT_POOR);
        return this;
    }

    private void add(String number, Village village, String head, String ethnicity) {
        households.put(number, services.households().save(officer, Fixtures.COMMUNE, Fixtures.draft(null,
                Fixtures.details(number, village.meta().id()), List.of(
                        Fixtures.withEthnicity(Fixtures.person(head, Sex.MALE, 1980, Relationship.HEAD), ethnicity),
                        Fixtures.person("Đinh Thị Hoa", Sex.FEMALE, 2012, Relationship.CHILD)))));
    }

    private void review(String number, long income, List<String> lacking, PovertyClass expected) {
        var saved = services.reviews().save(officer, round.id(), households.get(number).id(), new ReviewInput(
                new Evidence.Income(income), lacking, false, false, false, "", Fixtures.TODAY, ""));
        if (saved.povertyClass() != expected) {
            throw new IllegalStateException(number + " is " + saved.povertyClass() + ", not " + expected);
        }
        classes.put(number, expected);
    }

    Household household(String number) {
        return households.get(number);
    }

    /** Every support recorded for the fixture's households, as the timelines hold them. */
    List<SupportEvent> allEvents() {
        List<SupportEvent> out = new ArrayList<>();
        households.values().forEach(h -> out.addAll(services.supports().timeline(h.id())));
        return out;
    }

    BulkSupportViewModel bulk() {
        BulkSupportViewModel model = new BulkSupportViewModel(services.supports(), services.catalogue(),
                services.units(), tasks, messages, officer, Fixtures.TODAY);
        model.load();
        return model;
    }

    /** A details form with the shipped catalogue, started blank on the fixture's today. */
    SupportDetailsViewModel details() {
        SupportDetailsViewModel model = new SupportDetailsViewModel(messages, Fixtures.TODAY);
        model.useCatalogue(new CatalogueNames(services.catalogue().programmes(), services.catalogue().kinds(), false));
        model.startNew();
        return model;
    }

    SupportSummaryViewModel summary(Actor actor) {
        SupportSummaryViewModel model = new SupportSummaryViewModel(services.supports(), services.catalogue(),
                services.units(), tasks, messages, actor);
        model.load();
        return model;
    }

    SupportTimelineViewModel timeline() {
        return new SupportTimelineViewModel(services.supports(), services.catalogue(), tasks, messages, officer,
                Fixtures.TODAY);
    }

    CatalogueViewModel catalogue(Actor actor) {
        CatalogueViewModel model = new CatalogueViewModel(services.catalogue(), services.units(), tasks, messages,
                actor);
        model.load();
        return model;
    }

    void close() {
        services.close();
    }
}
