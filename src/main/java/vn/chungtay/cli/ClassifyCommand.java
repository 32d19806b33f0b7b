package vn.chungtay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.review.ReviewService;
import vn.chungtay.app.review.ShippedStandards;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.Classification;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.StandardDetails;

/**
 * {@code classify --standard ID --area rural|urban --income VND [--lacking id,…] [--json]}: the class of a household
 * and the reason. Without {@code --db} it uses the standards shipped with the program; with it, the database's
 * (which may hold a clerk's corrections).
 */
@Command(name = "classify", mixinStandardHelpOptions = true)
final class ClassifyCommand implements Callable<Integer> {

    @ParentCommand
    ChungTayCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID", required = true, descriptionKey = "standard")
    String standard;

    @Option(names = "--area", paramLabel = "rural|urban", required = true, descriptionKey = "area")
    AreaOption area;

    @Option(names = "--income", paramLabel = "VND", required = true, descriptionKey = "income")
    String income;

    @Option(names = "--lacking", paramLabel = "id,id,…", split = ",", descriptionKey = "lacking")
    List<String> lacking = List.of();

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    /** The areas as the command line spells them. */
    enum AreaOption { rural, urban }

    @Override
    public Integer call() throws Exception {
        Messages m = root.messages();
        StandardDetails details = standardDetails(m);
        long vnd = parseIncome(m);
        List<String> codes = lacking.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String code : codes) {
            if (details.indicator(code).isEmpty()) {
                throw new ParameterException(spec.commandLine(), m.get("cli.classify.unknown-indicator", code,
                        details.code(), details.indicators().stream().map(Indicator::code)
                                .collect(Collectors.joining(", "))));
            }
        }
        Area a = area == AreaOption.urban ? Area.URBAN : Area.RURAL;
        Classification c = ReviewService.classify(details, a, new Evidence.Income(vnd), codes);
        String reason = m.get(c.reasonKey(), c.reasonArgs().toArray());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode();
            node.put("standard", details.code());
            node.put("area", area.name());
            node.put("income", vnd);
            var list = node.putArray("lacking");
            codes.forEach(list::add);
            node.put("deprivations", codes.size());
            node.put("class", c.povertyClass().name());
            node.put("reason", reason);
            out.println(mapper.writeValueAsString(node));
        } else {
            out.println(m.get(c.povertyClass().messageKey()));
            out.println(reason);
        }
        out.flush();
        return ExitCode.DONE;
    }

    private StandardDetails standardDetails(Messages m) {
        List<StandardDetails> known;
        if (root.db != null) {
            try (AppServices services = root.openServices()) {
                known = services.standards().all().stream().map(s -> s.details()).toList();
            }
        } else {
            known = ShippedStandards.load().all().stream().map(ShippedStandards.Shipped::details).toList();
        }
        return known.stream().filter(d -> d.code().equals(standard)).findFirst().orElseThrow(() ->
                new ParameterException(spec.commandLine(), m.get("cli.classify.unknown-standard", standard,
                        known.stream().map(StandardDetails::code).collect(Collectors.joining(", ")))));
    }

    /** Digits with optional thousands separators ("1.400.000", "1,400,000", "1400000"); never negative. */
    private long parseIncome(Messages m) {
        String digits = income.strip().replaceAll("[.,_ ]", "");
        if (!digits.matches("\\d{1,12}")) {
            throw new ParameterException(spec.commandLine(), m.get("cli.classify.income", income));
        }
        return Long.parseLong(digits);
    }
}
