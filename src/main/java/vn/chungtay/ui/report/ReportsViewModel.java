package vn.chungtay.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.report.Report;
import vn.chungtay.app.report.ReportKind;
import vn.chungtay.app.report.ReportRequest;
import vn.chungtay.app.report.ReportService;
import vn.chungtay.app.report.ReportUnit;
import vn.chungtay.app.report.UnitRef;
import vn.chungtay.app.report.export.ExportFormat;
import vn.chungtay.app.report.export.ReportExports;
import vn.chungtay.app.work.CancelledException;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.RunningTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The Reports screen: the unit (a path from the signed-in person's unit down to the one chosen, with its children to
 * drill down to), the review year (among the years the unit has figures for) and the kind of report; the report is
 * built in the background whenever one of them changes, the previous build cancelled. The movement report's text may
 * be edited; the edited text is what is exported.
 */
public final class ReportsViewModel {

    private final ReportService reports;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;

    private final ObservableList<ReportUnit> path = FXCollections.observableArrayList();
    private final ObservableList<ReportUnit> children = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<ReportKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.SUMMARY);
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    private RunningTask building;
    private long generation;
    /** While the unit's years and kinds are being replaced, their listeners must not start a build. */
    private boolean adjusting;

    public ReportsViewModel(ReportService reports, TaskRunner tasks, Messages messages, Actor actor) {
        this.reports = reports;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        year.addListener(obs -> buildUnlessAdjusting());
        kind.addListener(obs -> buildUnlessAdjusting());
    }

    /** Starts at the signed-in person's unit. */
    public void load() {
        busy.set(true);
        tasks.run(BackgroundTask.of(p -> reports.unit(UnitRef.unit(actor.unitCode())))
                .onSuccess(root -> open(List.of(root)))
                .onError(e -> {
                    busy.set(false);
                    error.set(ErrorTexts.describe(e, messages));
                }));
    }

    /** Goes down to a child of the unit shown (a row of a by-unit table, a bar, a pick in the list). */
    public void drillDown(UnitRef child) {
        Optional<ReportUnit> found = children.stream().filter(c -> c.ref().equals(child)).findFirst();
        if (found.isEmpty() && report.get() != null) {
            found = report.get().children().stream().filter(c -> c.ref().equals(child)).findFirst();
        }
        found.ifPresent(unit -> {
            List<ReportUnit> deeper = new ArrayList<>(path);
            deeper.add(unit);
            open(deeper);
        });
    }

    /** Goes back up to a unit of the path (0: the person's own unit). */
    public void goUp(int index) {
        if (index >= 0 && index < path.size() - 1) {
            open(new ArrayList<>(path.subList(0, index + 1)));
        }
    }

    /** Shows the unit at the end of the path: loads its children and years, then builds the report. */
    private void open(List<ReportUnit> newPath) {
        ReportUnit unit = newPath.get(newPath.size() - 1);
        path.setAll(newPath);
        report.set(null);
        busy.set(true);
        error.set("");
        long mine = ++generation;
        cancelBuild();
        tasks.run(BackgroundTask.of(p -> new UnitChoices(reports.children(unit.ref()), reports.years(unit.ref()),
                reports.reviewYears(unit.ref())))
                .onSuccess(choices -> {
                    if (mine != generation) {
                        return;
                    }
                    adjusting = true;
                    try {
                        children.setAll(choices.children());
                        Integer before = year.get();
                        List<Integer> newestFirst = new ArrayList<>(choices.years());
                        java.util.Collections.reverse(newestFirst);
                        years.setAll(newestFirst);
                        year.set(before != null && years.contains(before) ? before : proposedYear(choices));
                        List<ReportKind> available = new ArrayList<>();
                        for (ReportKind k : ReportKind.values()) {
                            if (!k.villageOnly() || unit.ref().isVillage()) {
                                available.add(k);
                            }
                        }
                        kinds.setAll(available);
                        if (!available.contains(kind.get())) {
                            kind.set(ReportKind.SUMMARY);
                        }
                    } finally {
                        adjusting = false;
                    }
                    build();
                })
                .onError(e -> {
                    if (mine == generation) {
                        busy.set(false);
                        error.set(ErrorTexts.describe(e, messages));
                    }
                }));
    }

    private record UnitChoices(List<ReportUnit> children, List<Integer> years, List<Integer> reviewYears) {
    }

    /** The latest year with a review round (its rates mean something), else the latest year with any figures. */
    private static Integer proposedYear(UnitChoices choices) {
        if (!choices.reviewYears().isEmpty()) {
            return choices.reviewYears().get(choices.reviewYears().size() - 1);
        }
        return choices.years().isEmpty() ? null : choices.years().get(choices.years().size() - 1);
    }

    private void buildUnlessAdjusting() {
        if (!adjusting && !path.isEmpty()) {
            build();
        }
    }

    /** Builds the chosen report in the background, cancelling a build still running. */
    public void build() {
        cancelBuild();
        long mine = ++generation;
        if (path.isEmpty() || year.get() == null || kind.get() == null) {
            report.set(null);
            busy.set(false);
            status.set(path.isEmpty() ? "" : messages.get("reportui.no-years", unit().name()));
            return;
        }
        ReportRequest request = ReportRequest.of(kind.get(), unit().ref(), year.get());
        busy.set(true);
        progress.set(-1);
        error.set("");
        status.set(messages.get("reportui.building"));
        building = tasks.run(BackgroundTask.of(p -> reports.build(request, messages, p))
                .onProgress(f -> {
                    if (mine == generation) {
                        progress.set(f);
                    }
                })
                .onSuccess(built -> {
                    if (mine != generation) {
                        return;
                    }
                    text.set(built.text());
                    report.set(built);
                    status.set("");
                })
                .onError(e -> {
                    if (mine != generation) {
                        return;
                    }
                    report.set(null);
                    if (e instanceof CancelledException) {
                        status.set(messages.get("reportui.cancelled"));
                    } else {
                        status.set("");
                        error.set(ErrorTexts.describe(e, messages));
                    }
                })
                .andFinally(() -> {
                    if (mine == generation) {
                        busy.set(false);
                    }
                }));
    }

    /** Stops the build running, if any; the screen then shows no report. */
    public void cancel() {
        if (building != null && busy.get()) {
            building.cancel();
        }
    }

    private void cancelBuild() {
        if (building != null) {
            building.cancel();
            building = null;
        }
    }

    /** The report as it is exported and printed: the movement report with the text as the person edited it. */
    public Optional<Report> toExport() {
        Report shown = report.get();
        if (shown == null) {
            return Optional.empty();
        }
        return Optional.of(shown.kind() == ReportKind.MOVEMENT_REPORT ? shown.withText(text.get()) : shown);
    }

    /** A file name for the report: kind, unit code (with the village's name for a village) and year. */
    public String defaultFileName(ExportFormat format) {
        Report shown = report.get();
        if (shown == null) {
            return "bao-cao." + format.extension();
        }
        UnitRef ref = shown.unit().ref();
        String unitPart = ref.isVillage() ? ref.unitCode() + "-" + FileNames.slug(shown.unit().name())
                : ref.unitCode();
        return shown.kind().cliName() + "-" + unitPart + "-" + shown.year() + "." + format.extension();
    }

    /** Saves the report (as edited) to the file, in the background; {@code done} hears the outcome on success. */
    public void export(Path file, Runnable done) {
        Optional<Report> out = toExport();
        if (out.isEmpty()) {
            return;
        }
        ReportExports exports = new ReportExports(messages);
        busy.set(true);
        progress.set(-1);
        error.set("");
        status.set(messages.get("reportui.exporting"));
        tasks.run(BackgroundTask.of(p -> {
            exports.write(List.of(out.get()), file);
            return file;
        }).onSuccess(saved -> {
            status.set(messages.get("reportui.saved", saved.toString()));
            done.run();
        }).onError(e -> {
            status.set("");
            error.set(ErrorTexts.describe(e, messages));
        }).andFinally(() -> busy.set(false)));
    }

    /** Tells the person a chart file was saved, or why not. */
    public void chartSaved(Path file, Throwable failure) {
        if (failure == null) {
            error.set("");
            status.set(messages.get("reportui.saved", file.toString()));
        } else {
            error.set(ErrorTexts.describe(failure, messages));
        }
    }

    public ReportUnit unit() {
        return path.get(path.size() - 1);
    }

    public ObservableList<ReportUnit> path() {
        return path;
    }

    public ObservableList<ReportUnit> children() {
        return children;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<ReportKind> kinds() {
        return kinds;
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report;
    }

    /** The movement report's text, editable. */
    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The build's progress, 0 to 1, or -1 while unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public Messages messages() {
        return messages;
    }
}
