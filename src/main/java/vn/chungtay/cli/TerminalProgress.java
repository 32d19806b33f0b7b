package vn.chungtay.cli;

import java.io.PrintWriter;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.work.Progress;

/** Progress of slow commands as one updating line on the error stream, at most every whole percent. */
final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private final Messages messages;
    private long lastPercent = -1;

    TerminalProgress(PrintWriter err, Messages messages) {
        this.err = err;
        this.messages = messages;
    }

    @Override
    public void update(long done, long total) {
        long percent = total <= 0 ? 100 : done * 100 / total;
        if (percent != lastPercent) {
            lastPercent = percent;
            err.print("\r" + messages.get("cli.progress", percent));
            if (percent >= 100) {
                err.println();
            }
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
