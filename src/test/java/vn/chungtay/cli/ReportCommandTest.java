package vn.chungtay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report NAME --year Y [--unit CODE] --out FILE} on a small demo database: files in the three formats, the
 * posting list of a village named by its commune and name, and every usage error — unknown report, year, unit,
 * extension, folder, a posting list of no village — as exit code 2 with the reason on one line and nothing written.
 */
class ReportCommandTest {

    @TempDir
    static Path temp;

    private static Path db;

    record Run(int exit, String out, String err) {
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

    @BeforeAll
    static void demo() {
        db = temp.resolve("db");
        Run demo = run("--db", db.toString(), "demo", "--households", "400", "--seed", "1");
        assertThat(demo.exit()).as(demo.err()).isZero();
    }

    private static Run report(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "report";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    @Test
    void writesEachFormatByItsExtension() throws IOException {
        for (String ext : new String[] {"pdf", "xlsx", "csv"}) {
            Path out = temp.resolve("summary." + ext);
            Run run = report("summary", "--year", "2025", "--out", out.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("BÁO CÁO TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO", out.toString());
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Files.readAllBytes(temp.resolve("summary.pdf")))
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readAllBytes(temp.resolve("summary.xlsx"))).startsWith((byte) 'P', (byte) 'K');
        assertThat(Files.readAllBytes(temp.resolve("summary.csv"))).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    @Test
    void everyReportOfTheCommuneAndTheVillagesPostingList() throws IOException {
        Run stats = run("--db", db.toString(), "stats", "--json");
        String commune = stats.out().replaceAll("(?s).*\"communes\":\\[\"(\\d{5})\".*", "$1");
        for (String name : new String[] {"movement", "deprivations", "ethnicity", "support", "trend",
            "movement-report"}) {
            Path out = temp.resolve(name + ".csv");
            Run run = report(name, "--year", "2024", "--unit", commune, "--out", out.toString());
            assertThat(run.exit()).as(name + ": " + run.err()).isZero();
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("2024");
        }
        Path list = temp.resolve("posting.csv");
        Run wrong = report("posting-list", "--year", "2024", "--unit", commune, "--out", list.toString());
        assertThat(wrong.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(wrong.err().lines().findFirst().orElseThrow()).contains("không phải là thôn");
        assertThat(list).doesNotExist();
    }

    @Test
    void aVillageIsNamedByItsCommuneAndName() throws IOException {
        Path summary = temp.resolve("commune-summary.csv");
        Run stats = run("--db", db.toString(), "stats", "--json");
        String commune = stats.out().replaceAll("(?s).*\"communes\":\\[\"(\\d{5})\".*", "$1");
        assertThat(report("summary", "--year", "2025", "--unit", commune, "--out", summary.toString()).exit())
                .isZero();
        // The summary's first row is the commune's first village; its name, without diacritics, names it again.
        String village = Files.readString(summary, StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("1,")).findFirst().orElseThrow().split(",")[1];
        String folded = vn.chungtay.domain.text.VietnameseText.fold(village);
        Path out = temp.resolve("posting.pdf");
        Run run = report("posting-list", "--year", "2025", "--unit", commune + "/" + folded, "--out",
                out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(village);
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void usageErrorsExitWithTwoAndOneLineAndWriteNothing() {
        Path out = temp.resolve("never.pdf");
        String[][] cases = {
            {"nope", "--year", "2025", "--out", out.toString()},
            {"summary", "--year", "2019", "--out", out.toString()},
            {"summary", "--year", "2025", "--unit", "99", "--out", out.toString()},
            {"summary", "--year", "2025", "--unit", "23353/Không có thôn này", "--out", out.toString()},
            {"summary", "--year", "2025", "--out", temp.resolve("never.doc").toString()},
            {"summary", "--year", "2025", "--out", temp.resolve("no/such/folder/x.pdf").toString()},
            {"summary", "--out", out.toString()},
        };
        String[] reasons = {"Không có báo cáo „nope”", "Không có số liệu năm 2019", "Không tìm thấy đơn vị có mã 99",
            "Không tìm thấy", "đuôi .pdf, .xlsx hoặc .csv", "Không có thư mục", "--year"};
        for (int i = 0; i < cases.length; i++) {
            Run run = report(cases[i]);
            assertThat(run.exit()).as(String.join(" ", cases[i])).isEqualTo(ExitCode.USAGE);
            assertThat(run.err().lines().findFirst().orElseThrow()).as(String.join(" ", cases[i]))
                    .contains(reasons[i]);
            assertThat(run.err()).doesNotContain("Exception", "at vn.");
        }
        assertThat(out).doesNotExist();
        assertThat(temp.resolve("never.doc")).doesNotExist();
    }

    @Test
    void englishWhenAsked() {
        Path out = temp.resolve("trend-en.csv");
        Run run = run("--lang", "en", "--db", db.toString(), "report", "trend", "--year", "2025", "--out",
                out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("POVERTY RATE OVER THE YEARS");
    }
}
