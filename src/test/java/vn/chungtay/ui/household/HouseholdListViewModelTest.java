package vn.chungtay.ui.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;
import static vn.chungtay.testsupport.Fixtures.details;
import static vn.chungtay.testsupport.Fixtures.draft;
import static vn.chungtay.testsupport.Fixtures.family;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.RunningTask;
import vn.chungtay.ui.task.SameThreadTaskRunner;
import vn.chungtay.ui.task.TaskRunner;

/** The household list without a screen: filters, stale answers, and rows fetched a page at a time. */
class HouseholdListViewModelTest {

    /** Holds every task until the test releases it, first-in or last-in first, as a slow background would. */
    static final class HeldTasks implements TaskRunner {

        private final Deque<BackgroundTask<?>> pending = new ArrayDeque<>();
        private final SameThreadTaskRunner runner = new SameThreadTaskRunner();

        @Override
        public <T> RunningTask run(BackgroundTask<T> task) {
            pending.addLast(task);
            return new RunningTask() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
        }

        int pending() {
            return pending.size();
        }

        void releaseOldest() {
            runner.run(pending.removeFirst());
        }

        void releaseNewest() {
            runner.run(pending.removeLast());
        }

        /** Runs held tasks in order, including those they start, until none is left. */
        void releaseAll() {
            while (!pending.isEmpty()) {
                releaseOldest();
            }
        }
    }

    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private AppServices services;
    private Actor officer;
    private Actor clerk;
    private Village konKlor;
    private Village dakMe;
    private Village otherVillage;

    @BeforeEach
    void open() {
        services = Fixtures.services();
        officer = Fixtures.communeOfficer(services);
        clerk = Fixtures.provinceClerk(services);
        konKlor = services.units().saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null);
        dakMe = services.units().saveVillage(officer, null, COMMUNE, "Thôn Đắk Mế", null, null);
        otherVillage = services.units().saveVillage(clerk, null, OTHER_COMMUNE, "Thôn 1", null, null);
        save(COMMUNE, "01", konKlor, "Nguyễn Văn An");
        save(COMMUNE, "02", konKlor, "Trần Văn Bình");
        save(COMMUNE, "03", dakMe, "Lê Văn Cường");
        save(OTHER_COMMUNE, "04", otherVillage, "Phạm Văn Dũng");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void save(String commune, String number, Village village, String headName) {
        services.households().save(clerk, commune, draft(null, details(number, village.meta().id()),
                family(headName)));
    }

    private HouseholdListViewModel model(Actor actor, TaskRunner tasks) {
        return new HouseholdListViewModel(services.households(), services.units(), tasks, messages, actor);
    }

    private HouseholdListViewModel loaded(Actor actor) {
        HouseholdListViewModel model = model(actor, new SameThreadTaskRunner());
        model.load();
        return model;
    }

