package vn.chungtay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.sync.SyncService.ExportResult;

/** {@code export --commune CODE --out FILE [--full]}: a sync package of a commune's changes (or all its records). */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    ChungTayCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--commune", paramLabel = "CODE", required = true, descriptionKey = "commune")
    String commune;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "out")
    Path out;

    @Option(names = "--full", descriptionKey = "full")
    boolean full;

    @Override
    public Integer call() {
        Messages m = root.messages();
        if (!commune.matches("\\d{5}")) {
            throw new ParameterException(spec.commandLine(), m.get("cli.error.commune-code", commune));
        }
        ExportResult result;
        try (AppServices services = root.openServices()) {
            result = services.sync().export(CliActor.forCommune(services, commune), Set.of(commune), full, out,
                    new TerminalProgress(spec.commandLine().getErr(), m));
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(m.get("cli.export.done", out.toString(), result.manifest().packageNo(), result.rows(),
                result.bytes() / 1024, result.manifest().full() ? m.get("cli.export.full") : m.get("cli.export.changes")));
        w.flush();
        return ExitCode.DONE;
    }
}
