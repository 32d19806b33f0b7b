package vn.chungtay.ui.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.household.HouseholdResults;
import vn.chungtay.app.household.HouseholdService;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * State and commands of the household list: the search text, the commune and village filters, and the paged rows
 * that answer them. A search runs in the background; an answer to an older search than the latest is dropped, so
 * fast typing never shows stale rows.
 */
public final class HouseholdListViewModel {

    private final HouseholdService households;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<AdminUnit> communes = FXCollections.observableArrayList();
    private final ObjectProperty<AdminUnit> commune = new SimpleObjectProperty<>();
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private final ObjectProperty<ObservableList<HouseholdSummary>> rows =
            new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final LongProperty lastSearchMillis = new SimpleLongProperty();
    private final IntegerProperty pagesLoaded = new SimpleIntegerProperty();
    private final StringProperty error = new SimpleStringProperty("");

    private List<Village> allVillages = List.of();
    private Set<String> scope = Set.of();
    private long generation;

    public HouseholdListViewModel(HouseholdService households, UnitService units, TaskRunner tasks, Messages messages,
                                  Actor actor) {
        this.households = households;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        commune.addListener((obs, old, now) -> {
            showVillagesOf(now);
            search();
        });
        village.addListener((obs, old, now) -> search());
    }

    /** Loads the communes and villages in the actor's unit, then the first page of households. */
    public void load() {
        tasks.run(BackgroundTask.of(progress -> {
            UnitTree tree = units.tree();
            Set<String> communeCodes = tree.communesUnder(actor.unitCode());
            List<AdminUnit> communeUnits = communeCodes.stream().map(tree::find).flatMap(java.util.Optional::stream)
                    .toList();
            return new Scope(communeCodes, communeUnits, units.villagesOf(communeCodes));
        }).onSuccess(loaded -> {
            scope = loaded.communeCodes();
            allVillages = loaded.villages();
            communes.setAll(loaded.communes());
            showVillagesOf(commune.get());
            search();
            // Reading a province's search entries takes a few seconds: do it before the first keystroke needs them.
            tasks.run(BackgroundTask.of(progress -> {
                households.prepareSearch();
                return null;
            }));
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))));
    }

    private record Scope(Set<String> communeCodes, List<AdminUnit> communes, List<Village> villages) {
    }

    private void showVillagesOf(AdminUnit selectedCommune) {
        String code = selectedCommune != null ? selectedCommune.code()
                : communes.size() == 1 ? communes.get(0).code() : null;
        List<Village> shown = new ArrayList<>();
        if (code != null) {
            allVillages.stream().filter(v -> v.communeCode().equals(code)).forEach(shown::add);
        }
        if (village.get() != null && !shown.contains(village.get())) {
            village.set(null);
        }
        villages.setAll(shown);
    }

    /** The filter the current inputs describe. */
    public HouseholdFilter filter() {
        Set<String> communeCodes = commune.get() != null ? Set.of(commune.get().code()) : scope;
        UUID villageId = village.get() == null ? null : village.get().meta().id();
        return new HouseholdFilter(searchText.get(), communeCodes, villageId);
    }

    /** Runs the search for the current inputs in the background. */
    public void search() {
        long mine = ++generation;
        HouseholdFilter filter = filter();
        searching.set(true);
        long started = System.nanoTime();
        tasks.run(BackgroundTask.of(progress -> {
            HouseholdResults results = households.search(filter);
            List<HouseholdSummary> first = results.size() == 0 ? List.of()
                    : results.page(0, PagedHouseholds.PAGE_SIZE);
            return new PagedHouseholds(filter, results, first, tasks, () -> pagesLoaded.set(pagesLoaded.get() + 1));
        }).onSuccess(list -> {
            if (mine != generation) {
                return;
            }
            error.set("");
            rows.set(list);
            total.set(list.size());
            lastSearchMillis.set((System.nanoTime() - started) / 1_000_000);
        }).onError(e -> {
            if (mine == generation) {
                error.set(ErrorTexts.describe(e, messages));
            }
        }).andFinally(() -> {
            if (mine == generation) {
                searching.set(false);
            }
        }));
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<AdminUnit> communes() {
        return communes;
    }

    public ObjectProperty<AdminUnit> communeProperty() {
        return commune;
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    public ObjectProperty<Village> villageProperty() {
        return village;
    }

    public ObjectProperty<ObservableList<HouseholdSummary>> rowsProperty() {
        return rows;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public LongProperty lastSearchMillisProperty() {
        return lastSearchMillis;
    }

    /** Counts pages fetched after the first; the view redraws visible rows when it changes. */
    public IntegerProperty pagesLoadedProperty() {
        return pagesLoaded;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** True when the actor's unit covers more than one commune, so the commune filter is worth showing. */
    public boolean manyCommunes() {
        return communes.size() > 1;
    }
}
