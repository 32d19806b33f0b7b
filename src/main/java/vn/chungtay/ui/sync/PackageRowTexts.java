package vn.chungtay.ui.sync;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.sync.ImportReport;
import vn.chungtay.app.sync.Manifest;
import vn.chungtay.app.sync.SyncService.Sender;
import vn.chungtay.domain.sync.ImportCounts;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.ui.sync.PackageRow.State;

/**
 * How a row of the import list reads (file, sender, scope, status, counts, a gap in the sender's series) and the
 * summary of an import, in the person's language. Units are named from the tree once it is loaded (codes before).
 */
final class PackageRowTexts {

    private final Messages messages;
    private final Supplier<UnitTree> tree;

    PackageRowTexts(Messages messages, Supplier<UnitTree> tree) {
        this.messages = messages;
        this.tree = tree;
    }

    /** The file, and under it the package's number and rows once it is checked. */
    String fileText(PackageRow row) {
        if (row.inspection() == null) {
            return row.fileName();
        }
        return row.fileName() + "\n" + messages.get("sync.ui.import.package-line",
                row.inspection().manifest().packageNo(), SyncWords.count(row.rows(), messages));
    }

    /** The sender's name, and under it its unit ("Xã Đắk Pxi (23425)"); "" before the package is checked. */
    String senderText(PackageRow row) {
        if (row.inspection() == null) {
            return "";
        }
        Manifest m = row.inspection().manifest();
        String name = row.inspection().sender() == Sender.THIS_INSTALLATION
                ? messages.get("sync.ui.import.sender.self", m.sourceName()) : m.sourceName();
        return name + "\n" + SyncWords.unit(m.sourceUnit(), tree.get());
    }

    /** The communes the package covers by name, and under it whether it is full or the changes since the last. */
    String scopeText(PackageRow row) {
        if (row.inspection() == null) {
            return "";
        }
        Manifest m = row.inspection().manifest();
        UnitTree units = tree.get();
        String communes = m.scope().stream().map(c -> SyncWords.unit(c, units)).collect(Collectors.joining(", "));
        return communes + "\n" + messages.get(m.full() ? "sync.ui.import.scope.full" : "sync.ui.import.scope.changes");
    }

    String statusText(PackageRow row) {
        return switch (row.state()) {
            case CHECKING -> messages.get("sync.ui.import.state.checking");
            case READY -> messages.get(row.inspection().sender() == Sender.UNKNOWN
                    ? "sync.ui.import.state.ready-new-sender" : "sync.ui.import.state.ready");
            case INVALID -> messages.get("sync.ui.import.state.invalid");
            case IMPORTED -> messages.get("sync.ui.import.state.imported");
            case ALREADY_IMPORTED -> messages.get("sync.ui.import.state.already");
            case REJECTED -> messages.get("sync.ui.import.state.rejected");
            case NOT_TRUSTED -> messages.get("sync.ui.import.state.not-trusted");
            case CANCELLED -> messages.get("sync.ui.import.state.cancelled");
            case FAILED -> messages.get("sync.ui.import.state.failed");
        };
    }

    /** A count column's text: blank until the package was imported. */
    String countText(PackageRow row, int count) {
        return row.state() == State.IMPORTED || row.state() == State.ALREADY_IMPORTED
                ? SyncWords.count(count, messages) : "";
    }

    /** "Thiếu gói số 14 của ChungTay — Xã A (23425)", or a range of numbers. */
    String gapText(PackageRow row, ImportReport.Gap gap) {
        if (gap == null) {
            return "";
        }
        Manifest m = row.inspection().manifest();
        String sender = m.sourceName() + " — " + SyncWords.unit(m.sourceUnit(), tree.get());
        return gap.fromPackageNo() >= gap.toPackageNo()
                ? messages.get("sync.ui.import.gap.one", gap.fromPackageNo(), sender)
                : messages.get("sync.ui.import.gap.range", gap.fromPackageNo(), gap.toPackageNo(), sender);
    }

    /**
     * "Đã nhập 3 gói: 120 bản ghi mới, 4 cập nhật, 2 xung đột mới. 1 gói đã được nhập trước đây. 1 gói bị từ chối.
     * 1 gói chưa nhập."
     */
    String summaryOf(List<PackageRow> outcomes) {
        ImportCounts total = ImportCounts.NONE;
        int imported = 0;
        int before = 0;
        int refused = 0;
        int left = 0;
        for (PackageRow r : outcomes) {
            switch (r.state()) {
                case IMPORTED -> {
                    imported++;
                    total = total.plus(r.counts());
                }
                case ALREADY_IMPORTED -> before++;
                case REJECTED, FAILED -> refused++;
                default -> left++;
            }
        }
        StringBuilder out = new StringBuilder(messages.get("sync.ui.import.summary", imported,
                SyncWords.count(total.added(), messages), SyncWords.count(total.updated(), messages),
                SyncWords.count(total.conflicts(), messages)));
        if (before > 0) {
            out.append(' ').append(messages.get("sync.ui.import.summary.before", before));
        }
        if (refused > 0) {
            out.append(' ').append(messages.get("sync.ui.import.summary.refused", refused));
        }
        if (left > 0) {
            out.append(' ').append(messages.get("sync.ui.import.summary.left", left));
        }
        return out.toString();
    }
}
