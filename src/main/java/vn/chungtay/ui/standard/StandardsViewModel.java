package vn.chungtay.ui.standard;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.chungtay.app.review.StandardService;
import vn.chungtay.app.settings.SettingsService;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.MinorityRule;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.StandardChange;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * State and commands of the poverty standards screen: the standards the program knows, the selected one as texts
 * (rule, thresholds per area, indicators by dimension), its correction log, whether the person may correct it (a
 * provisional standard, and a district or province clerk: the service checks both again), and the setting that says
 * which members make a household an ethnic-minority household. Every service call runs through the task runner; an
 * answer about an earlier selection is dropped.
 */
public final class StandardsViewModel {

    /** A standard in the list: code, name, years and whether it is provisional. */
    public record StandardItem(PovertyStandard standard, String code, String name, String years, boolean provisional) {
    }

    /** One threshold across the two areas, as texts ("1.500.000 đ", or "—" where absent). */
    public record LineRow(String label, String rural, String urban) {
    }

    /** An indicator as the screen lists it: its name in the reader's language and its Vietnamese definition. */
    public record IndicatorLine(String code, String name, String definition) {
    }

    /** The indicators of one dimension, in the standard's order. */
    public record IndicatorGroup(String dimension, List<IndicatorLine> indicators) {

        public IndicatorGroup {
            indicators = List.copyOf(indicators);
        }
    }

    /** One logged correction: when, who, which field, the old and the new value. */
    public record ChangeLine(String when, String who, String field, String oldValue, String newValue) {
    }

    private final StandardService standards;
    private final UnitService units;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final int thisYear;
    private final StandardTexts texts;

    private final ObservableList<StandardItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<StandardItem> selected = new SimpleObjectProperty<>();
    private final BooleanProperty present = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty years = new SimpleStringProperty("");
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final StringProperty rule = new SimpleStringProperty("");
    private final StringProperty scoring = new SimpleStringProperty("");
    private final StringProperty threshold = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<IndicatorGroup> indicatorGroups = FXCollections.observableArrayList();
    private final ObservableList<ChangeLine> changes = FXCollections.observableArrayList();
    private final BooleanProperty clerk = new SimpleBooleanProperty();
    private final BooleanProperty canCorrect = new SimpleBooleanProperty();
    private final StringProperty correctionNote = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<MinorityRule> minorityRules =
            FXCollections.observableArrayList(MinorityRule.values());
    private final ObjectProperty<MinorityRule> minorityRule = new SimpleObjectProperty<>();
    private final StringProperty minorityRuleStatus = new SimpleStringProperty("");

    private long changesGeneration;
    private boolean loadingRule;

    /** @param thisYear the year whose standard is selected first (the one in force) */
    public StandardsViewModel(StandardService standards, UnitService units, SettingsService settings,
                              TaskRunner tasks, Messages messages, Actor actor, Year thisYear) {
        this.standards = standards;
        this.units = units;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.thisYear = thisYear.getValue();
        this.texts = new StandardTexts(messages);
        selected.addListener((obs, old, now) -> show(now));
        minorityRule.addListener((obs, old, now) -> {
            if (!loadingRule && now != null && now != old) {
                saveMinorityRule(now);
            }
        });
    }

    /** What one load brings: the standards, whether the person is a clerk above the communes, the DTTS rule. */
    private record Loaded(List<PovertyStandard> standards, boolean clerk, MinorityRule rule) {
    }

    /** Loads the standards and selects the one in force this year. */
    public void load() {
        reload(null);
    }

    private void reload(String selectCode) {
        busy.set(true);
        tasks.run(BackgroundTask.of(progress -> {
            AdminUnit unit = units.tree().find(actor.unitCode()).orElse(null);
            return new Loaded(standards.all(), unit != null && unit.level() != UnitLevel.COMMUNE,
                    settings.minorityRule());
        }).onSuccess(loaded -> {
            error.set("");
            clerk.set(loaded.clerk());
            loadingRule = true;
            try {
                minorityRule.set(loaded.rule());
            } finally {
                loadingRule = false;
            }
            List<StandardItem> list = loaded.standards().stream().map(this::item).toList();
            items.setAll(list);
            StandardItem target = list.stream().filter(i -> i.code().equals(selectCode)).findFirst()
                    .or(() -> list.stream().filter(i -> i.standard().details().appliesTo(thisYear)).findFirst())
                    .or(() -> list.stream().findFirst()).orElse(null);
            if (target != null && selected.get() != null && target.code().equals(selected.get().code())) {
                selected.set(null);
            }
            selected.set(target);
        }).onError(e -> error.set(ErrorTexts.describe(e, messages)))
                .andFinally(() -> busy.set(false)));
    }

    private StandardItem item(PovertyStandard s) {
        StandardDetails d = s.details();
        return new StandardItem(s, d.code(), d.name(), texts.years(d), d.provisional());
    }

