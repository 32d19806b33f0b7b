package vn.chungtay.ui.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.support.CatalogueService;
import vn.chungtay.app.support.SupportService;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportDimension;
import vn.chungtay.domain.support.SupportFilter;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportTotal;
import vn.chungtay.domain.text.VietnameseCollation;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The support summary: totals of the supports in the actor's unit, filtered by commune (when there are several), year
 * and programme, grouped by one dimension, with a total line. Keys come from the database as codes (a programme code,
 * an enum name, a village id); they are shown by name here, so a renamed programme shows its present name.
 */
public final class SupportSummaryViewModel {

    /** One group of the table (or the total line): its name, records, distinct households and VND. */
    public record SummaryLine(String key, long events, long households, long vnd, boolean total) {
    }

    private final SupportService supports;
    private final CatalogueService catalogueService;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;

    private final ObservableList<AdminUnit> communes = FXCollections.observableArrayList();
    private final ObjectProperty<AdminUnit> commune = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Programme> programmes = FXCollections.observableArrayList();
    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>();
    private final ObjectProperty<SupportDimension> dimension = new SimpleObjectProperty<>(SupportDimension.PROGRAMME);
    private final ObjectProperty<SupportDimension> shownDimension =
            new SimpleObjectProperty<>(SupportDimension.PROGRAMME);
    private final ObservableList<SummaryLine> lines = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    private CatalogueNames catalogue = CatalogueNames.EMPTY;
    private Map<String, Village> villagesById = Map.of();
    private Map<String, String> communeNames = Map.of();
    private boolean loaded;
    private long generation;
    /** Background tasks under way: the loading of the filters and each count; busy while any runs. */
    private int running;

    public SupportSummaryViewModel(SupportService supports, CatalogueService catalogue, UnitService units,
                                   TaskRunner tasks, Messages messages, Actor actor) {
        this.supports = supports;
        this.catalogueService = catalogue;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        for (ObjectProperty<?> filter : List.of(commune, year, programme, dimension)) {
            filter.addListener(obs -> refresh());
        }
    }

