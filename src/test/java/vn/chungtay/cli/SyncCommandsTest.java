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
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.store.DbLocation;

/**
 * {@code export}, {@code import} and {@code conflicts} as a person runs them: the digest of a commune equal after the
 * trip into an empty database, trust asked for, a repeated import harmless, and the exit codes of DESIGN.md
 * (3 rejected, 4 conflicts waiting).
 */
class SyncCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** After the demo's last support year, so nothing it made lies in the future. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new Cli((location, locale) -> 0, CLOCK).run(args, o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(Run run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out().strip());
    }

    private String digest(Path db, String commune) throws IOException {
        return json(run("--db", db.toString(), "stats", "--commune", commune, "--json")).get("digest").asText();
    }

    @Test
    void aCommuneTravelsIntoAnEmptyDatabaseWithTheSameDigest() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        Path pack = temp.resolve("xa.ctsync");
        assertThat(run("--db", a.toString(), "demo", "--households", "40", "--seed", "5").exit()).isZero();
        String commune = json(run("--db", a.toString(), "stats", "--json")).get("communes").get(0).asText();

        Run export = run("--db", a.toString(), "export", "--commune", commune, "--out", pack.toString(), "--full");
        Run untrusted = run("--db", b.toString(), "import", pack.toString());
        Run trusted = run("--db", b.toString(), "import", "--trust", pack.toString());
        Run again = run("--db", b.toString(), "import", pack.toString());

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.size(pack)).isPositive();
        assertThat(untrusted.exit()).isEqualTo(ExitCode.REJECTED);
        assertThat(untrusted.out()).contains("--trust", "chưa được tin cậy");
        assertThat(trusted.exit()).as(trusted.out() + trusted.err()).isEqualTo(ExitCode.DONE);
        assertThat(again.exit()).isEqualTo(ExitCode.DONE);
        assertThat(again.out()).contains("đã được nhập trước đây");
        assertThat(digest(b, commune)).isEqualTo(digest(a, commune));
        Run conflicts = run("--db", b.toString(), "conflicts", "--json");
        assertThat(json(conflicts).isArray()).isTrue();
        assertThat(json(conflicts)).isEmpty();
    }

    @Test
    void conflictsWaitingGiveExitFourAndAreListed() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        assertThat(run("--db", a.toString(), "demo", "--households", "20", "--seed", "9").exit()).isZero();
        String commune = json(run("--db", a.toString(), "stats", "--json")).get("communes").get(0).asText();
        Path first = temp.resolve("1.ctsync");
        run("--db", a.toString(), "export", "--commune", commune, "--out", first.toString());
        assertThat(run("--db", b.toString(), "import", "--trust", first.toString()).exit()).isZero();
        UUID household = editPhone(a, commune, "0911000111");
        editPhone(b, commune, "0922000222");
        Path second = temp.resolve("2.ctsync");
        run("--db", a.toString(), "export", "--commune", commune, "--out", second.toString());

        Run imported = run("--db", b.toString(), "import", second.toString());
        Run listed = run("--db", b.toString(), "conflicts", "--json");
        Run plain = run("--db", b.toString(), "conflicts");

        assertThat(imported.exit()).as(imported.out() + imported.err()).isEqualTo(ExitCode.CONFLICTS);
        assertThat(listed.exit()).isEqualTo(ExitCode.DONE);
        JsonNode list = JSON.readTree(listed.out().strip());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).toString()).contains(household.toString(), "phone");
        assertThat(plain.exit()).isEqualTo(ExitCode.DONE);
        assertThat(plain.out()).contains("phone");
    }

    @Test
    void aFileThatIsNotAPackageIsRefusedInOneLine() throws IOException {
        Path notZip = Files.writeString(temp.resolve("thu.ctsync"), "không phải gói");

        Run run = run("--db", temp.resolve("b").toString(), "import", "--trust", notZip.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.out().lines().filter(l -> !l.isBlank())).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception", "at vn.");
    }

    /** Changes the phone of the commune's first household (by household number) as a person of the province would. */
    private static UUID editPhone(Path db, String commune, String phone) {
        try (AppServices services = AppServices.open(DbLocation.folder(db), CLOCK)) {
            Actor actor = services.identity().systemActor("Người sửa", services.units().tree().path(commune).get(0)
                    .code());
            UUID id = services.households().search(new HouseholdFilter("", Set.of(commune), null)).page(0, 1).get(0)
                    .id();
            Household h = services.households().find(id).orElseThrow();
            HouseholdDetails d = h.details();
            services.households().save(actor, commune, new HouseholdDraft(id, new HouseholdDetails(d.number(),
                    d.villageId(), d.area(), d.address(), phone), h.members().stream()
                    .map(m -> new HouseholdDraft.MemberDraft(m.id(), m.details())).toList()));
            return id;
        }
    }
}
