package vn.chungtay.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Java options of the installed program, read from {@code jvm-options.txt} on the class path (the file
 * installer/build.sh gives to jpackage), so that bench runs its import processes as users run the program.
 */
final class InstalledJvmOptions {

    static final String RESOURCE = "/jvm-options.txt";

    private InstalledJvmOptions() {
    }

    static List<String> read() {
        try (InputStream in = InstalledJvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
