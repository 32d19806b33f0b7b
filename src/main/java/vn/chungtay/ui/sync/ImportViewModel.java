package vn.chungtay.ui.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.sync.ImportReport;
import vn.chungtay.app.sync.Manifest;
import vn.chungtay.app.sync.PackageRejectedException;
import vn.chungtay.app.sync.SyncFormat;
import vn.chungtay.app.sync.SyncService;
import vn.chungtay.app.sync.SyncService.Inspection;
import vn.chungtay.app.sync.SyncService.Sender;
import vn.chungtay.app.sync.SyncTexts;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.app.work.CancelledException;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.sync.PackageRow.State;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.RunningTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * Importing packages: files are added (picked or dropped) and each is checked at once without touching the database;
 * a sender this installation does not know yet needs a person's confirmation of its key before its packages are
 * imported; then the ready packages are imported one after the other, each all or nothing, with one progress over
 * all of them and cancel; each row ends with what its import did.
 *
 * <p>Packages are imported one by one here rather than through {@code SyncService.importPackages}, because the trust a
 * person gives is per sender (one flag for the whole batch would trust a sender they refused), and a cancel half-way
 * must still show what the packages before it did.
 */
public final class ImportViewModel {

    /** A sender seen for the first time, with the packages of it in the list, waiting for a person's decision. */
    public record NewSender(UUID installation, String name, String unit, String fingerprint, List<String> files) {
    }

    private final SyncService sync;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final Runnable afterImport;

    private final ObservableList<PackageRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty conflictsWaiting = new SimpleBooleanProperty();
    private final BooleanBinding canImport;

    /** Senders a person decided on: true trusted, false refused. */
    private final Map<UUID, Boolean> decisions = new HashMap<>();
    private UnitTree tree;
    private final PackageRowTexts texts;
    private RunningTask running;

    /** {@code afterImport} runs on the JavaFX thread after each import (the conflict count changes). */
    public ImportViewModel(SyncService sync, UnitService units, TaskRunner tasks, Messages messages, Actor actor,
                           Runnable afterImport) {
        this.sync = sync;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.afterImport = afterImport;
        this.texts = new PackageRowTexts(messages, () -> tree);
        canImport = Bindings.createBooleanBinding(() -> !importing.get()
                && rows.stream().anyMatch(r -> r.state() == State.READY)
                && rows.stream().noneMatch(r -> r.state() == State.CHECKING), rows, importing);
    }

