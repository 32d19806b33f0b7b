package vn.chungtay.ui.sync;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.sync.SyncTypes;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitTree;

/**
 * The words the sync screens use for what packages carry: record types and package entries by name instead of
 * {@code households.jsonl}, sizes in KB or MB, moments as "15/03/2025 10:00" in the machine's time zone, and units by
 * name with their code when this installation knows them.
 */
final class SyncWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final long MB = 1024L * 1024L;

    private SyncWords() {
    }

    /** A record type of the sync format ({@code household}, {@code supportKind} …) in words. */
    static String typeName(String type, Messages m) {
        return switch (type) {
            case "household" -> m.get("sync.ui.type.household");
            case "member" -> m.get("sync.ui.type.member");
            case "review" -> m.get("sync.ui.type.review");
            case "support" -> m.get("sync.ui.type.support");
            case "round" -> m.get("sync.ui.type.round");
            case "unit" -> m.get("sync.ui.type.unit");
            case "village" -> m.get("sync.ui.type.village");
            case "standard" -> m.get("sync.ui.type.standard");
            case "programme" -> m.get("sync.ui.type.programme");
            case "supportKind" -> m.get("sync.ui.type.kind");
            default -> type;
        };
    }

    /** A package entry ({@code households.jsonl}) as the record type it holds. */
    static String entryName(String entry, Messages m) {
        return SyncTypes.byEntry(entry).map(t -> typeName(t.type(), m)).orElse(entry);
    }

    /** "756 KB", "1,2 MB": whole kilobytes below a megabyte (at least 1), one decimal above. */
    static String size(long bytes, Messages m) {
        if (bytes < MB) {
            return m.get("sync.ui.size.kb", NumberFormat.getIntegerInstance(m.locale())
                    .format(Math.max(1, Math.round(bytes / 1024.0))));
        }
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(m.locale());
        oneDecimal.setMaximumFractionDigits(1);
        oneDecimal.setMinimumFractionDigits(1);
        return m.get("sync.ui.size.mb", oneDecimal.format(bytes / (double) MB));
    }

    /** A count with the reader's grouping: 12.914 in Vietnamese. */
    static String count(long n, Messages m) {
        return NumberFormat.getIntegerInstance(m.locale()).format(n);
    }

    static String time(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    /** A moment as a package line writes it (ISO-8601); the text itself when it is not one. */
    static String time(String isoInstant) {
        try {
            return time(Instant.parse(isoInstant));
        } catch (DateTimeParseException | NullPointerException e) {
            return isoInstant == null ? "" : isoInstant;
        }
    }

    /** "Xã Đắk Pxi (23425)" when the unit is known here, else its code alone. */
    static String unit(String code, UnitTree tree) {
        Optional<AdminUnit> unit = tree == null || code == null ? Optional.empty() : tree.find(code);
        return unit.map(u -> u.name() + " (" + u.code() + ")").orElse(code == null ? "" : code);
    }
}
