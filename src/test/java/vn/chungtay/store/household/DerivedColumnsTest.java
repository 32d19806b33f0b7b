package vn.chungtay.store.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.family;
import static vn.chungtay.testsupport.Fixtures.household;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.Member;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;

/** The bulk refresh of the columns a household derives from its members, as an import uses it. */
class DerivedColumnsTest {

    private Database db;
    private Store store;

    @BeforeEach
    void open() {
        db = Database.open(DbLocation.inMemory());
        store = new Store(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Households written as an import writes them: the rows first, without derived values, the members apart. */
    private List<Household> importedRows(int count) {
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            households.add(household(UUID.randomUUID(), COMMUNE, UUID.randomUUID(), String.valueOf(100 + i),
                    family(i % 2 == 0 ? "Nguyễn Văn An" : "A Đương")));
        }
        store.run(r -> {
            // A package's household line carries no members, so its row arrives without derived values.
            r.households().insertRows(households.stream()
                    .map(h -> new Household(h.meta(), h.details(), List.of())).toList());
            r.households().insertMembers(households.stream().flatMap(h -> h.members().stream()).toList());
        });
        return households;
    }

    @Test
    void refreshesEveryHouseholdAcrossChunksSoThatSearchAndListSeeItsMembers() {
        List<Household> households = importedRows(1_203);
        List<UUID> ids = households.stream().map(Household::id).toList();
        assertThat(store.reading().households().count(HouseholdFilter.all().withText("duong"))).isZero();

        int changed = store.inTransaction(r -> r.households().refreshDerived(ids));

        assertThat(changed).isEqualTo(1_203);
        assertThat(store.reading().households().count(HouseholdFilter.all().withText("duong"))).isEqualTo(601);
        HouseholdSummary first = store.reading().households().summaries(List.of(ids.get(0))).get(0);
        assertThat(first.headName()).isEqualTo("Nguyễn Văn An");
        assertThat(first.memberCount()).isEqualTo(3);
    }

    @Test
    void writesOnlyTheHouseholdsWhoseDerivedValuesChanged() {
        List<Household> households = importedRows(3);
        List<UUID> ids = households.stream().map(Household::id).toList();
        store.run(r -> r.households().refreshDerived(ids));
        Member child = households.get(1).members().get(2);
        store.run(r -> r.households().saveMember(new Member(child.meta().tombstoned(UUID.randomUUID(), child.meta().lastChange()), child.householdId(),
                child.position(), child.details())));

        int changed = store.inTransaction(r -> r.households().refreshDerived(ids));

        assertThat(changed).isEqualTo(1);
        assertThat(store.reading().households().summaries(List.of(ids.get(1))).get(0).memberCount()).isEqualTo(2);
        assertThat(store.reading().households().summaries(List.of(ids.get(0))).get(0).memberCount()).isEqualTo(3);
    }
}
