package vn.chungtay.ui.sync;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.identity.IdentityService;
import vn.chungtay.app.sync.Manifest;
import vn.chungtay.app.sync.Signatures;
import vn.chungtay.app.sync.SyncFormat;
import vn.chungtay.app.sync.SyncService;
import vn.chungtay.app.sync.SyncService.ExportResult;
import vn.chungtay.app.synclog.ExportHistoryService;
import vn.chungtay.app.synclog.ExportHistoryService.ExportHistory;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.sync.PackageLogEntry;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.RunningTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * Exporting a package for the office above (or, for a clerk, back down to a commune): the commune (an officer's own;
 * a clerk chooses among the communes under their unit), changes since the last package or everything, what was sent
 * before, a file name with the package number, the export itself with progress and cancel, and what was written.
 */
public final class ExportViewModel {

    /** What goes into the package. */
    public enum Mode { CHANGES, FULL }

    /** One entry of a written package: the record type in words and its rows. */
    public record EntryLine(String name, long rows) {
    }

    /** What an export wrote, as the summary shows it. */
    public record Summary(Path file, int packageNo, boolean full, List<EntryLine> entries, long rows, long bytes) {
    }

    private final SyncService sync;
    private final ExportHistoryService history;
    private final IdentityService identity;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Actor actor;
    private final LocalDate today;

