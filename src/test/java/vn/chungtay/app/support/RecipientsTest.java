package vn.chungtay.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;

/**
 * Who a bulk support reaches: households of a village, of classes in their latest review, of ethnic minorities
 * (DTTS), picked by hand, and any mix of these — never a deleted household, never one outside the commune.
 * <p>
 * The commune: in Thôn Kon Klor 01 poor, 02 poor and Ba Na, 03 near-poor, 04 poor in 2024 but not poor in 2025, and
 * 08 poor but deleted since; in Thôn Đắk Rơ Wa 05 poor and Ba Na, 06 poor in 2024 and not reviewed yet in the 2025
 * round under way, and 07 Ba Na, come since 2024 and never reviewed. One household of the other commune.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecipientsTest {

    private SupportWorld world;
    private final Map<String, Household> households = new LinkedHashMap<>();

    @BeforeAll
    void open() {
        world = SupportWorld.open();
        add("01", world.konKlor, EthnicGroup.KINH);
        add("02", world.konKlor, SupportWorld.BA_NA);
        add("03", world.konKlor, EthnicGroup.KINH);
        add("04", world.konKlor, EthnicGroup.KINH);
        add("05", world.dakRoWa, SupportWorld.BA_NA);
        add("06", world.dakRoWa, EthnicGroup.KINH);
        add("08", world.konKlor, EthnicGroup.KINH);
        Household elsewhere = world.household(OTHER_COMMUNE, world.otherVillage, "91", EthnicGroup.KINH);
        households.put("91", elsewhere);

        // 2024 reviews everyone then living there (a periodic round closes only then); 07 moved in afterwards.
        ReviewRound y2024 = world.services.rounds().open(world.officer, COMMUNE, 2024, RoundKind.PERIODIC, null);
        for (String n : List.of("01", "02", "03", "05", "08")) {
            world.review(y2024, households.get(n), PovertyClass.NOT_POOR);
        }
        world.review(y2024, households.get("04"), PovertyClass.POOR);
        world.review(y2024, households.get("06"), PovertyClass.POOR);
        world.services.rounds().close(world.officer, y2024.id());
        add("07", world.dakRoWa, SupportWorld.BA_NA);
        // 2025 is under way: 06 and 07 are not reviewed yet.
        ReviewRound y2025 = world.services.rounds().open(world.officer, COMMUNE, 2025, RoundKind.PERIODIC, null);
        world.review(y2025, households.get("01"), PovertyClass.POOR);
        world.review(y2025, households.get("02"), PovertyClass.POOR);
        world.review(y2025, households.get("03"), PovertyClass.NEAR_POOR);
        world.review(y2025, households.get("04"), PovertyClass.NOT_POOR);
        world.review(y2025, households.get("05"), PovertyClass.POOR);
        world.review(y2025, households.get("08"), PovertyClass.POOR);
        world.services.households().delete(world.officer, households.get("08").id());
    }

    @AfterAll
    void close() {
        world.close();
    }

    private void add(String number, UUID village, String ethnicity) {
        households.put(number, world.household(COMMUNE, village, number, ethnicity));
    }

    private List<Recipient> find(UUID village, Set<PovertyClass> classes, boolean minority, Set<String> picked) {
        Set<UUID> pickedIds = picked == null ? null
                : Set.copyOf(picked.stream().map(n -> households.get(n).id()).toList());
        return world.supports().recipients(world.officer,
                new RecipientCriteria(COMMUNE, village, classes, minority, pickedIds));
    }

    private static List<String> numbers(List<Recipient> found) {
        return found.stream().map(r -> r.household().number()).toList();
    }

    @Test
    void everyLiveHouseholdOfTheCommuneWithoutCriteria() {
        assertThat(numbers(find(null, Set.of(), false, null)))
                .containsExactlyInAnyOrder("01", "02", "03", "04", "05", "06", "07");
    }

    @Test
    void byVillage() {
        assertThat(numbers(find(world.konKlor, Set.of(), false, null)))
                .containsExactlyInAnyOrder("01", "02", "03", "04");
        assertThat(numbers(find(world.dakRoWa, Set.of(), false, null))).containsExactlyInAnyOrder("05", "06", "07");
    }

    @Test
    void byClassInTheLatestReview() {
        assertThat(numbers(find(null, Set.of(PovertyClass.POOR), false, null)))
                .as("04 left poverty in 2025; 06 was not reviewed in 2025; 07 never")
                .containsExactlyInAnyOrder("01", "02", "05");
        assertThat(numbers(find(null, Set.of(PovertyClass.NEAR_POOR), false, null))).containsExactly("03");
        assertThat(numbers(find(null, Set.of(PovertyClass.POOR, PovertyClass.NEAR_POOR), false, null)))
                .containsExactlyInAnyOrder("01", "02", "03", "05");
        assertThat(numbers(find(null, Set.of(PovertyClass.NOT_POOR), false, null))).containsExactly("04");
    }

    @Test
    void thePoorOfOneVillage() {
        List<Recipient> found = find(world.konKlor, Set.of(PovertyClass.POOR), false, null);

        assertThat(numbers(found)).containsExactlyInAnyOrder("01", "02");
        assertThat(found).allSatisfy(r -> assertThat(r.latestClass()).isEqualTo(PovertyClass.POOR));
    }

    @Test
    void byDtts() {
        List<Recipient> minority = find(null, Set.of(), true, null);
        assertThat(numbers(minority)).as("07 by its members, never reviewed").containsExactlyInAnyOrder("02", "05",
                "07");
        assertThat(minority).allMatch(Recipient::minority);
        assertThat(numbers(find(null, Set.of(PovertyClass.POOR), true, null))).containsExactlyInAnyOrder("02", "05");
        assertThat(numbers(find(world.dakRoWa, Set.of(), true, null))).containsExactlyInAnyOrder("05", "07");
    }

    @Test
    void theFlagsOfEachRecipient() {
        Map<String, Recipient> all = new LinkedHashMap<>();
        find(null, Set.of(), false, null).forEach(r -> all.put(r.household().number(), r));

        assertThat(all.get("01").latestClass()).isEqualTo(PovertyClass.POOR);
        assertThat(all.get("01").minority()).isFalse();
        assertThat(all.get("02").minority()).isTrue();
        assertThat(all.get("03").latestClass()).isEqualTo(PovertyClass.NEAR_POOR);
        assertThat(all.get("04").latestClass()).isEqualTo(PovertyClass.NOT_POOR);
        assertThat(all.get("06").latestClass()).isNull();
        assertThat(all.get("07").latestClass()).isNull();
        assertThat(all.get("07").minority()).isTrue();
    }

    @Test
    void byHand() {
        assertThat(numbers(find(null, Set.of(), false, Set.of("01", "05", "07"))))
                .containsExactlyInAnyOrder("01", "05", "07");
        assertThat(numbers(find(null, Set.of(PovertyClass.POOR), false, Set.of("01", "05", "07"))))
                .as("picking narrows the criteria, never widens them").containsExactlyInAnyOrder("01", "05");
        assertThat(numbers(find(world.konKlor, Set.of(), false, Set.of("01", "05")))).containsExactly("01");
        assertThat(numbers(find(null, Set.of(), false, Set.of("08", "91")))).as("deleted, or of another commune")
                .isEmpty();
        assertThat(find(null, Set.of(), false, Set.of())).isEmpty();
    }

    @Test
    void onlyWithinTheOfficersCommune() {
        assertThatThrownBy(() -> world.supports().recipients(world.officer,
                new RecipientCriteria(OTHER_COMMUNE, null, Set.of(), false, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(world.supports().recipients(world.clerk,
                new RecipientCriteria(OTHER_COMMUNE, null, Set.of(), false, null)))
                .extracting(r -> r.household().number()).containsExactly("91");
    }
}
