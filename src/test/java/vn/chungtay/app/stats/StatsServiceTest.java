package vn.chungtay.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;
import static vn.chungtay.testsupport.Fixtures.details;
import static vn.chungtay.testsupport.Fixtures.draft;
import static vn.chungtay.testsupport.Fixtures.draftOf;
import static vn.chungtay.testsupport.Fixtures.family;
import static vn.chungtay.testsupport.Fixtures.renamed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.HouseholdDraft.MemberDraft;
import vn.chungtay.testsupport.Fixtures;

class StatsServiceTest {

    /** SHA-256 of no bytes at all. */
    private static final String EMPTY_DIGEST = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private AppServices services;

    @BeforeEach
    void open() {
        services = Fixtures.services();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEmptyRegisterHoldsOnlyTheShippedReferenceDataTheSameInEveryInstallation() throws Exception {
        Stats stats = services.stats().stats(null);

        assertThat(stats.units()).isZero();
        assertThat(stats.villages()).isZero();
        assertThat(stats.households()).isZero();
        assertThat(stats.members()).isZero();
        assertThat(stats.communes()).isEmpty();
        assertThat(stats.rounds()).isZero();
        assertThat(stats.reviews()).isEmpty();
        assertThat(stats.supportEvents()).isZero();
        // The shipped standards and catalogue are records too, with ids derived from their codes: a second fresh
        // installation prints the same digest, and it is not the digest of nothing.
        assertThat(stats.digest()).isNotEqualTo(EMPTY_DIGEST);
        try (var other = Fixtures.services()) {
            assertThat(other.stats().stats(null).digest()).isEqualTo(stats.digest());
        }
        // A commune's digest covers only what the commune owns: nothing yet.
        assertThat(services.stats().stats(COMMUNE).digest()).isEqualTo(EMPTY_DIGEST).isEqualTo(sha256(""));
    }

    @Test
    void countsCoverTheWholeDatabaseOrOneCommune() {
        Actor officer = Fixtures.communeOfficer(services);
        Actor clerk = Fixtures.provinceClerk(services);
        UUID village = services.units().saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null).meta().id();
        UUID otherVillage = services.units().saveVillage(clerk, null, OTHER_COMMUNE, "Thôn 1", null, null)
                .meta().id();
        services.units().saveVillage(clerk, null, OTHER_COMMUNE, "Thôn 2", null, null);
        services.households().save(officer, COMMUNE, draft(null, details("1", village), family("Nguyễn Văn An")));
        services.households().save(officer, COMMUNE, draft(null, details("2", village), family("Trần Văn Bình")));
        services.households().save(clerk, OTHER_COMMUNE,
                draft(null, details("1", otherVillage), family("Lê Văn Cường").subList(0, 2)));

        Stats all = services.stats().stats(null);
        Stats commune = services.stats().stats(COMMUNE);
        Stats other = services.stats().stats(OTHER_COMMUNE);
        Stats unknown = services.stats().stats("99999");

        assertThat(all).extracting(Stats::units, Stats::villages, Stats::households, Stats::members)
                .containsExactly(3L, 3L, 3L, 8L);
        assertThat(all.communes()).containsExactly(COMMUNE, OTHER_COMMUNE);
        assertThat(commune).extracting(Stats::units, Stats::villages, Stats::households, Stats::members)
                .containsExactly(1L, 1L, 2L, 6L);
        assertThat(commune.communes()).containsExactly(COMMUNE);
        assertThat(other).extracting(Stats::units, Stats::villages, Stats::households, Stats::members)
                .containsExactly(1L, 2L, 1L, 2L);
        assertThat(unknown).extracting(Stats::units, Stats::villages, Stats::households, Stats::members)
                .containsExactly(0L, 0L, 0L, 0L);
        assertThat(unknown.digest()).isEqualTo(EMPTY_DIGEST);
        assertThat(List.of(all.digest(), commune.digest(), other.digest())).doesNotHaveDuplicates()
                .doesNotContain(EMPTY_DIGEST);
    }

    @Test
    void deletedHouseholdsLeaveTheCountsAndTheDigest() {
        Actor officer = Fixtures.communeOfficer(services);
        UUID village = services.units().saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null).meta().id();
        services.households().save(officer, COMMUNE, draft(null, details("1", village), family("Nguyễn Văn An")));
        Stats before = services.stats().stats(null);
        Household extra = services.households().save(officer, COMMUNE,
                draft(null, details("2", village), family("Trần Văn Bình")));

        services.households().delete(officer, extra.id());

        Stats after = services.stats().stats(null);
        assertThat(after.households()).isEqualTo(1);
        assertThat(after.members()).isEqualTo(3);
        assertThat(after.digest()).isEqualTo(before.digest());
    }

    @Test
    void theDigestFollowsAContentChangeAndComesBackWithTheOldContent() {
        Actor officer = Fixtures.communeOfficer(services);
        UUID village = services.units().saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null).meta().id();
        Household saved = services.households().save(officer, COMMUNE,
                draft(null, details("1", village), family("Nguyễn Văn An")));
        String original = services.stats().stats(null).digest();

        services.households().save(officer, COMMUNE, draftOf(saved));
        String unchanged = services.stats().stats(null).digest();
        services.households().save(officer, COMMUNE, withHeadNamed(saved, "Nguyễn Văn Ân"));
        String changed = services.stats().stats(null).digest();
        services.households().save(officer, COMMUNE, withHeadNamed(saved, "Nguyễn Văn An"));
        String back = services.stats().stats(null).digest();

        assertThat(unchanged).isEqualTo(original);
        assertThat(changed).isNotEqualTo(original);
        assertThat(back).isEqualTo(original);
        Household now = services.households().find(saved.id()).orElseThrow();
        assertThat(now.members().get(0).meta().revision().number()).isEqualTo(3);
    }

    private static HouseholdDraft withHeadNamed(Household h, String name) {
        List<MemberDraft> members = new ArrayList<>(draftOf(h).members());
        members.set(0, new MemberDraft(members.get(0).id(), renamed(members.get(0).details(), name)));
        return new HouseholdDraft(h.id(), h.details(), members);
    }
}
