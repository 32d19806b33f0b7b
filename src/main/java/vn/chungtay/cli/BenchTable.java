package vn.chungtay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chungtay.app.bench.BenchRow;
import vn.chungtay.app.bench.BenchService.BenchRun;
import vn.chungtay.app.bench.Budget;
import vn.chungtay.app.bench.Quantity;
import vn.chungtay.app.i18n.Messages;

/**
 * The benchmark's rows as a table on the terminal, and as JSON or CSV (by the file's extension) for tooling. Numbers
 * are written with a decimal point whatever the language, so that both outputs can be compared and parsed.
 */
final class BenchTable {

    private BenchTable() {
    }

    static void print(BenchRun run, Messages m, PrintWriter out) {
        if (run.buildMillis() > 0) {
            out.println(m.get("cli.bench.province", run.households(), run.members(), run.reviews(), run.supports(),
                    Math.round(run.buildMillis() / 1000.0)));
        } else {
            out.println(m.get("cli.bench.reused", run.households()));
        }
        if (run.sampledCommunes() < run.communes()) {
            out.println(m.get("cli.bench.sampled", run.sampledCommunes(), run.communes()));
        }
        printRows(run.rows(), m, out);
    }

    /** The rows as a table with a header, each followed by its note or error. */
    static void printRows(List<BenchRow> rows, Messages m, PrintWriter out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(m.get("cli.bench.header").split("\\|"));
        for (BenchRow row : rows) {
            lines.add(new String[] {name(row.key(), m), amount(row.value()), amount(row.baseline()),
                ratio(row), budget(row.budget()), verdict(row, m)});
        }
        int[] widths = new int[6];
        for (String[] line : lines) {
            for (int c = 0; c < 6; c++) {
                widths[c] = Math.max(widths[c], line[c].strip().length());
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 6; c++) {
                String cell = lines.get(i)[c].strip();
                text.append(c == 0 ? pad(cell, widths[c]) : padLeft(cell, widths[c])).append("  ");
            }
            out.println(text.toString().stripTrailing());
            if (i > 0) {
                BenchRow row = rows.get(i - 1);
                if (!row.measured()) {
                    row.error().lines().limit(12).forEach(l -> out.println("    " + l));
                } else if (row.noteKey() != null) {
                    out.println("    " + note(row, m));
                }
            }
        }
    }

    /** JSON when the file ends in .json, else CSV. */
    static void write(BenchRun run, Messages m, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("households", run.households());
            root.put("members", run.members());
            root.put("reviews", run.reviews());
            root.put("supports", run.supports());
            root.put("buildMillis", run.buildMillis());
            root.put("communes", run.communes());
            root.put("sampledCommunes", run.sampledCommunes());
            ArrayNode figures = root.putArray("figures");
            for (BenchRow row : run.rows()) {
                ObjectNode f = figures.addObject();
                f.put("key", row.key());
                f.put("name", name(row.key(), m));
                if (row.measured()) {
                    f.put("value", row.value().value());
                    f.put("unit", row.value().unit().name().toLowerCase(Locale.ROOT));
                    if (row.baseline() != null) {
                        f.put("baseline", row.baseline().value());
                    }
                    if (!Double.isNaN(row.ratio())) {
                        f.put("ratio", row.ratio());
                    }
                }
                f.put("budget", budget(row.budget()));
                f.put("verdict", row.budget().isNone() ? "" : !row.measured() ? "failed"
                        : row.within() ? "within" : "over");
                if (row.noteKey() != null) {
                    f.put("note", note(row, m));
                }
                if (!row.measured()) {
                    f.put("error", row.error());
                }
            }
            Files.writeString(file, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } else {
            StringBuilder csv = new StringBuilder("key,name,value,baseline,unit,ratio,budget,verdict\n");
            for (BenchRow row : run.rows()) {
                csv.append(String.join(",", row.key(), quote(name(row.key(), m)),
                        row.measured() ? number(row.value().value()) : "",
                        row.baseline() != null ? number(row.baseline().value()) : "",
                        row.measured() ? row.value().unit().name().toLowerCase(Locale.ROOT) : "",
                        Double.isNaN(row.ratio()) ? "" : number(row.ratio()), quote(budget(row.budget())),
                        row.budget().isNone() ? "" : !row.measured() ? "failed" : row.within() ? "within" : "over"))
                        .append('\n');
            }
            Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        }
    }

    /** The figure's name; a new figure adds its key here and to the bundles. */
    static String name(String key, Messages m) {
        return switch (key) {
            case "search.warmup" -> m.get("cli.bench.figure.search-warmup");
            case "search.p50" -> m.get("cli.bench.figure.search-p50");
            case "search.p95" -> m.get("cli.bench.figure.search-p95");
            case "export" -> m.get("cli.bench.figure.export");
            case "import" -> m.get("cli.bench.figure.import");
            case "import.memory" -> m.get("cli.bench.figure.import-memory");
            case "reports" -> m.get("cli.bench.figure.reports");
            default -> key;
        };
    }

    private static String note(BenchRow row, Messages m) {
        Object[] args = row.noteArgs().toArray();
        return switch (row.noteKey()) {
            case "search.warmup" -> m.get("cli.bench.note.search-warmup", args);
            case "search" -> m.get("cli.bench.note.search", args);
            case "export" -> m.get("cli.bench.note.export", args);
            case "import" -> m.get("cli.bench.note.import", args);
            case "import.memory" -> m.get("cli.bench.note.import-memory", args);
            case "reports" -> m.get("cli.bench.note.reports", args);
            default -> row.noteKey() + " " + row.noteArgs();
        };
    }

    static String stepText(String key, Object[] args, Messages m) {
        return switch (key) {
            case "province" -> m.get("cli.bench.step.province", args);
            case "packages" -> m.get("cli.bench.step.packages", args);
            case "search" -> m.get("cli.bench.step.search", args);
            case "export" -> m.get("cli.bench.step.export", args);
            case "import" -> m.get("cli.bench.step.import", args);
            case "import.raw" -> m.get("cli.bench.step.import-raw", args);
            case "reports" -> m.get("cli.bench.step.reports", args);
            default -> key;
        };
    }

    private static String verdict(BenchRow row, Messages m) {
        if (!row.measured()) {
            return m.get("cli.bench.failed");
        }
        if (row.budget().isNone()) {
            return "";
        }
        return row.within() ? m.get("cli.bench.within") : m.get("cli.bench.over");
    }

    static String budget(Budget budget) {
        List<String> parts = new ArrayList<>();
        if (budget.maxValue() != null) {
            parts.add("≤ " + amount(budget.maxValue()));
        }
        if (budget.maxRatio() != null) {
            parts.add("≤ " + number(budget.maxRatio()) + " ×");
        }
        return parts.isEmpty() ? "—" : String.join("; ", parts);
    }

    private static String amount(Quantity q) {
        if (q == null) {
            return "—";
        }
        return number(q.value()) + (q.unit() == Quantity.Unit.MB ? " MB" : " ms");
    }

    private static String ratio(BenchRow row) {
        return Double.isNaN(row.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f ×", row.ratio());
    }

    private static String number(double value) {
        if (value == Math.rint(value) || Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("(\\.\\d)0$", "$1");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
