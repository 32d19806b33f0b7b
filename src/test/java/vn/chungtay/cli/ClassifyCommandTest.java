package vn.chungtay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.store.DbLocation;
import vn.chungtay.testsupport.Fixtures;

/** {@code chungtay classify}: the class as JSON or text, clear refusals, and the database's corrected standards. */
class ClassifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {

        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
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

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        Run run = run(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DONE);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("exactly one JSON object").hasSize(1);
        return JSON.readTree(lines.get(0));
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).doesNotContain("at vn.", "at picocli.", "at java.", "Exception");
        assertThat(run.out()).doesNotContain("at vn.", "Exception");
    }

    static Stream<Arguments> classes() {
        return Stream.of(
                Arguments.of("2022-2025", "rural", "1400000", "water,latrine,telecom", "POOR"),
                Arguments.of("2022-2025", "rural", "1.500.000", "water,latrine", "NEAR_POOR"),
                Arguments.of("2022-2025", "rural", "1,500,001", "water,latrine,telecom", "AVERAGE"),
                Arguments.of("2022-2025", "urban", "3000000", "", "AVERAGE"),
                Arguments.of("2022-2025", "urban", "3000001", "", "NOT_POOR"),
                Arguments.of("2016-2020", "rural", "700000", "", "POOR"),
                Arguments.of("2016-2020", "urban", "1300000", "water,latrine,telecom", "POOR"),
                Arguments.of("2016-2020", "urban", "1300000", "water", "NEAR_POOR"),
                Arguments.of("2016-2020", "rural", "1000001", "water,latrine,telecom", "NOT_POOR"),
                Arguments.of("2027-2030", "urban", "2800000", "waste-treatment,water,latrine", "POOR"),
                Arguments.of("2027-2030", "rural", "2200001", "waste-treatment,water,latrine", "NOT_POOR"));
    }

    @ParameterizedTest(name = "{0} {1} {2} lacking [{3}] → {4}")
    @MethodSource("classes")
    void theJsonNamesTheClass(String standard, String area, String income, String lacking, String expected)
            throws IOException {
        List<String> args = new ArrayList<>(List.of("classify", "--standard", standard, "--area", area,
                "--income", income));
        if (!lacking.isEmpty()) {
            args.addAll(List.of("--lacking", lacking));
        }

        JsonNode node = json(args.toArray(String[]::new));

        assertThat(node.get("class").asText()).isEqualTo(expected);
        assertThat(node.get("standard").asText()).isEqualTo(standard);
        assertThat(node.get("area").asText()).isEqualTo(area);
        assertThat(node.get("income").asLong()).isEqualTo(Long.parseLong(income.replaceAll("[.,]", "")));
        assertThat(node.get("deprivations").asInt()).isEqualTo(lacking.isEmpty() ? 0 : lacking.split(",").length);
        assertThat(node.get("reason").asText()).contains("→");
    }

    @Test
    void theJsonHasEveryFieldAndAVietnameseReason() throws IOException {
        JsonNode node = json("classify", "--standard", "2022-2025", "--area", "rural", "--income", "1400000",
                "--lacking", "telecom, water ,latrine,water");

        assertThat(node.fieldNames()).toIterable().containsExactly("standard", "area", "income", "lacking",
                "deprivations", "class", "reason");
        assertThat(node.get("lacking")).extracting(JsonNode::asText).containsExactly("telecom", "water", "latrine");
        assertThat(node.get("deprivations").asInt()).isEqualTo(3);
        assertThat(node.get("income").isIntegralNumber()).isTrue();
        assertThat(node.get("reason").asText())
                .isEqualTo("thu nhập 1.400.000 ≤ 1.500.000 và thiếu hụt 3 ≥ 3 → hộ nghèo");
    }

    @Test
    void withoutJsonItPrintsTheClassAndTheReasonInTheChosenLanguage() {
        Run vi = run("classify", "--standard", "2022-2025", "--area", "urban", "--income", "2500000");
        Run en = run("--lang", "en", "classify", "--standard", "2022-2025", "--area", "urban", "--income",
                "2500000");

        assertThat(vi.exit()).isZero();
        assertThat(vi.out().lines().toList()).containsExactly("Hộ có mức sống trung bình",
                "2.000.000 < thu nhập 2.500.000 ≤ 3.000.000 → hộ có mức sống trung bình");
        assertThat(en.out().lines().toList()).containsExactly("Average living standard",
                "2,000,000 < income 2,500,000 ≤ 3,000,000 → average living standard");
    }

    @Test
    void anUnknownStandardIsAUsageErrorListingTheKnownOnes() {
        Run run = run("classify", "--standard", "1999-2000", "--area", "rural", "--income", "1000000");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0))
                .isEqualTo("Không có chuẩn nghèo „1999-2000”. Các chuẩn có: 2016-2020, 2022-2025, 2027-2030.");
        assertThat(run.errLines().get(1)).contains("chungtay classify --help");
        assertNoStackTrace(run);
    }

    @Test
    void anIndicatorTheStandardLacksIsAUsageError() {
        Run run = run("classify", "--standard", "2022-2025", "--area", "rural", "--income", "1000000",
                "--lacking", "water,waste-treatment");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).startsWith(
                "Chỉ số thiếu hụt „waste-treatment” không thuộc chuẩn 2022-2025. Các chỉ số của chuẩn này: employment,");
        assertNoStackTrace(run);

        Run english = run("--lang", "en", "classify", "--standard", "2016-2020", "--area", "rural", "--income",
                "1000000", "--lacking", "employment");
        assertThat(english.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(english.errLines().get(0)).startsWith("Indicator “employment” is not part of standard 2016-2020.");
        assertNoStackTrace(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-1400000", "abc", "1.4tr", "", "1e6", "12345678901234"})
    void anIncomeThatIsNotACountOfDongIsAUsageError(String income) {
        Run run = run("classify", "--standard", "2022-2025", "--area", "rural", "--income=" + income);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).isEqualTo("Thu nhập „" + income
                + "” không hợp lệ: nhập số đồng mỗi người mỗi tháng, không âm (ví dụ 1400000 hoặc 1.400.000).");
        assertNoStackTrace(run);
    }

    @Test
    void aNegativeIncomeAsASeparateArgumentIsRefusedToo() {
        Run run = run("classify", "--standard", "2022-2025", "--area", "rural", "--income", "-5");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("-5");
        assertNoStackTrace(run);
    }

    @Test
    void aMissingOrUnknownAreaIsAUsageError() {
        Run missing = run("classify", "--standard", "2022-2025", "--income", "1000000");
        Run unknown = run("classify", "--standard", "2022-2025", "--area", "city", "--income", "1000000");

        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("--area");
        assertNoStackTrace(missing);
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("city");
        assertNoStackTrace(unknown);
    }

    @Test
    void withADatabaseItClassifiesByTheDatabasesCorrectedStandard() throws IOException {
        Path db = temp.resolve("db");
        try (AppServices services = AppServices.open(DbLocation.folder(db), Fixtures.CLOCK)) {
            Actor clerk = Fixtures.provinceClerk(services);
            StandardDetails d = services.standards().find("2027-2030").orElseThrow().details();
            EnumMap<Area, AreaLines> lines = new EnumMap<>(d.lines());
            lines.put(Area.RURAL, new AreaLines(2_300_000, null, null, null));
            services.standards().correct(clerk, "2027-2030", new StandardDetails(d.code(), d.name(), d.legalBasis(),
                    d.firstYear(), d.lastYear(), d.provisional(), d.rule(), d.deprivationThreshold(), lines,
                    d.indicators(), d.pointsPerIndicator(), d.b2Threshold()));
        }
        String[] args = {"classify", "--standard", "2027-2030", "--area", "rural", "--income", "2250000",
                "--lacking", "employment,water,latrine"};

        JsonNode shipped = json(args);
        List<String> withDb = new ArrayList<>(List.of("--db", db.toString()));
        withDb.addAll(List.of(args));
        JsonNode corrected = json(withDb.toArray(String[]::new));

        assertThat(shipped.get("class").asText()).isEqualTo("NOT_POOR");
        assertThat(shipped.get("reason").asText()).contains("2.200.000");
        assertThat(corrected.get("class").asText()).isEqualTo("POOR");
        assertThat(corrected.get("reason").asText())
                .isEqualTo("thu nhập 2.250.000 ≤ 2.300.000 và thiếu hụt 3 ≥ 3 → hộ nghèo");
    }
}
