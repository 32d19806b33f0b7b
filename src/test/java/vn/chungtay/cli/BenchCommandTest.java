package vn.chungtay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} end to end on a small province: every figure of the budget table is printed as a row (name,
 * ChungTay, baseline, ratio, budget, verdict) and written to JSON and CSV. Timings are not asserted: tests measure
 * nothing (DESIGN.md), the numbers come from runs at full size.
 */
class BenchCommandTest {

    private static final List<String> FIGURES = List.of("search.warmup", "search.p50", "search.p95", "reports",
            "export", "import", "import.memory");

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new Cli((location, locale) -> 0, Clock.systemDefaultZone()).run(args, o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void benchMeasuresEveryFigureOnASmallProvinceAndWritesJsonAndCsv() throws Exception {
        Path json = temp.resolve("bench.json");
        Run run = run("--lang", "en", "bench", "--households", "150", "--work", temp.resolve("work").toString(),
                "--out", json.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Demo province: 150 households");
        List<String> rows = run.out().lines().toList();
        for (String name : List.of("Search preparation (index load)", "Search as you type, median",
                "Search as you type, p95", "Consolidated report of the province", "Export one commune", "Import the province as commune packages",
                "Peak memory during import (RSS)")) {
            assertThat(rows).as(name).anySatisfy(line -> assertThat(line).startsWith(name));
        }
        assertThat(rows).as("every budgeted row says within or over")
                .filteredOn(l -> l.contains("≤")).hasSize(5)
                .allSatisfy(l -> assertThat(l).matches(".*(within|over)$"));

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("households").asInt()).isEqualTo(150);
        List<String> keys = new ArrayList<>();
        for (JsonNode figure : root.get("figures")) {
            keys.add(figure.get("key").asText());
            assertThat(figure.has("error")).as(figure.toString()).isFalse();
            assertThat(figure.get("value").asDouble()).as(figure.toString()).isPositive();
            assertThat(figure.get("unit").asText()).isIn("ms", "mb");
            assertThat(figure.has("budget")).isTrue();
            if (!figure.get("key").asText().equals("search.warmup")) {
                assertThat(figure.get("baseline").asDouble()).as(figure.toString()).isPositive();
                assertThat(figure.get("ratio").asDouble()).isPositive();
            }
        }
        assertThat(keys).containsExactlyElementsOf(FIGURES);
        JsonNode reports = root.get("figures").get(3);
        assertThat(reports.get("note").asText()).as("the report figure names its year and how many reports it built")
                .matches("every table and chart's data \\(\\d reports\\) of 20\\d\\d, median of 3 warm builds; .*");
        JsonNode imported = root.get("figures").get(5);
        assertThat(imported.get("note").asText()).as("the raw baseline inserted as many rows as the import added")
                .matches("1 packages, ([\\d,]+) records added; raw baseline inserted \\1 rows");

    }

    @Test
    void benchRefusesAWorkFolderThatHoldsFiles() throws Exception {
        Path work = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(work.resolve("keep.txt"), "mine");

        Run run = run("--lang", "en", "bench", "--households", "10", "--work", work.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("is not empty");
        assertThat(Files.readString(work.resolve("keep.txt"))).isEqualTo("mine");

        Run reuse = run("--lang", "en", "bench", "--reuse", "--work", temp.resolve("nothing-here").toString());
        assertThat(reuse.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(reuse.err()).contains("--reuse needs --work");
    }
}
