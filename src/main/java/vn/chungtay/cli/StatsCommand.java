package vn.chungtay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.stats.Stats;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.support.SupportTotal;

/** {@code stats [--commune CODE] [--json]}: record counts and the content digest. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    ChungTayCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--commune", paramLabel = "CODE", descriptionKey = "commune")
    String commune;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (commune != null && !commune.matches("\\d{5}")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    root.messages().get("cli.error.commune-code", commune));
        }
        Stats stats;
        try (AppServices services = root.openServices()) {
            stats = services.stats().stats(commune);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode();
            node.put("units", stats.units());
            node.put("villages", stats.villages());
            node.put("households", stats.households());
            node.put("members", stats.members());
            var communes = node.putArray("communes");
            stats.communes().forEach(communes::add);
            node.put("rounds", stats.rounds());
            ObjectNode reviews = node.putObject("reviews");
            stats.reviews().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(year -> {
                ObjectNode classes = reviews.putObject(Integer.toString(year.getKey()));
                for (PovertyClass c : PovertyClass.values()) {
                    classes.put(c.name(), year.getValue().getOrDefault(c, 0L));
                }
            });
            ObjectNode supports = node.putObject("supports");
            supports.put("events", stats.supportEvents());
            ObjectNode byProgramme = supports.putObject("byProgramme");
            for (SupportTotal t : stats.supportsByProgrammeAndYear()) {
                ObjectNode programme = byProgramme.has(t.keys().get(0)) ? (ObjectNode) byProgramme.get(t.keys().get(0))
                        : byProgramme.putObject(t.keys().get(0));
                ObjectNode year = programme.putObject(t.keys().get(1));
                year.put("events", t.events());
                year.put("households", t.households());
                year.put("vnd", t.vnd());
            }
            node.put("digest", stats.digest());
            out.println(mapper.writeValueAsString(node));
        } else {
            Messages m = root.messages();
            out.println(m.get("cli.stats.units", stats.units()));
            out.println(m.get("cli.stats.villages", stats.villages()));
            out.println(m.get("cli.stats.households", stats.households()));
            out.println(m.get("cli.stats.members", stats.members()));
            out.println(m.get("cli.stats.communes", stats.communes().size()));
            out.println(m.get("cli.stats.rounds", stats.rounds()));
            stats.reviews().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(year ->
                    out.println(m.get("cli.stats.reviews", year.getKey(),
                            year.getValue().getOrDefault(PovertyClass.POOR, 0L),
                            year.getValue().getOrDefault(PovertyClass.NEAR_POOR, 0L),
                            year.getValue().getOrDefault(PovertyClass.AVERAGE, 0L),
                            year.getValue().getOrDefault(PovertyClass.NOT_POOR, 0L))));
            out.println(m.get("cli.stats.supports", stats.supportEvents()));
            for (SupportTotal t : stats.supportsByProgrammeAndYear()) {
                out.println(m.get("cli.stats.support-line", t.keys().get(0), t.keys().get(1), t.events(), t.vnd()));
            }
            out.println(m.get("cli.stats.digest", stats.digest()));
        }
        out.flush();
        return ExitCode.DONE;
    }
}
