package vn.chungtay.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * Where the database lives: a folder holding an embedded H2 file (the default, in the user's data folder), an
 * explicit JDBC URL (a consolidation server), or a private in-memory database for tests.
 */
public record DbLocation(String jdbcUrl, Path folder) {

    /** The base name of the H2 files inside a database folder ({@code chungtay.mv.db}). */
    public static final String FILE_NAME = "chungtay";

    public DbLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /** An H2 file database inside the folder. */
    public static DbLocation folder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return new DbLocation("jdbc:h2:file:" + absolute.resolve(FILE_NAME), absolute);
    }

    /** A folder, or a JDBC URL when the argument starts with {@code jdbc:} (as {@code --db} accepts both). */
    public static DbLocation parse(String argument) {
        if (argument.startsWith("jdbc:")) {
            return new DbLocation(argument, null);
        }
        return folder(Path.of(argument));
    }

    /** A fresh, private in-memory database that lives until it is closed. */
    public static DbLocation inMemory() {
        return new DbLocation("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null);
    }

    /** What to show a person: the folder, or the URL without any password parameter. */
    public String describe() {
        return folder != null ? folder.toString() : jdbcUrl.replaceAll("(?i)password=[^;&]*", "password=***");
    }
}
