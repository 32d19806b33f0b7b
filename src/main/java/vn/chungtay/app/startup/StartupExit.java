package vn.chungtay.app.startup;

/**
 * When the desktop program should leave on its own, for timing its start (installer/cold-start.sh): never (a
 * person's session), as soon as its window shows, or once the database is open and the first screen is in it. The
 * program then prints the milliseconds since its process started ({@code shown N}, {@code ready N}) and exits.
 */
public enum StartupExit {
    NEVER, SHOWN, READY
}
