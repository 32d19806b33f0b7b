package vn.chungtay.ui.standard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.review.StandardService;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;
import vn.chungtay.ui.unit.FieldErrors;

/**
 * The correction form of a provisional standard, buffered until saved: the review years, the number of deprivations
 * that makes a household poor, each area's thresholds, and the indicators (add, remove, rename, define). Fields are
 * checked on every edit, with the domain's own rules once the numbers read; the service's answer (a standard that
 * is official after all, years that overlap another standard, a commune officer) shows the same way after a save.
 * Field names are the domain's paths: {@code lines.RURAL.povertyLine}, {@code indicators[2].code} and so on.
 */
public final class StandardFormViewModel {

    /** The highest B1 score the review form has room for. */
    static final int MAX_B1 = 1000;

    private final StandardService standards;
    private final TaskRunner tasks;
    private final Actor actor;
    private final FieldErrors errors;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty firstYear = new SimpleStringProperty("");
    private final StringProperty lastYear = new SimpleStringProperty("");
    private final StringProperty threshold = new SimpleStringProperty("");
    private final Map<Area, AreaFields> areas = new EnumMap<>(Area.class);
    private final ObservableList<IndicatorFields> indicators = FXCollections.observableArrayList();
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanBinding canSave;
    private final InvalidationListener edited = obs -> edited();

    private StandardDetails original;
    private StandardDetails typed;
    private boolean filling;

