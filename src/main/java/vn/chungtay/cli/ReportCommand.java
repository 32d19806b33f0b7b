package vn.chungtay.cli;

import java.io.IOException;
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
import vn.chungtay.app.report.Report;
import vn.chungtay.app.report.ReportKind;
import vn.chungtay.app.report.ReportRequest;
import vn.chungtay.app.report.ReportUnit;
import vn.chungtay.app.report.UnitRef;
import vn.chungtay.app.report.export.ExportFormat;
import vn.chungtay.app.report.export.ReportExports;
import vn.chungtay.domain.validation.ValidationException;

/**
 * {@code report NAME --year Y [--unit CODE] --out FILE}: one report of a unit (the province when none is given) for a
 * review year, saved as PDF, XLSX or CSV by the file's extension. An unknown report, unit, year or extension is a
 * usage error (exit 2) named in one line; nothing is written then.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    ChungTayCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "report-name")
    String name;

    @Option(names = "--year", paramLabel = "Y", required = true, descriptionKey = "report-year")
    int year;

    @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "report-unit")
    String unit;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "report-out")
    Path out;

    @Override
    public Integer call() throws IOException {
        Messages m = root.messages();
        ReportKind kind = ReportKind.byCliName(name)
                .orElseThrow(() -> usage(m.get("cli.report.unknown-name", name, ReportKind.cliNames())));
        if (ExportFormat.of(out).isEmpty()) {
            throw usage(m.get("cli.report.unknown-format", out.toString()));
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw usage(m.get("cli.report.no-folder", String.valueOf(folder)));
        }
        Report report;
        try (AppServices services = root.openServices()) {
            UnitRef ref = unitRef(services, m);
            try {
                report = services.reports().build(ReportRequest.of(kind, ref, year), m,
                        new TerminalProgress(spec.commandLine().getErr(), m));
            } catch (ValidationException e) {
                // A year without figures (the message names the years there are), or a posting list of no village.
                throw usage(m.get(e.violations().get(0)));
            }
            new ReportExports(m).write(List.of(report), out);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(m.get("cli.report.done", report.title(), report.subtitle(), out.toString()));
        w.flush();
        return ExitCode.DONE;
    }

    /** The unit of {@code --unit}, or the one unit at the top of the register. */
    private UnitRef unitRef(AppServices services, Messages m) {
        try {
            if (unit != null) {
                return services.reports().parseUnit(unit);
            }
        } catch (ValidationException e) {
            throw usage(m.get(e.violations().get(0)));
        }
        List<ReportUnit> roots = services.reports().roots();
        if (roots.size() != 1) {
            throw usage(m.get("cli.report.unit-required"));
        }
        return roots.get(0).ref();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