    private final ObservableList<AdminUnit> communes = FXCollections.observableArrayList();
    private final ObjectProperty<AdminUnit> commune = new SimpleObjectProperty<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CHANGES);
    private final StringProperty historyText = new SimpleStringProperty("");
    private final StringProperty ownKey = new SimpleStringProperty("");
    private final StringProperty ownFingerprint = new SimpleStringProperty("");
    private final IntegerProperty nextPackageNo = new SimpleIntegerProperty();
    private final BooleanProperty loadingHistory = new SimpleBooleanProperty();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Summary> summary = new SimpleObjectProperty<>();
    private final BooleanBinding canExport;

    private Path lastFolder;
    private RunningTask running;
    private long generation;

    public ExportViewModel(SyncService sync, ExportHistoryService history, IdentityService identity, UnitService units,
                           TaskRunner tasks, Messages messages, Actor actor, LocalDate today) {
        this.sync = sync;
        this.history = history;
        this.identity = identity;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.today = today;
        commune.addListener((obs, old, now) -> loadHistory());
        canExport = Bindings.createBooleanBinding(() -> commune.get() != null && !exporting.get()
                && !loadingHistory.get(), commune, exporting, loadingHistory);
    }

    /**
     * Loads this installation's key (the receiver compares it before trusting a first package) and the communes the
     * actor covers; an officer's own commune is chosen, a clerk chooses.
     */
    public void load() {
        tasks.run(BackgroundTask.of(p -> identity.localInstallation()).onSuccess(local -> {
            ownKey.set(messages.get("sync.ui.export.own-key", local.name()));
            ownFingerprint.set(Signatures.fingerprint(local.publicKey()));
        }));
        tasks.run(BackgroundTask.of(p -> {
            UnitTree tree = units.tree();
            return tree.communesUnder(actor.unitCode()).stream().map(tree::find).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(AdminUnit::code)).toList();
        }).onSuccess(covered -> {
            error.set("");
            AdminUnit keep = commune.get();
            communes.setAll(covered);
            AdminUnit own = covered.stream().filter(u -> u.code().equals(actor.unitCode())).findFirst()
                    .orElse(covered.size() == 1 ? covered.get(0) : null);
            commune.set(keep != null && covered.contains(keep) ? keep : own);
            if (commune.get() == keep) {
                loadHistory();
            }
        }).onError(e -> error.set(ErrorTexts.describe(e, messages))));
    }

    /** What was sent for the chosen commune before, and the number the next package gets. */
    private void loadHistory() {
        long mine = ++generation;
        AdminUnit chosen = commune.get();
        if (chosen == null) {
            historyText.set(messages.get("sync.ui.export.choose-commune"));
            nextPackageNo.set(0);
            return;
        }
        loadingHistory.set(true);
        tasks.run(BackgroundTask.of(p -> history.history(Set.of(chosen.code()))).onSuccess(h -> {
            if (mine == generation) {
                nextPackageNo.set(h.nextPackageNo());
                historyText.set(historyText(chosen, h));
            }
        }).onError(e -> {
            if (mine == generation) {
                error.set(ErrorTexts.describe(e, messages));
            }
        }).andFinally(() -> {
            if (mine == generation) {
                loadingHistory.set(false);
            }
        }));
    }

    private String historyText(AdminUnit chosen, ExportHistory h) {
        if (h.last().isEmpty()) {
            return messages.get("sync.ui.export.history.none", chosen.name());
        }
        PackageLogEntry last = h.last().get();
        return messages.get("sync.ui.export.history.last", chosen.name(), last.packageNo(),
                SyncWords.time(last.at()), messages.get(last.full() ? "sync.ui.export.kind.full"
                        : "sync.ui.export.kind.changes"), h.nextPackageNo());
    }

    /** "ChungTay-23425-2025-03-15-4.ctsync": the commune, today and the package number, so files sort by date. */
    public String suggestedFileName() {
        AdminUnit chosen = commune.get();
        String code = chosen == null ? "" : chosen.code();
        return "ChungTay-" + code + "-" + today + "-" + Math.max(1, nextPackageNo.get()) + SyncFormat.EXTENSION;
    }

    /** The folder the last package was saved in this session, where the next one is proposed. */
    public Path lastFolder() {
        return lastFolder;
    }

    /** Writes the package to {@code out} (the extension added when missing) in the background. */
    public void export(Path out) {
        AdminUnit chosen = commune.get();
        if (chosen == null || exporting.get()) {
            return;
        }
        Path target = out.getFileName().toString().endsWith(SyncFormat.EXTENSION) ? out
                : out.resolveSibling(out.getFileName() + SyncFormat.EXTENSION);
        boolean full = mode.get() == Mode.FULL;
        error.set("");
        summary.set(null);
        progress.set(0);
        exporting.set(true);
        running = tasks.run(BackgroundTask.of(p -> sync.export(actor, Set.of(chosen.code()), full, target, p))
                .onProgress(progress::set)
                .onSuccess(result -> {
                    lastFolder = target.toAbsolutePath().getParent();
                    summary.set(summaryOf(result));
                    loadHistory();
                })
                .onError(e -> error.set(e instanceof UncheckedIOException io
                        ? messages.get("sync.ui.export.write-failed", target.toString(),
                        String.valueOf(io.getCause().getMessage()))
                        : ErrorTexts.describe(e, messages)))
                .andFinally(() -> {
                    exporting.set(false);
                    running = null;
                }));
    }

    private Summary summaryOf(ExportResult result) {
        Manifest m = result.manifest();
        List<EntryLine> entries = m.entries().stream().filter(e -> e.rows() > 0)
                .map(e -> new EntryLine(SyncWords.entryName(e.name(), messages), e.rows())).toList();
        return new Summary(result.file(), m.packageNo(), m.full(), entries, result.rows(), result.bytes());
    }

    /** Asks a running export to stop; nothing is written and the package number is not used. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** "Gói số 4 (các thay đổi từ gói trước): 1.234 bản ghi, 756 KB." */
    public String summaryText(Summary s) {
        return messages.get("sync.ui.export.done", s.packageNo(),
                messages.get(s.full() ? "sync.ui.export.kind.full" : "sync.ui.export.kind.changes"),
                SyncWords.count(s.rows(), messages), SyncWords.size(s.bytes(), messages));
    }

    public String countText(long rows) {
        return SyncWords.count(rows, messages);
    }

    public ObservableList<AdminUnit> communes() {
        return communes;
    }

    public ObjectProperty<AdminUnit> communeProperty() {
        return commune;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** What was sent for the chosen commune before, and what this package will be. */
    public StringProperty historyTextProperty() {
        return historyText;
    }

    /** "Máy này: ChungTay · mã khóa": who this installation says it is in its packages. */
    public StringProperty ownKeyProperty() {
        return ownKey;
    }

    /** This installation's key fingerprint, which a receiver compares before trusting its first package. */
    public StringProperty ownFingerprintProperty() {
        return ownFingerprint;
    }

    public IntegerProperty nextPackageNoProperty() {
        return nextPackageNo;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** The finished fraction of the running export, 0–1. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What the last export wrote; {@code null} before one, during one and after a failed one. */
    public ObjectProperty<Summary> summaryProperty() {
        return summary;
    }
}
