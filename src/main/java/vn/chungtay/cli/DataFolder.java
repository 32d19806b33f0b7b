package vn.chungtay.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's data folder, where the default database lives: never the installation folder, so that an upgrade or a
 * reinstall keeps the data. Windows: %APPDATA%\ChungTay; macOS: ~/Library/Application Support/ChungTay; elsewhere
 * $XDG_DATA_HOME/chungtay or ~/.local/share/chungtay.
 */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "ChungTay");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "ChungTay");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "chungtay") : Path.of(home, ".local", "share", "chungtay");
    }
}
