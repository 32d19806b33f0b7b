package vn.chungtay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.store.DbLocation;

/** The command line as a person runs it: exit codes, languages, the JSON of {@code stats}, and the demo. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {

        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static Run run(GuiLauncher gui, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new Cli(gui, Clock.systemDefaultZone()).run(args, o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run((location, locale) -> 0, args);
    }

    private Path db(String name) {
        return temp.resolve(name);
    }

    private static JsonNode statsJson(Path db, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "stats", "--json"));
        args.addAll(List.of(more));
        Run run = run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("exactly one JSON object").hasSize(1);
        JsonNode node = JSON.readTree(lines.get(0));
        assertThat(node.isObject()).isTrue();
        return node;
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).doesNotContain("at vn.", "at picocli.", "at java.", "Exception");
        assertThat(run.out()).doesNotContain("at vn.", "Exception");
    }

    @Test
    void helpIsVietnameseByDefault() {
        Run run = run("--help");

        assertThat(run.exit()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).contains("Cách dùng:", "Lệnh:", "Tùy chọn:", "sổ theo dõi giảm nghèo", "demo", "stats",
                "--db", "--lang");
        assertThat(run.out()).doesNotContain("Usage:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpIsEnglishWithLangEn() {
        Run run = run("--lang", "en", "--help");

        assertThat(run.exit()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).contains("Usage:", "Commands:", "Options:", "poverty-reduction register");
        assertThat(run.out()).doesNotContain("Cách dùng", "Lệnh:");
    }

    @Test
    void aSubcommandsHelpIsLocalisedToo() {
        Run run = run("--lang=en", "demo", "--help");

        assertThat(run.exit()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).contains("Usage:", "--households", "--seed", "demo province");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithAHintAndNoStackTrace() {
        Run run = run("--db", db("db").toString(), "frobnicate");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).contains("frobnicate");
        assertThat(run.errLines().get(1)).isEqualTo("Xem hướng dẫn: chungtay --help");
        assertNoStackTrace(run);
        assertThat(db("db")).as("nothing was opened").doesNotExist();
    }

    @Test
    void anUnknownOptionOfASubcommandPointsToThatSubcommandsHelp() {
        Run run = run("--lang", "en", "--db", db("db").toString(), "stats", "--frob");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(1)).contains("chungtay stats --help");
        assertNoStackTrace(run);
    }

    @Test
    void statsOfAnEmptyDatabaseIsOneJsonObject() throws IOException {
        JsonNode stats = statsJson(db("empty"));

        assertThat(stats.get("units").isIntegralNumber()).isTrue();
        assertThat(stats.get("units").asLong()).isZero();
        assertThat(stats.get("villages").asLong()).isZero();
        assertThat(stats.get("households").asLong()).isZero();
        assertThat(stats.get("members").asLong()).isZero();
        assertThat(stats.get("communes").isArray()).isTrue();
        assertThat(stats.get("communes")).isEmpty();
        assertThat(stats.get("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(stats.fieldNames()).toIterable()
                .containsExactly("units", "villages", "households", "members", "communes", "rounds", "reviews",
                        "supports", "digest");
        assertThat(stats.get("rounds").asLong()).isZero();
        assertThat(stats.get("reviews").isObject()).isTrue();
        assertThat(stats.get("supports").get("events").asLong()).isZero();
    }

    @Test
    void statsWithoutJsonPrintsVietnameseLines() {
        Run run = run("--db", db("empty").toString(), "stats");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Hộ: 0", "Nhân khẩu: 0", "Mã kiểm tra nội dung: ");
        assertThat(run.out()).containsPattern("Mã kiểm tra nội dung: [0-9a-f]{64}");
    }

    @Test
    void aDemoProvinceIsCountedAndCannotBeMadeTwice() throws IOException {
        Path db = db("demo");
        Run demo = run("--db", db.toString(), "demo", "--households", "300", "--seed", "5");
        assertThat(demo.exit()).as(demo.err()).isEqualTo(ExitCode.DONE);
        assertThat(demo.out()).contains("Đã tạo tỉnh mẫu: 300 hộ");
        assertNoStackTrace(demo);

        JsonNode stats = statsJson(db);
        assertThat(stats.get("households").asLong()).isEqualTo(300);
        assertThat(stats.get("members").asLong()).isGreaterThan(300);
        assertThat(stats.get("villages").asLong()).isPositive();
        assertThat(stats.get("units").asLong()).isGreaterThan(stats.get("communes").size());
        assertThat(stats.get("communes")).isNotEmpty();
        stats.get("communes").forEach(c -> assertThat(c.asText()).matches("\\d{5}"));
        String digest = stats.get("digest").asText();
        assertThat(digest).matches("[0-9a-f]{64}");

        Run again = run("--db", db.toString(), "demo", "--households", "300", "--seed", "5");
        assertThat(again.exit()).isEqualTo(ExitCode.REJECTED);
        assertThat(again.err()).contains("Dữ liệu bị từ chối", "Cơ sở dữ liệu đã có");
        assertNoStackTrace(again);
        JsonNode after = statsJson(db);
        assertThat(after.get("digest").asText()).as("a rejected demo changes nothing").isEqualTo(digest);
        assertThat(after.get("households").asLong()).isEqualTo(300);

        String commune = stats.get("communes").get(0).asText();
        JsonNode one = statsJson(db, "--commune", commune);
        assertThat(one.get("units").asLong()).isEqualTo(1);
        assertThat(one.get("households").asLong()).isPositive().isLessThanOrEqualTo(300);
        assertThat(one.get("communes")).hasSize(1);
        assertThat(one.get("communes").get(0).asText()).isEqualTo(commune);
        assertThat(one.get("digest").asText()).matches("[0-9a-f]{64}").isNotEqualTo(digest);
    }

    @Test
    void theSameSeedGivesTheSameDigestInAnotherFolder() throws IOException {
        assertThat(run("--db", db("a").toString(), "demo", "--households", "300", "--seed", "5").exit()).isZero();
        assertThat(run("--db", db("b").toString(), "demo", "--households", "300", "--seed", "5").exit()).isZero();
        assertThat(run("--db", db("c").toString(), "demo", "--households", "300", "--seed", "6").exit()).isZero();

        String a = statsJson(db("a")).get("digest").asText();
        String b = statsJson(db("b")).get("digest").asText();
        String c = statsJson(db("c")).get("digest").asText();

        assertThat(b).isEqualTo(a);
        assertThat(c).as("another seed, other data").isNotEqualTo(a);
    }

    @Test
    void aMalformedCommuneCodeIsAUsageError() {
        Run run = run("--db", db("db").toString(), "stats", "--commune", "12");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Mã xã 12 không hợp lệ", "--help");
        assertThat(run.out()).isEmpty();
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownCommuneCountsNothing() throws IOException {
        JsonNode stats = statsJson(db("db"), "--commune", "99999");

        assertThat(stats.get("units").asLong()).isZero();
        assertThat(stats.get("villages").asLong()).isZero();
        assertThat(stats.get("households").asLong()).isZero();
        assertThat(stats.get("members").asLong()).isZero();
        assertThat(stats.get("communes")).isEmpty();
    }

    @Test
    void aDemoOfNoHouseholdsIsAUsageErrorAndCreatesNothing() throws IOException {
        Run run = run("--db", db("db").toString(), "demo", "--households", "0");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Số hộ phải từ 1 đến", "--help");
        assertNoStackTrace(run);
        assertThat(run("--db", db("db").toString(), "demo").exit()).as("--households is required")
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("--db", db("db").toString(), "demo", "--households", "many").exit())
                .isEqualTo(ExitCode.USAGE);
        assertThat(statsJson(db("db")).get("units").asLong()).isZero();
    }

    @Test
    void aDatabaseFolderThatIsAFileFailsWithOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder.txt"), "hello");

        Run run = run("--db", file.toString(), "stats");

        assertThat(run.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).contains(file.toString());
        assertThat(run.out()).isEmpty();
        assertNoStackTrace(run);
        assertThat(Files.readString(file)).isEqualTo("hello");
    }

    @Test
    void withoutACommandTheDesktopProgramOpensWithTheChosenDatabaseAndLanguage() {
        List<DbLocation> locations = new ArrayList<>();
        List<Locale> locales = new ArrayList<>();
        GuiLauncher gui = (location, locale) -> {
            locations.add(location);
            locales.add(locale);
            return 7;
        };

        Run run = run(gui, "--db", db("gui").toString(), "--lang", "en");

        assertThat(run.exit()).as("the launcher's code is the exit code").isEqualTo(7);
        assertThat(locations).containsExactly(DbLocation.folder(db("gui")));
        assertThat(locales).containsExactly(Locale.ENGLISH);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withoutALanguageTheDesktopProgramUsesTheSavedChoice() {
        List<Locale> locales = new ArrayList<>();
        List<DbLocation> locations = new ArrayList<>();
        GuiLauncher gui = (location, locale) -> {
            locations.add(location);
            locales.add(locale);
            return 0;
        };

        assertThat(run(gui, "--db", db("gui").toString()).exit()).isZero();
        assertThat(run(gui, "--lang", "vi", "--db", db("gui").toString()).exit()).isZero();

        assertThat(locales).containsExactly(null, Messages.VIETNAMESE);
        assertThat(locations).allSatisfy(l -> assertThat(l.folder()).isEqualTo(db("gui").toAbsolutePath()));
    }
}
