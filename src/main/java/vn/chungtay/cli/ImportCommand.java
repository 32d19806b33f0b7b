package vn.chungtay.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.sync.ImportReport;
import vn.chungtay.app.sync.SyncFormat;
import vn.chungtay.app.sync.SyncTexts;

/**
 * {@code import [--trust] FILE…}: imports sync packages, each all or nothing, with a report per package. Exit 3 when
 * any package was rejected, 4 when conflicts wait for a person afterwards, else 0.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    ChungTayCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--trust", descriptionKey = "trust")
    boolean trust;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files;

    @Override
    public Integer call() {
        Messages m = root.messages();
        for (Path file : files) {
            if (!file.getFileName().toString().endsWith(SyncFormat.EXTENSION)) {
                throw new ParameterException(spec.commandLine(), m.get("cli.import.kind", file.toString()));
            }
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), m.get("cli.import.missing", file.toString()));
            }
        }
        List<ImportReport> reports;
        int openConflicts;
        try (AppServices services = root.openServices()) {
            reports = services.sync().importPackages(CliActor.any(services), files, trust,
                    new TerminalProgress(spec.commandLine().getErr(), m));
            openConflicts = services.sync().allConflicts().size();
        }
        PrintWriter out = spec.commandLine().getOut();
        reports.forEach(r -> SyncTexts.summary(r, m).forEach(out::println));
        boolean rejected = reports.stream().anyMatch(r -> r.status() == ImportReport.Status.REJECTED);
        if (openConflicts > 0) {
            out.println(m.get("cli.import.conflicts", openConflicts));
        }
        out.flush();
        return rejected ? ExitCode.REJECTED : openConflicts > 0 ? ExitCode.CONFLICTS : ExitCode.DONE;
    }
}
