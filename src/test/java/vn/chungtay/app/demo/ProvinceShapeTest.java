package vn.chungtay.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.demo.KonTumUnits.Commune;
import vn.chungtay.app.demo.ProvinceShape.CommunePlan;
import vn.chungtay.app.demo.ProvinceShape.VillagePlan;
import vn.chungtay.domain.household.Area;

class ProvinceShapeTest {

    private static int villages(List<CommunePlan> plan) {
        return plan.stream().mapToInt(p -> p.villages().size()).sum();
    }

    private static int households(List<CommunePlan> plan) {
        return plan.stream().mapToInt(CommunePlan::households).sum();
    }

    @Test
    void konTumHasTenDistrictLevelUnitsAndOneHundredAndTwoCommunesWithUniqueCodes() {
        List<Commune> communes = KonTumUnits.communes();

        assertThat(communes).hasSize(102);
        assertThat(communes.stream().map(Commune::code).distinct()).hasSize(102);
        assertThat(communes.stream().map(c -> c.district().code()).distinct())
                .containsExactly("608", "610", "611", "612", "613", "614", "615", "616", "617", "618");
        assertThat(communes).allSatisfy(c -> assertThat(c.code()).matches("23[2-5]\\d\\d"));
        assertThat(communes).filteredOn(c -> c.area() == Area.URBAN).hasSize(17);
        assertThat(communes.stream().map(c -> c.district().name()).distinct()).contains("Thành phố Kon Tum",
                "Huyện Đắk Glei", "Huyện Ngọc Hồi", "Huyện Ia H'Drai", "Huyện Tu Mơ Rông");
    }

    @Test
    void aProvinceOf130000HouseholdsHasKonTumsShape() {
        List<CommunePlan> plan = ProvinceShape.plan(130_000, new SplittableRandom(1));

        assertThat(plan).hasSize(102);
        assertThat(households(plan)).isEqualTo(130_000);
        assertThat(villages(plan)).isBetween(720, 790);
        assertThat(plan).allSatisfy(p -> assertThat(p.villages()).allSatisfy(v -> assertThat(v.households())
                .isBetween(60, 450)));
    }

    @Test
    void smallDemosKeepTheDensitiesWithFewerCommunes() {
        assertThat(ProvinceShape.plan(5, new SplittableRandom(1))).singleElement().satisfies(p -> {
            assertThat(p.households()).isEqualTo(5);
            assertThat(p.villages()).hasSizeBetween(1, 2);
        });
        assertThat(ProvinceShape.plan(1, new SplittableRandom(1))).singleElement()
                .satisfies(p -> assertThat(p.households()).isEqualTo(1));
        List<CommunePlan> fiveThousand = ProvinceShape.plan(5_000, new SplittableRandom(1));
        assertThat(fiveThousand).hasSize(4);
        assertThat(households(fiveThousand)).isEqualTo(5_000);
        assertThat(fiveThousand.stream().map(p -> p.commune().district().code()).distinct()).hasSize(4);
    }

    @Test
    void aLargerDemoKeepsTheCommunesAndMakesThemBigger() {
        List<CommunePlan> plan = ProvinceShape.plan(400_000, new SplittableRandom(1));

        assertThat(plan).hasSize(102);
        assertThat(households(plan)).isEqualTo(400_000);
    }

    @Test
    void anyFirstCommunesOfTheRepresentativeOrderResembleTheProvince() {
        List<Commune> order = ProvinceShape.representativeOrder(KonTumUnits.communes());

        assertThat(new HashSet<>(order)).hasSize(102);
        for (int n = 3; n <= 102; n++) {
            double kinh = 0;
            double weight = 0;
            for (Commune c : order.subList(0, n)) {
                kinh += ProvinceShape.sizeWeight(c) * c.mix().kinhShare();
                weight += ProvinceShape.sizeWeight(c);
            }
            assertThat(kinh / weight).as("first " + n).isBetween(0.40, 0.56);
        }
    }

    @Test
    void allottingSplitsATotalExactlyAndGivesEveryoneOneWhenItCan() {
        assertThat(ProvinceShape.allot(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(ProvinceShape.allot(3, new double[] {5, 1, 1})).containsExactly(1, 1, 1);
        assertThat(ProvinceShape.allot(100, new double[] {3, 1})).containsExactly(75, 25);
        assertThat(ProvinceShape.allot(2, new double[] {1, 1, 1})).containsExactly(1, 1, 0);
    }

    @Test
    void villageNamesAreUniqueWithinACommuneAndNumberedGroupsInWards() {
        for (Commune c : KonTumUnits.communes()) {
            List<String> names = VillageNames.forCommune(c, 40, new SplittableRandom(c.code().hashCode()));
            assertThat(names).hasSize(40).doesNotHaveDuplicates();
            if (c.isWard()) {
                assertThat(names).allSatisfy(n -> assertThat(n).matches("Tổ dân phố \\d+"));
            } else {
                assertThat(names).allSatisfy(n -> assertThat(n).matches("(Thôn|Làng|Tổ dân phố) \\S.*"));
            }
        }
        Commune moRai = KonTumUnits.communes().stream().filter(c -> c.name().equals("Xã Mô Rai")).findFirst()
                .orElseThrow();
        assertThat(VillageNames.forCommune(moRai, 6, new SplittableRandom(1))).contains("Làng Le");
    }

    @Test
    void theSameRandomSeedGivesTheSamePlan() {
        List<CommunePlan> a = ProvinceShape.plan(20_000, new SplittableRandom(9));
        List<CommunePlan> b = ProvinceShape.plan(20_000, new SplittableRandom(9));

        assertThat(a).isEqualTo(b);
        assertThat(a.get(0).villages()).extracting(VillagePlan::name).doesNotHaveDuplicates();
    }
}
