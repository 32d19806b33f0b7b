package vn.chungtay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.chungtay.app.bench.BenchListener;
import vn.chungtay.app.bench.BenchService;
import vn.chungtay.app.bench.BenchService.BenchRun;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.work.Progress;

/**
 * {@code bench [--households N] [--out FILE] [--work DIR]}: builds a province in a folder of its own and prints each
 * figure of DESIGN.md's budget table beside its raw baseline. It never touches the database of {@code --db}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    ChungTayCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--households", paramLabel = "N", defaultValue = "130000", descriptionKey = "bench-households")
    int households;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "seed")
    long seed;

    @Option(names = "--communes", paramLabel = "K", defaultValue = "0", descriptionKey = "bench-communes")
    int communes;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "bench-out")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", descriptionKey = "bench-work")
    Path work;

    @Option(names = "--reuse", descriptionKey = "bench-reuse")
    boolean reuse;

    @Override
    public Integer call() throws IOException {
        Messages m = root.messages();
        if (households < 1 || households > DemoCommand.MAX_HOUSEHOLDS) {
            throw new ParameterException(spec.commandLine(), m.get("cli.error.households-range",
                    DemoCommand.MAX_HOUSEHOLDS));
        }
        if (reuse && (work == null || !Files.isRegularFile(work.resolve("province").resolve("chungtay.mv.db")))) {
            throw new ParameterException(spec.commandLine(), m.get("cli.bench.reuse-missing"));
        }
        if (work != null && Files.isDirectory(work) && !reuse) {
            try (Stream<Path> entries = Files.list(work)) {
                if (entries.findAny().isPresent()) {
                    throw new ParameterException(spec.commandLine(), m.get("cli.bench.work-not-empty", work));
                }
            }
        }
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("chungtay-bench-");
        PrintWriter err = spec.commandLine().getErr();
        BenchRun run;
        try {
            BenchService bench = new BenchService(java.time.Clock.systemDefaultZone());
            run = reuse ? bench.rerun(communes, folder, BenchService.standardFigures(), listener(err, m))
                    : bench.run(households, seed, communes, folder, BenchService.standardFigures(), listener(err, m));
        } finally {
            if (work == null) {
                deleteTree(folder);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        BenchTable.print(run, m, w);
        w.flush();
        if (out != null) {
            BenchTable.write(run, m, out);
            err.println(m.get("cli.bench.written", out));
            err.flush();
        }
        return ExitCode.DONE;
    }

    private static BenchListener listener(PrintWriter err, Messages m) {
        TerminalProgress progress = new TerminalProgress(err, m);
        return new BenchListener() {
            private TerminalProgress current = progress;

            @Override
            public void step(String key, Object... args) {
                err.println(BenchTable.stepText(key, args, m));
                err.flush();
                current = new TerminalProgress(err, m);
            }

            @Override
            public void rows(java.util.List<vn.chungtay.app.bench.BenchRow> rows) {
                BenchTable.printRows(rows, m, err);
                err.flush();
            }

            @Override
            public Progress progress() {
                return current;
            }
        };
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
