package vn.chungtay.cli;

/** Exit codes of the command line (DESIGN.md, "Command line"). */
public final class ExitCode {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REJECTED = 3;
    public static final int CONFLICTS = 4;

    private ExitCode() {
    }
}
