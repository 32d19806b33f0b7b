package vn.chungtay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.app.bench.BenchRow;
import vn.chungtay.app.bench.BenchService.BenchRun;
import vn.chungtay.app.bench.Budget;
import vn.chungtay.app.bench.Quantity;
import vn.chungtay.app.i18n.Messages;

/** How the benchmark's rows read: ratios, budgets of each kind, within or over, failures with their error. */
class BenchTableTest {

    private static final Messages EN = new Messages(Messages.localeOf("en"));

    @TempDir
    Path temp;

    private static BenchRun run(List<BenchRow> rows) {
        return new BenchRun(130_000, 540_000, 520_000L, 260_000L, 600_000, 102, 4, rows);
    }

    private static final List<BenchRow> ROWS = List.of(
            BenchRow.of("import", Quantity.millis(3000), Quantity.millis(1000), Budget.ratio(1.5), "import", 4, 10, 10),
            BenchRow.of("search.p95", Quantity.millis(12.5), Quantity.millis(250), Budget.atMost(Quantity.millis(50)),
                    "search", 200),
            BenchRow.of("import.memory", Quantity.megabytes(390), Quantity.megabytes(200),
                    Budget.atMost(Quantity.megabytes(400)), "import.memory"),
            BenchRow.of("search.warmup", Quantity.millis(800), null, Budget.NONE, "search.warmup", 130_000),
            BenchRow.failed("export", Budget.atMost(Quantity.millis(1000)), "java.lang.IllegalStateException: boom\n"
                    + "\tat somewhere"));

    @Test
    void rowsShowRatioBudgetAndVerdict() {
        StringWriter text = new StringWriter();
        BenchTable.print(run(ROWS), EN, new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();

        assertThat(lines.get(1)).isEqualTo("Export and import measured on 4 of 102 communes, spread evenly by code "
                + "(--communes).");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Import the province as commune packages")
                .contains("3000 ms", "1000 ms", "3.00 ×", "≤ 1.5 ×").endsWith("over"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Search as you type, p95")
                .contains("12.5 ms", "250 ms", "0.05 ×", "≤ 50 ms").endsWith("within"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Peak memory during import (RSS)")
                .contains("390 MB", "≤ 400 MB").endsWith("within"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Search preparation (index load)")
                .contains("800 ms").doesNotContain("within", "over"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Export one commune").endsWith("failed"));
        assertThat(lines).contains("    java.lang.IllegalStateException: boom");
    }

    @Test
    void csvHasOneLinePerRow() throws Exception {
        Path csv = temp.resolve("bench.csv");
        BenchTable.write(run(ROWS), EN, csv);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).containsExactly(
                "key,name,value,baseline,unit,ratio,budget,verdict",
                "import,\"Import the province as commune packages\",3000,1000,ms,3,\"≤ 1.5 ×\",over",
                "search.p95,\"Search as you type, p95\",12.5,250,ms,0.05,\"≤ 50 ms\",within",
                "import.memory,\"Peak memory during import (RSS)\",390,200,mb,1.95,\"≤ 400 MB\",within",
                "search.warmup,\"Search preparation (index load)\",800,,ms,,\"—\",",
                "export,\"Export one commune\",,,,,\"≤ 1000 ms\",failed");
    }

    @Test
    void aBudgetOfBothKindsNeedsBoth() {
        Budget both = Budget.atMost(Quantity.millis(1000)).andRatio(1.5);
        assertThat(both.keeps(Quantity.millis(900), Quantity.millis(700))).isTrue();
        assertThat(both.keeps(Quantity.millis(900), Quantity.millis(500))).as("ratio 1.8").isFalse();
        assertThat(both.keeps(Quantity.millis(1200), Quantity.millis(1000))).as("over a second").isFalse();
        assertThat(BenchTable.budget(both)).isEqualTo("≤ 1000 ms; ≤ 1.5 ×");
    }
}