    private static List<String> numbers(HouseholdListViewModel model) {
        List<String> out = new ArrayList<>();
        List<HouseholdSummary> rows = model.rowsProperty().get();
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i).number());
        }
        return out;
    }

    private static AdminUnit commune(HouseholdListViewModel model, String code) {
        return model.communes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aProvinceClerkGetsTheCommuneListAndTheWholeProvince() {
        HouseholdListViewModel model = loaded(clerk);

        assertThat(model.communes()).extracting(AdminUnit::code).containsExactlyInAnyOrder(COMMUNE, OTHER_COMMUNE);
        assertThat(model.manyCommunes()).isTrue();
        assertThat(model.villages()).as("no commune chosen yet").isEmpty();
        assertThat(model.rowsProperty().get()).hasSize(4);
        assertThat(model.totalProperty().get()).isEqualTo(4);
        assertThat(numbers(model)).containsExactlyInAnyOrder("01", "02", "03", "04");
        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommuneWithoutACommuneFilter() {
        HouseholdListViewModel model = loaded(officer);

        assertThat(model.communes()).extracting(AdminUnit::code).containsExactly(COMMUNE);
        assertThat(model.manyCommunes()).isFalse();
        assertThat(model.villages()).containsExactlyInAnyOrder(konKlor, dakMe);
        assertThat(numbers(model)).containsExactlyInAnyOrder("01", "02", "03");
        assertThat(model.totalProperty().get()).isEqualTo(3);
    }

    @Test
    void typedTextNarrowsTheList() {
        HouseholdListViewModel model = loaded(clerk);

        model.searchTextProperty().set("binh");
        assertThat(numbers(model)).as("nothing happens before search()").hasSize(4);
        model.search();
        assertThat(numbers(model)).containsExactly("02");
        assertThat(model.rowsProperty().get().get(0).headName()).isEqualTo("Trần Văn Bình");

        model.searchTextProperty().set("Lê Văn Cường");
        model.search();
        assertThat(numbers(model)).containsExactly("03");

        model.searchTextProperty().set("không ai có tên này");
        model.search();
        assertThat(model.rowsProperty().get()).isEmpty();
        assertThat(model.totalProperty().get()).isZero();

        model.searchTextProperty().set("");
        model.search();
        assertThat(model.totalProperty().get()).isEqualTo(4);
    }

    @Test
    void communeAndVillageFiltersNarrowTheList() {
        HouseholdListViewModel model = loaded(clerk);

        model.communeProperty().set(commune(model, OTHER_COMMUNE));
        assertThat(model.villages()).containsExactly(otherVillage);
        assertThat(numbers(model)).containsExactly("04");

        model.villageProperty().set(otherVillage);
        assertThat(numbers(model)).containsExactly("04");

        model.communeProperty().set(commune(model, COMMUNE));
        assertThat(model.villageProperty().get()).as("a village of another commune is dropped").isNull();
        assertThat(model.villages()).containsExactlyInAnyOrder(konKlor, dakMe);
        assertThat(numbers(model)).containsExactlyInAnyOrder("01", "02", "03");

        model.villageProperty().set(dakMe);
        assertThat(numbers(model)).containsExactly("03");
        model.villageProperty().set(konKlor);
        assertThat(numbers(model)).containsExactlyInAnyOrder("01", "02");

        model.searchTextProperty().set("Bình");
        model.search();
        assertThat(numbers(model)).containsExactly("02");
        model.villageProperty().set(dakMe);
        assertThat(numbers(model)).as("text and village together").isEmpty();

        model.villageProperty().set(null);
        model.communeProperty().set(null);
        assertThat(numbers(model)).containsExactly("02");
        model.searchTextProperty().set("");
        model.search();
        assertThat(model.totalProperty().get()).isEqualTo(4);
    }

    @Test
    void anAnswerToAnOlderSearchThatArrivesLateIsIgnored() {
        HeldTasks tasks = new HeldTasks();
        HouseholdListViewModel model = model(clerk, tasks);
        model.load();
        tasks.releaseAll();
        assertThat(model.totalProperty().get()).isEqualTo(4);

        model.searchTextProperty().set("Bình");
        model.search();
        model.searchTextProperty().set("Cường");
        model.search();
        assertThat(tasks.pending()).isEqualTo(2);
        assertThat(model.searchingProperty().get()).isTrue();
        assertThat(model.totalProperty().get()).as("the old rows stay until an answer comes").isEqualTo(4);

        tasks.releaseNewest();
        assertThat(numbers(model)).containsExactly("03");
        assertThat(model.searchingProperty().get()).isFalse();

        tasks.releaseNewest();
        assertThat(numbers(model)).as("the stale answer for 'Bình' is dropped").containsExactly("03");
        assertThat(model.totalProperty().get()).isEqualTo(1);
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void aSlowOlderAnswerDoesNotEndTheNewerSearch() {
        HeldTasks tasks = new HeldTasks();
        HouseholdListViewModel model = model(clerk, tasks);
        model.load();
        tasks.releaseAll();

        model.searchTextProperty().set("Bình");
        model.search();
        model.searchTextProperty().set("Cường");
        model.search();

        tasks.releaseOldest();
        assertThat(model.totalProperty().get()).as("the older answer is not shown").isEqualTo(4);
        assertThat(model.searchingProperty().get()).as("the newer search is still running").isTrue();

        tasks.releaseOldest();
        assertThat(numbers(model)).containsExactly("03");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void rowsBeyondTheFirstPageArriveWhenAsked() {
        services.close();
        services = Fixtures.services();
        services.demo().generate(450, 7, Progress.NONE);
        Actor provinceClerk = services.identity().signIn("Trần Thị Bình", Fixtures.PROVINCE, List.of());
        HeldTasks tasks = new HeldTasks();
        HouseholdListViewModel model = model(provinceClerk, tasks);
        model.load();
        tasks.releaseAll();

        List<HouseholdSummary> rows = model.rowsProperty().get();
        assertThat(rows).isInstanceOf(PagedHouseholds.class);
        assertThat(rows.size()).isEqualTo(450);
        assertThat(model.totalProperty().get()).isEqualTo(450);
        assertThat(rows.get(0)).isNotNull();
        assertThat(rows.get(PagedHouseholds.PAGE_SIZE - 1)).isNotNull();
        assertThat(tasks.pending()).as("the first page came with the answer").isZero();

        assertThat(rows.get(PagedHouseholds.PAGE_SIZE)).as("page 2 not fetched yet").isNull();
        assertThat(tasks.pending()).isEqualTo(1);
        assertThat(rows.get(PagedHouseholds.PAGE_SIZE + 10)).isNull();
        assertThat(tasks.pending()).as("one fetch per page").isEqualTo(1);
        assertThat(model.pagesLoadedProperty().get()).isZero();

        tasks.releaseAll();
        assertThat(model.pagesLoadedProperty().get()).isEqualTo(1);
        List<HouseholdSummary> expected = services.households().search(HouseholdFilter.all()).page(200, 250);
        assertThat(rows.get(PagedHouseholds.PAGE_SIZE)).isEqualTo(expected.get(0));
        assertThat(rows.get(PagedHouseholds.PAGE_SIZE + 10)).isEqualTo(expected.get(10));

        assertThat(rows.get(449)).isNull();
        tasks.releaseAll();
        assertThat(rows.get(449)).isEqualTo(expected.get(249));
        assertThat(model.pagesLoadedProperty().get()).isEqualTo(2);
        assertThat(rows.stream().map(HouseholdSummary::id).distinct().count()).isEqualTo(450);
    }
}
