package vn.chungtay.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.demo.DemoService;
import vn.chungtay.app.demo.DemoService.DemoResult;
import vn.chungtay.app.i18n.Messages;

/** {@code demo --households N [--seed S]}: a realistic demo province in an empty database. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    /** Above this a single laptop database stops being the right tool (DESIGN.md). */
    static final int MAX_HOUSEHOLDS = 1_000_000;

    @ParentCommand
    ChungTayCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--households", paramLabel = "N", required = true, descriptionKey = "households")
    int households;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "seed")
    long seed;

    @Override
    public Integer call() {
        Messages m = root.messages();
        if (households < 1 || households > MAX_HOUSEHOLDS) {
            throw new ParameterException(spec.commandLine(), m.get("cli.error.households-range", MAX_HOUSEHOLDS));
        }
        PrintWriter err = spec.commandLine().getErr();
        DemoResult result;
        AppServices services = root.openServices();
        try {
            result = services.demo().generate(households, seed, new TerminalProgress(err, m));
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        services.closeCompacting();
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("cli.demo.done", result.households(), result.members(), result.communes(),
                result.villages(), root.location().describe()));
        out.println(m.get("cli.demo.reviews", result.rounds(), result.reviews(),
                String.valueOf(DemoService.FIRST_REVIEW_YEAR), String.valueOf(DemoService.LAST_REVIEW_YEAR)));
        out.println(m.get("cli.demo.supports", result.supports()));
        out.flush();
        return ExitCode.DONE;
    }
}