    /** Loads the unit names that sender units and scopes are shown with. */
    public void load() {
        tasks.run(BackgroundTask.of(p -> units.tree()).onSuccess(t -> {
            tree = t;
            // Rows already listed read better with names.
            rows.setAll(new ArrayList<>(rows));
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))));
    }

    /**
     * Adds package files to the list (a file already listed is not added twice) and checks each one in the
     * background. A file that is not a {@code .ctsync} package is listed as one that cannot be imported.
     */
    public void addFiles(Collection<Path> files) {
        if (importing.get()) {
            return;
        }
        Set<Path> listed = rows.stream().map(r -> r.file().toAbsolutePath().normalize()).collect(Collectors.toSet());
        summary.set("");
        for (Path file : files) {
            Path key = file.toAbsolutePath().normalize();
            if (!listed.add(key)) {
                continue;
            }
            if (!file.getFileName().toString().toLowerCase().endsWith(SyncFormat.EXTENSION)) {
                rows.add(new PackageRow(file, null, State.INVALID, null,
                        messages.get("sync.ui.import.not-package", file.getFileName().toString()), null));
                continue;
            }
            rows.add(PackageRow.checking(file));
            tasks.run(BackgroundTask.of(p -> sync.inspect(file))
                    .onSuccess(inspection -> replace(file, new PackageRow(file, inspection, State.READY, null, null,
                            null)))
                    .onError(e -> replace(file, new PackageRow(file, null, State.INVALID, null,
                            e instanceof PackageRejectedException rejected
                                    ? SyncTexts.reason(rejected.messageKey(), rejected.args(), messages)
                                    : ErrorTexts.describe(e, messages), null))));
        }
    }

    /** Puts a checked row in place of its "checking" row, unless the list was cleared meanwhile. */
    private void replace(Path file, PackageRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).file().equals(file) && rows.get(i).state() == State.CHECKING) {
                rows.set(i, row);
                return;
            }
        }
    }

    /** Empties the list (not while importing). */
    public void clear() {
        if (!importing.get()) {
            rows.clear();
            summary.set("");
            error.set("");
        }
    }

    /** Senders of ready packages that this installation does not know and the person has not decided on. */
    public List<NewSender> newSenders() {
        Map<UUID, NewSender> out = new LinkedHashMap<>();
        for (PackageRow r : rows) {
            if (r.state() != State.READY || r.inspection().sender() != Sender.UNKNOWN) {
                continue;
            }
            Manifest m = r.inspection().manifest();
            if (decisions.containsKey(m.sourceInstallation())) {
                continue;
            }
            NewSender known = out.get(m.sourceInstallation());
            List<String> files = new ArrayList<>(known == null ? List.of() : known.files());
            files.add(r.fileName());
            out.put(m.sourceInstallation(), new NewSender(m.sourceInstallation(), m.sourceName(),
                    SyncWords.unit(m.sourceUnit(), tree), m.fingerprint(), files));
        }
        return List.copyOf(out.values());
    }

    /** A person's answer for a new sender: trusted (its packages are imported) or not (they are left out). */
    public void decide(NewSender sender, boolean trusted) {
        decisions.put(sender.installation(), trusted);
    }

    /**
     * Imports the ready packages in list order. Packages of a new sender nobody confirmed are not imported; the
     * others are, each in its own transaction, so one refused package does not stop the rest.
     */
    public void importReady() {
        if (!canImport.get()) {
            return;
        }
        List<PackageRow> ready = rows.stream().filter(r -> r.state() == State.READY).toList();
        List<PackageRow> toImport = new ArrayList<>();
        List<PackageRow> leftOut = new ArrayList<>();
        for (PackageRow r : ready) {
            if (r.inspection().sender() == Sender.UNKNOWN
                    && !decisions.getOrDefault(r.inspection().manifest().sourceInstallation(), false)) {
                PackageRow refused = r.with(State.NOT_TRUSTED, null, messages.get("sync.ui.import.not-trusted",
                        r.inspection().manifest().sourceName(), r.inspection().manifest().fingerprint()), null);
                update(refused);
                leftOut.add(refused);
            } else {
                toImport.add(r);
            }
        }
        if (toImport.isEmpty()) {
            decisions.clear();
            summary.set(summaryOf(leftOut));
            return;
        }
        Set<UUID> trusted = new HashSet<>();
        decisions.forEach((id, yes) -> {
            if (yes) {
                trusted.add(id);
            }
        });
        // A decision holds for this import: a refused sender is asked about again when listed again (a trusted one
        // is known to the database from now on).
        decisions.clear();
        int n = toImport.size();
        error.set("");
        summary.set("");
        progress.set(0);
        progressText.set(messages.get("sync.ui.import.progress", 1, n));
        importing.set(true);
        running = tasks.run(BackgroundTask.of(p -> importAll(toImport, trusted, p))
                .onProgress(fraction -> {
                    progress.set(fraction);
                    progressText.set(messages.get("sync.ui.import.progress",
                            Math.min(n, (int) Math.floor(fraction * n) + 1), n));
                })
                .onSuccess(outcomes -> {
                    outcomes.forEach(this::update);
                    List<PackageRow> all = new ArrayList<>(leftOut);
                    all.addAll(outcomes);
                    summary.set(summaryOf(all));
                })
                .onError(e -> error.set(ErrorTexts.describe(e, messages)))
                .andFinally(() -> {
                    importing.set(false);
                    running = null;
                    progressText.set("");
                    load();
                    afterImport.run();
                }));
    }

    /** The background work: each package in turn, the progress of the one being imported counted inside its share. */
    private List<PackageRow> importAll(List<PackageRow> toImport, Set<UUID> trusted, Progress p) {
        int n = toImport.size();
        List<PackageRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PackageRow row = toImport.get(i);
            if (p.isCancelled()) {
                out.add(row.with(State.CANCELLED, null, messages.get("sync.ui.import.cancelled"), null));
                continue;
            }
            int index = i;
            Progress inside = new Progress() {
                @Override
                public void update(long done, long total) {
                    double share = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
                    p.update(Math.round((index + share) * 1000), n * 1000L);
                }

                @Override
                public boolean isCancelled() {
                    return p.isCancelled();
                }
            };
            boolean trust = trusted.contains(row.inspection().manifest().sourceInstallation());
            try {
                out.add(outcome(row, sync.importPackage(actor, row.file(), trust, inside)));
            } catch (CancelledException e) {
                out.add(row.with(State.CANCELLED, null, messages.get("sync.ui.import.cancelled"), null));
            } catch (RuntimeException e) {
                out.add(row.with(State.FAILED, null, ErrorTexts.describe(e, messages), null));
            }
            p.update((i + 1) * 1000L, n * 1000L);
        }
        return out;
    }

    private PackageRow outcome(PackageRow row, ImportReport report) {
        String note = report.status() == ImportReport.Status.REJECTED ? SyncTexts.reason(report, messages)
                : report.status() == ImportReport.Status.ALREADY_IMPORTED
                ? messages.get("sync.ui.import.already") : "";
        return row.with(PackageRow.stateOf(report.status()), report.counts(), note, texts.gapText(row, report.gap()));
    }

    private void update(PackageRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).file().equals(row.file())) {
                rows.set(i, row);
                return;
            }
        }
    }

    /** The summary of what the packages did; notes whether new conflicts wait for a person. */
    private String summaryOf(List<PackageRow> outcomes) {
        conflictsWaiting.set(outcomes.stream().filter(r -> r.state() == State.IMPORTED)
                .mapToInt(r -> r.counts().conflicts()).sum() > 0);
        return texts.summaryOf(outcomes);
    }

    /** Asks a running import to stop: the package being imported is rolled back, the rest are left. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    // ---- how a row reads --------------------------------------------------------------------------------------

    /** The file, and under it the package's number and rows once it is checked. */
    public String fileText(PackageRow row) {
        return texts.fileText(row);
    }

    /** The sender's name, and under it its unit; "" before the package is checked. */
    public String senderText(PackageRow row) {
        return texts.senderText(row);
    }

    /** The communes the package covers by name, and under it whether it is full or the changes since the last. */
    public String scopeText(PackageRow row) {
        return texts.scopeText(row);
    }

    public String statusText(PackageRow row) {
        return texts.statusText(row);
    }

    /** A count column's text: blank until the package was imported. */
    public String countText(PackageRow row, int count) {
        return texts.countText(row, count);
    }

    /** The sentences to read under the table: each package's reason or gap, named by its file. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        for (PackageRow r : rows) {
            if (!r.note().isEmpty() && r.state() != State.ALREADY_IMPORTED) {
                out.add(r.fileName() + ": " + r.note());
            }
            if (!r.gap().isEmpty()) {
                out.add(r.fileName() + ": " + r.gap());
            }
        }
        return out;
    }

    public ObservableList<PackageRow> rows() {
        return rows;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** "Đang nhập gói 3/10 …" while importing. */
    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** What the last import did altogether; "" before one. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** True when the last import left new conflicts for a person to resolve. */
    public BooleanProperty conflictsWaitingProperty() {
        return conflictsWaiting;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
