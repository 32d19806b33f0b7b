package vn.chungtay.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class in a fresh JVM with this JVM's java and class path and the installed program's options
 * ({@link InstalledJvmOptions}: heap bound and collector), and returns what it printed. This JVM's own options
 * (agents, debugging, its heap) are not passed on.
 */
final class ChildJvm {

    /** What the child printed on standard output, and its standard error when it failed. */
    record Result(int exitCode, String out, String err) {
    }

    private ChildJvm() {
    }

    static Result run(Class<?> main, Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(InstalledJvmOptions.read());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "child", ".out");
        Path err = Files.createTempFile(folder, "child", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        int code = process.waitFor();
        return new Result(code, Files.readString(out, StandardCharsets.UTF_8).strip(),
                Files.readString(err, StandardCharsets.UTF_8).strip());
    }
}
