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
        // On a terminal one line counts up in place; into a file or pipe, a line every tenth keeps logs readable.
        boolean terminal = System.console() != null;
        long step = terminal ? 1 : 10;
        if (percent / step != lastPercent / step || lastPercent < 0) {
            lastPercent = percent;
            err.print((terminal ? "\r" : "") + messages.get("cli.progress", percent) + (terminal ? "" : "\n"));
            if (terminal && percent >= 100) {
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
