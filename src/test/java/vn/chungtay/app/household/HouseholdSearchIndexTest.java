package vn.chungtay.app.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * The in-memory search index must answer exactly what the database's own LIKE search answers, in the same order,
 * and follow every change: through the service at once, and through any other writer by rebuilding.
 */
class HouseholdSearchIndexTest {

    private static final List<String> QUERIES = List.of("nguyen", "nguyễn thị", "thi hoa", "a", "y lien", "đinh",
            "dinh van", "062", "0001", "h'", "xyz-nobody", "tran van an", "siu", "ksor h");

    private static DbLocation location;
    private static AppServices services;
    private static Store store;
    private static Database database;

    @BeforeAll
    static void demoProvince() {
        location = DbLocation.inMemory();
        services = AppServices.open(location, Fixtures.CLOCK);
        services.demo().generate(1_500, 11, Progress.NONE);
        // A second, independent connection to the same database plays "another writer" and the reference search.
        database = Database.open(location);
        store = new Store(database);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void answersWhatTheDatabaseAnswersInTheSameOrder() {
        for (String query : QUERIES) {
            for (HouseholdFilter filter : filters(query)) {
                HouseholdResults results = services.households().search(filter);
                int expected = store.reading().households().count(filter);
                assertThat(results.size()).as(query + " " + filter).isEqualTo(expected);
                assertThat(ids(results.page(0, 500)))
                        .as(query + " " + filter)
                        .isEqualTo(ids(store.reading().households().page(filter, 0, 500)));
                if (expected > 20) {
                    assertThat(ids(results.page(10, 7))).isEqualTo(ids(store.reading().households().page(filter, 10, 7)));
                }
            }
        }
    }

    @Test
    void followsSavesAndDeletionsThroughTheService() {
        Actor clerk = services.identity().systemActor("Kiểm thử", "62");
        HouseholdSummary first = services.households().search(HouseholdFilter.all().withText("y")).page(0, 1).get(0);
        Household household = services.households().find(first.id()).orElseThrow();
        HouseholdDraft renamed = Fixtures.draftOf(household);
        var members = new ArrayList<>(renamed.members());
        members.set(0, new HouseholdDraft.MemberDraft(members.get(0).id(),
                Fixtures.renamed(members.get(0).details(), "Zơ Râm Quyết")));
        services.households().save(clerk, household.communeCode(),
                new HouseholdDraft(renamed.id(), renamed.details(), members));

        assertThat(ids(services.households().search(HouseholdFilter.all().withText("zo ram quyet")).page(0, 10)))
                .containsExactly(household.id());

        services.households().delete(clerk, household.id());
        assertThat(services.households().search(HouseholdFilter.all().withText("zo ram quyet")).size()).isZero();
    }

    @Test
    void rebuildsWhenAnotherWriterChangedTheDatabase() {
        HouseholdSummary some = services.households().search(HouseholdFilter.all().withText("a")).page(0, 1).get(0);
        Household household = store.reading().households().find(some.id()).orElseThrow();
        Household renamed = Fixtures.restamped(household, Fixtures.STAMP);
        var member = renamed.members().get(0);
        var changedMember = new vn.chungtay.domain.household.Member(member.meta().edited(UUID.randomUUID(),
                Fixtures.STAMP), member.householdId(), member.position(),
                Fixtures.renamed(member.details(), "Qua Đường Khác"));
        List<vn.chungtay.domain.household.Member> all = new ArrayList<>(renamed.members());
        all.set(0, changedMember);
        store.run(repos -> repos.households().save(
                new Household(renamed.meta(), renamed.details(), all), false, List.of(changedMember)));

        assertThat(ids(services.households().search(HouseholdFilter.all().withText("qua duong khac")).page(0, 5)))
                .containsExactly(household.id());
    }

    private static List<HouseholdFilter> filters(String query) {
        String commune = services.households().search(HouseholdFilter.all()).page(0, 1).get(0).communeCode();
        return List.of(HouseholdFilter.all().withText(query), new HouseholdFilter(query, Set.of(commune), null));
    }

    private static List<UUID> ids(List<HouseholdSummary> rows) {
        return rows.stream().map(HouseholdSummary::id).toList();
    }
}
