package vn.chungtay.app.sync;

import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.i18n.Messages;

/** The sentences the GUI and the command line print for import reports, in the reader's language. */
public final class SyncTexts {

    private SyncTexts() {
    }

    /** Why a package was rejected, with the entry, line and field where a row is at fault. */
    public static String reason(ImportReport report, Messages m) {
        return reason(report.reasonKey(), report.reasonArgs(), m);
    }

    public static String reason(String key, List<Object> args, Messages m) {
        if (key == null) {
            return "";
        }
        if (key.equals("sync.reject.line") && args.size() >= 4) {
            return m.get(key, args.get(0), args.get(1), args.get(2)) + " " + m.get(String.valueOf(args.get(3)));
        }
        if (key.equals("sync.reject.row") && args.size() >= 5) {
            Object[] inner = args.get(4) instanceof List<?> list ? list.toArray() : new Object[0];
            return m.get(key, args.get(0), args.get(1), args.get(2)) + " " + m.get(String.valueOf(args.get(3)), inner);
        }
        return m.get(key, args.toArray());
    }

    /** One line per report: what happened to the package. */
    public static List<String> summary(ImportReport r, Messages m) {
        List<String> out = new ArrayList<>();
        String name = r.file().getFileName().toString();
        switch (r.status()) {
            case IMPORTED -> out.add(m.get("sync.report.imported", name, r.senderName(), r.packageNo(),
                    r.counts().added(), r.counts().updated(), r.counts().unchanged(), r.counts().conflicts()));
            case ALREADY_IMPORTED -> out.add(m.get("sync.report.already", name, r.senderName(), r.packageNo()));
            case REJECTED -> out.add(m.get("sync.report.rejected", name, reason(r, m)));
        }
        if (r.gap() != null) {
            out.add(m.get("sync.report.gap", r.senderName(), r.gap().fromPackageNo(), r.gap().toPackageNo(),
                    r.gap().fromSeq(), r.gap().toSeq()));
        }
        return out;
    }
}