    /** Loads the communes, villages, catalogue and the years that have supports, then the totals. */
    public void load() {
        started();
        boolean english = "en".equals(messages.locale().getLanguage());
        tasks.run(BackgroundTask.of(progress -> {
            UnitTree tree = units.tree();
            Set<String> codes = tree.communesUnder(actor.unitCode());
            List<AdminUnit> covered = codes.stream().map(tree::find).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(AdminUnit::code)).toList();
            List<Integer> withSupports = supports.totals(actor, SupportFilter.all(), List.of(SupportDimension.YEAR))
                    .stream().map(t -> Integer.valueOf(t.keys().get(0))).sorted(Comparator.reverseOrder()).toList();
            return new Loaded(covered, units.villagesOf(codes), withSupports,
                    new CatalogueNames(catalogueService.programmes(), catalogueService.kinds(), english));
        }).onSuccess(l -> {
            catalogue = l.catalogue();
            Map<String, Village> byId = new HashMap<>();
            l.villages().forEach(v -> byId.put(v.meta().id().toString(), v));
            villagesById = byId;
            Map<String, String> names = new HashMap<>();
            l.communes().forEach(c -> names.put(c.code(), c.name()));
            communeNames = names;
            keep(communes, commune, l.communes());
            keep(years, year, l.years());
            keep(programmes, programme, catalogue.programmesByName());
            loaded = true;
            refresh();
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(this::finished));
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    private record Loaded(List<AdminUnit> communes, List<Village> villages, List<Integer> years,
                          CatalogueNames catalogue) {
    }

    /** Replaces a filter's choices, keeping the chosen one when it is still there (else: all). */
    private static <T> void keep(ObservableList<T> choices, ObjectProperty<T> chosen, List<T> fresh) {
        T before = chosen.get();
        choices.setAll(fresh);
        chosen.set(before != null && fresh.contains(before) ? before : null);
    }

    /** The totals for the present filters, in the background; an answer to an older choice is dropped. */
    public void refresh() {
        if (!loaded) {
            return;
        }
        long mine = ++generation;
        SupportDimension by = dimension.get() == null ? SupportDimension.PROGRAMME : dimension.get();
        SupportFilter filter = new SupportFilter(commune.get() == null ? null : Set.of(commune.get().code()),
                year.get(), programme.get() == null ? null : programme.get().code());
        started();
        tasks.run(BackgroundTask.of(progress -> new Totals(supports.totals(actor, filter, List.of(by)),
                supports.totals(actor, filter, List.of()))).onSuccess(totals -> {
                    if (mine == generation) {
                        error.set("");
                        lines.setAll(linesOf(by, totals));
                        shownDimension.set(by);
                    }
                }).onError(e -> error.set(ErrorTexts.describe(e, messages))).andFinally(this::finished));
    }

    private record Totals(List<SupportTotal> groups, List<SupportTotal> all) {
    }

    private List<SummaryLine> linesOf(SupportDimension by, Totals totals) {
        List<SummaryLine> out = new ArrayList<>();
        for (SupportTotal t : totals.groups()) {
            out.add(new SummaryLine(keyText(by, t.keys().get(0)), t.events(), t.households(), t.vnd(), false));
        }
        if (by != SupportDimension.YEAR) {
            // Names read in alphabetical order; years stay in time order.
            out.sort(Comparator.comparing(SummaryLine::key, new VietnameseCollation().comparator()));
        }
        if (!out.isEmpty()) {
            // Households are counted once however many groups they appear in, so the total asks the database again.
            SupportTotal all = totals.all().isEmpty() ? new SupportTotal(List.of(), 0, 0, 0) : totals.all().get(0);
            out.add(new SummaryLine(messages.get("support.ui.summary.total"), all.events(), all.households(),
                    all.vnd(), true));
        }
        return out;
    }

    /** A group's key as a person reads it. */
    String keyText(SupportDimension by, String key) {
        return switch (by) {
            case PROGRAMME -> catalogue.programmeName(key);
            case KIND -> catalogue.kindName(key);
            case SOURCE -> messages.get(FundingSource.valueOf(key).messageKey());
            case FORM -> messages.get(SupportForm.valueOf(key).messageKey());
            case YEAR -> key;
            case VILLAGE -> villageName(key);
        };
    }

    /** A village by name; with its commune when the person sees several and no one commune is chosen. */
    private String villageName(String id) {
        Village v = villagesById.get(id);
        if (v == null) {
            return messages.get("support.ui.summary.village.unknown");
        }
        return communes.size() > 1 && commune.get() == null
                ? v.name() + " · " + communeNames.getOrDefault(v.communeCode(), v.communeCode()) : v.name();
    }

    /** A count with the reader's grouping: "5.854". */
    public String count(long n) {
        return SupportAmounts.grouped(n, messages);
    }

    public String millions(long vnd) {
        return SupportAmounts.millions(vnd, messages);
    }

    public String fullVnd(long vnd) {
        return SupportAmounts.vnd(vnd, messages);
    }

    public ObservableList<AdminUnit> communes() {
        return communes;
    }

    /** The chosen commune; {@code null}: every commune the person covers. */
    public ObjectProperty<AdminUnit> communeProperty() {
        return commune;
    }

    /** The years that have supports, newest first. */
    public ObservableList<Integer> years() {
        return years;
    }

    /** The chosen year; {@code null}: every year. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Programme> programmes() {
        return programmes;
    }

    /** The chosen programme; {@code null}: every programme. */
    public ObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    public ObjectProperty<SupportDimension> dimensionProperty() {
        return dimension;
    }

    /**
     * What the lines shown are grouped by: the chosen dimension once its totals are counted (until then the lines of
     * the previous choice stay, under their own heading).
     */
    public ObjectProperty<SupportDimension> shownDimensionProperty() {
        return shownDimension;
    }

    /** The groups, then the total line (none when nothing was recorded). */
    public ObservableList<SummaryLine> lines() {
        return lines;
    }

    public String programmeName(Programme p) {
        return catalogue.name(p);
    }

    /** True while the filters load or totals are counted (in the background). */
    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