    public StandardFormViewModel(StandardService standards, TaskRunner tasks, Messages messages, Actor actor) {
        this.standards = standards;
        this.tasks = tasks;
        this.actor = actor;
        this.errors = new FieldErrors(messages);
        for (Area area : Area.values()) {
            AreaFields fields = new AreaFields();
            fields.all().forEach(p -> p.addListener(edited));
            areas.put(area, fields);
        }
        for (StringProperty p : List.of(firstYear, lastYear, threshold)) {
            p.addListener(edited);
        }
        indicators.addListener((ListChangeListener<IndicatorFields>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> row.all().forEach(p -> p.addListener(edited)));
                change.getRemoved().forEach(row -> row.all().forEach(p -> p.removeListener(edited)));
            }
            edited();
        });
        canSave = Bindings.createBooleanBinding(() -> errors.map().isEmpty() && !saving.get(), errors.map(),
                saving);
    }

    /** Starts the form from the standard as it is now. */
    public void start(StandardDetails details) {
        original = details;
        filling = true;
        try {
            title.set(details.name() + " · " + details.code());
            firstYear.set(String.valueOf(details.firstYear()));
            lastYear.set(String.valueOf(details.lastYear()));
            threshold.set(String.valueOf(details.deprivationThreshold()));
            for (Area area : Area.values()) {
                AreaLines l = details.lines(area);
                AreaFields f = areas.get(area);
                f.povertyLineProperty().set(MoneyText.format(l.povertyLine()));
                f.nearPoorLineProperty().set(MoneyText.format(l.nearPoorLine()));
                f.averageUpperProperty().set(MoneyText.format(l.averageUpper()));
                f.b1MaxProperty().set(l.b1Max() == null ? "" : String.valueOf(l.b1Max()));
            }
            indicators.setAll(details.indicators().stream().map(IndicatorFields::new).toList());
        } finally {
            filling = false;
        }
        generalError.set("");
        edited();
    }

    /** Adds an empty indicator at the end and returns it, for the view to focus. */
    public IndicatorFields addIndicator() {
        IndicatorFields row = new IndicatorFields(null);
        if (!indicators.isEmpty()) {
            row.dimensionProperty().set(indicators.get(indicators.size() - 1).dimensionProperty().get());
        }
        indicators.add(row);
        return row;
    }

    public void removeIndicator(IndicatorFields row) {
        indicators.remove(row);
    }

    private void edited() {
        if (filling || original == null) {
            return;
        }
        errors.show(check());
        dirty.set(typed == null || !typed.equals(original));
    }

    /**
     * Reads the fields and returns what is wrong: first what does not read as a number, then the domain's own rules
     * for the rest (a field that does not read takes its saved value for those rules, so its neighbours are still
     * checked). Sets {@link #typed} only when everything reads.
     */
    private List<Violation> check() {
        List<Violation> out = new ArrayList<>();
        Integer first = year(firstYear.get(), "firstYear", out);
        Integer last = year(lastYear.get(), "lastYear", out);
        Integer deprived = null;
        if (threshold.get().strip().matches("\\d{1,3}")) {
            deprived = Integer.parseInt(threshold.get().strip());
        } else {
            out.add(Violation.of("deprivationThreshold", "standard.form.number.invalid"));
        }
        Map<Area, AreaLines> lines = new EnumMap<>(Area.class);
        Set<String> unread = new LinkedHashSet<>();
        for (Area area : Area.values()) {
            AreaLines l = lines(area, out);
            if (l == null) {
                unread.add("lines." + area.name() + ".");
                l = original.lines(area);
            }
            lines.put(area, l);
        }
        if (first == null || last == null) {
            unread.add("lastYear");
        }
        if (deprived == null) {
            unread.add("deprivationThreshold");
        }
        List<Indicator> list = indicators.stream().map(IndicatorFields::indicator).toList();
        StandardDetails candidate = new StandardDetails(original.code(), original.name(), original.legalBasis(),
                first != null ? first : original.firstYear(), last != null ? last : original.lastYear(),
                original.provisional(), original.rule(), deprived != null ? deprived : original.deprivationThreshold(),
                lines, list, original.pointsPerIndicator(), original.b2Threshold());
        boolean readable = out.isEmpty();
        for (Violation v : candidate.violations()) {
            if (unread.stream().noneMatch(v.field()::startsWith)) {
                out.add(v);
            }
        }
        typed = readable ? candidate : null;
        return out;
    }

    private static Integer year(String text, String field, List<Violation> out) {
        String t = text.strip();
        if (t.matches("\\d{4}") && Integer.parseInt(t) >= 2000 && Integer.parseInt(t) <= 2100) {
            return Integer.parseInt(t);
        }
        out.add(Violation.of(field, "standard.form.year.invalid"));
        return null;
    }

    private AreaLines lines(Area area, List<Violation> out) {
        AreaFields f = areas.get(area);
        String prefix = "lines." + area.name() + ".";
        int before = out.size();
        Long poverty = null;
        if (f.povertyLineProperty().get().isBlank()) {
            out.add(Violation.of(prefix + "povertyLine", "standard.form.money.required"));
        } else {
            poverty = money(f.povertyLineProperty().get(), prefix + "povertyLine", out);
        }
        Long nearPoor = money(f.nearPoorLineProperty().get(), prefix + "nearPoorLine", out);
        Long average = money(f.averageUpperProperty().get(), prefix + "averageUpper", out);
        Integer b1 = null;
        String b1Text = f.b1MaxProperty().get().strip();
        if (!b1Text.isEmpty()) {
            if (b1Text.matches("\\d{1,4}") && Integer.parseInt(b1Text) <= MAX_B1) {
                b1 = Integer.parseInt(b1Text);
            } else {
                out.add(Violation.of(prefix + "b1Max", "standard.form.score.invalid", MAX_B1));
            }
        }
        if (poverty != null && nearPoor != null && nearPoor < poverty) {
            out.add(Violation.of(prefix + "nearPoorLine", "standard.form.near-poor.below"));
        }
        return out.size() > before || poverty == null ? null : new AreaLines(poverty, nearPoor, average, b1);
    }

    /** A positive amount of VND, or null for blank text; an unreadable amount adds a violation. */
    private static Long money(String text, String field, List<Violation> out) {
        if (text.isBlank()) {
            return null;
        }
        Long vnd = MoneyText.parse(text);
        if (vnd == null || vnd <= 0) {
            out.add(Violation.of(field, "standard.form.money.invalid"));
            return null;
        }
        return vnd;
    }

    /** Every field the form has a control for; violations of others go to the general error. */
    Set<String> fields() {
        Set<String> out = new LinkedHashSet<>(List.of("firstYear", "lastYear", "deprivationThreshold"));
        for (Area area : Area.values()) {
            for (String line : List.of("povertyLine", "nearPoorLine", "averageUpper", "b1Max")) {
                out.add("lines." + area.name() + "." + line);
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            for (String part : List.of("code", "dimension", "name", "nameEn", "definition")) {
                out.add("indicators[" + i + "]." + part);
            }
        }
        return out;
    }

    /** Saves the correction in the background; {@code onSaved} gets the saved standard. Nothing while invalid. */
    public void save(Consumer<PovertyStandard> onSaved) {
        if (!canSave.get() || typed == null) {
            return;
        }
        StandardDetails corrected = typed;
        Set<String> fields = fields();
        saving.set(true);
        generalError.set("");
        tasks.run(BackgroundTask.of(progress -> standards.correct(actor, corrected.code(), corrected))
                .onSuccess(saved -> {
                    original = saved.details();
                    dirty.set(false);
                    onSaved.accept(saved);
                })
                .onError(error -> generalError.set(errors.showFailure(error, fields)))
                .andFinally(() -> saving.set(false)));
    }

    /** "Chuẩn nghèo … · 2027-2030". */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty firstYearProperty() {
        return firstYear;
    }

    public StringProperty lastYearProperty() {
        return lastYear;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public AreaFields area(Area area) {
        return areas.get(area);
    }

    public ObservableList<IndicatorFields> indicators() {
        return indicators;
    }

    /** Messages of invalid fields by path. */
    public ObservableMap<String, String> errors() {
        return errors.map();
    }

    public StringProperty generalErrorProperty() {
        return generalError;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** True when the form differs from the standard as saved. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