    private void show(StandardItem item) {
        long mine = ++changesGeneration;
        changes.clear();
        present.set(item != null);
        if (item == null) {
            for (StringProperty text : List.of(title, years, legalBasis, rule, scoring, threshold, status,
                    correctionNote)) {
                text.set("");
            }
            lines.clear();
            indicatorGroups.clear();
            canCorrect.set(false);
            return;
        }
        StandardDetails d = item.standard().details();
        title.set(d.name());
        years.set(messages.get("standard.detail.years-value", texts.years(d), d.code()));
        legalBasis.set(d.legalBasis());
        rule.set(texts.rule(d));
        scoring.set(texts.scoring(d));
        threshold.set(messages.get("standard.detail.threshold-value", d.deprivationThreshold(),
                d.indicators().size()));
        status.set(messages.get(d.provisional() ? "standard.status.provisional" : "standard.status.official")
                + (item.standard().locallyEdited() ? " " + messages.get("standard.status.corrected") : ""));
        lines.setAll(lineRows(d));
        indicatorGroups.setAll(groups(d));
        canCorrect.set(d.provisional() && clerk.get());
        correctionNote.set(!d.provisional() ? messages.get("standard.correct.official")
                : clerk.get() ? "" : messages.get("standard.correct.clerks-only"));
        String code = d.code();
        tasks.run(BackgroundTask.of(progress -> standards.changes(code))
                .onSuccess(list -> {
                    if (mine == changesGeneration) {
                        changes.setAll(list.stream().map(this::changeLine).toList());
                    }
                })
                .onError(e -> {
                    if (mine == changesGeneration) {
                        error.set(ErrorTexts.describe(e, messages));
                    }
                }));
    }

    private List<LineRow> lineRows(StandardDetails d) {
        AreaLines rural = d.lines(Area.RURAL);
        AreaLines urban = d.lines(Area.URBAN);
        return List.of(
                new LineRow(texts.lineLabel("povertyLine"), texts.money(rural.povertyLine()),
                        texts.money(urban.povertyLine())),
                new LineRow(texts.lineLabel("nearPoorLine"), texts.money(rural.nearPoorLine()),
                        texts.money(urban.nearPoorLine())),
                new LineRow(texts.lineLabel("averageUpper"), texts.money(rural.averageUpper()),
                        texts.money(urban.averageUpper())),
                new LineRow(texts.lineLabel("b1Max"), texts.score(rural.b1Max()), texts.score(urban.b1Max())));
    }

    private List<IndicatorGroup> groups(StandardDetails d) {
        Map<String, List<IndicatorLine>> byDimension = new LinkedHashMap<>();
        for (Indicator i : d.indicators()) {
            String dimension = i.dimension().isBlank() ? messages.get("standard.dimension.none") : i.dimension();
            byDimension.computeIfAbsent(dimension, k -> new ArrayList<>())
                    .add(new IndicatorLine(i.code(), texts.indicatorName(i), i.definition()));
        }
        List<IndicatorGroup> out = new ArrayList<>();
        byDimension.forEach((dimension, list) -> out.add(new IndicatorGroup(dimension, list)));
        return out;
    }

    private ChangeLine changeLine(StandardChange c) {
        return new ChangeLine(texts.when(c.at()), c.userName(), texts.field(c.field()),
                texts.value(c.field(), c.oldValue()), texts.value(c.field(), c.newValue()));
    }

    /** The correction form for the selected standard; the view offers it only while {@link #canCorrect} holds. */
    public StandardFormViewModel correctionForm() {
        StandardFormViewModel form = new StandardFormViewModel(standards, tasks, messages, actor);
        form.start(selected.get().standard().details());
        return form;
    }

    /** After the form saved a correction: the list again, the same standard selected, its log reloaded. */
    public void corrected(PovertyStandard saved) {
        reload(saved.code());
    }

    private void saveMinorityRule(MinorityRule rule) {
        minorityRuleStatus.set("");
        tasks.run(BackgroundTask.of(progress -> {
            settings.setMinorityRule(rule);
            return rule;
        }).onSuccess(saved -> minorityRuleStatus.set(messages.get("standard.minority-rule.saved")))
                .onError(e -> minorityRuleStatus.set(ErrorTexts.describe(e, messages))));
    }

    public ObservableList<StandardItem> items() {
        return items;
    }

    public ObjectProperty<StandardItem> selectedProperty() {
        return selected;
    }

    /** True while a standard is selected. */
    public BooleanProperty presentProperty() {
        return present;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** "2022–2026 (mã 2022-2025)". */
    public StringProperty yearsProperty() {
        return years;
    }

    public StringProperty legalBasisProperty() {
        return legalBasis;
    }

    /** The classification rule in words. */
    public StringProperty ruleProperty() {
        return rule;
    }

    /** The B1/B2 scoring in words, or "". */
    public StringProperty scoringProperty() {
        return scoring;
    }

    /** "3 trong 12 chỉ số". */
    public StringProperty thresholdProperty() {
        return threshold;
    }

    /** Official or provisional, and corrected here where it was. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The thresholds, rural and urban: poverty line, near-poverty line, top of the average band, B1 maximum. */
    public ObservableList<LineRow> lines() {
        return lines;
    }

    public ObservableList<IndicatorGroup> indicatorGroups() {
        return indicatorGroups;
    }

    /** The selected standard's correction log, newest first. */
    public ObservableList<ChangeLine> changes() {
        return changes;
    }

    /** True when the person works for a district or province (communes do not correct standards). */
    public BooleanProperty clerkProperty() {
        return clerk;
    }

    public BooleanProperty canCorrectProperty() {
        return canCorrect;
    }

    /** Why the selected standard cannot be corrected here, or "". */
    public StringProperty correctionNoteProperty() {
        return correctionNote;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<MinorityRule> minorityRules() {
        return minorityRules;
    }

    /** The DTTS rule; setting it saves it. */
    public ObjectProperty<MinorityRule> minorityRuleProperty() {
        return minorityRule;
    }

    /** "Đã lưu" after the rule was saved, or why it was not. */
    public StringProperty minorityRuleStatusProperty() {
        return minorityRuleStatus;
    }
}
