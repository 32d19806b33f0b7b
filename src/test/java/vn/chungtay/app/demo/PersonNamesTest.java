package vn.chungtay.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.text.VietnameseText;

class PersonNamesTest {

    private final SplittableRandom random = new SplittableRandom(1);

    @Test
    void kinhNamesHaveFamilyMiddleAndGivenNameAndOlderWomenAreAlmostAllThi() {
        int thi = 0;
        for (int i = 0; i < 1_000; i++) {
            String name = PersonNames.fullName("01", "Nguyễn", Sex.FEMALE, 1950, random);
            assertThat(name).startsWith("Nguyễn ");
            assertThat(name.split(" ")).hasSizeBetween(3, 4);
            thi += name.startsWith("Nguyễn Thị ") ? 1 : 0;
        }
        assertThat(thi).isGreaterThan(750);
        String man = PersonNames.fullName("01", "Trần", Sex.MALE, 2012, random);
        assertThat(man).startsWith("Trần ").doesNotContain("Thị");
    }

    @Test
    void northernMinoritiesUseTheirOwnFamilyNames() {
        for (int i = 0; i < 200; i++) {
            String lineage = PersonNames.lineage("03", random);
            assertThat(lineage).isIn("Lò", "Lường", "Cầm", "Vi", "Quàng", "Hà", "Lang", "Lữ", "Điêu", "Sầm", "Lộc",
                    "Mè");
        }
    }

    @Test
    void xoDangMenAreAAndWomenY() {
        for (int i = 0; i < 200; i++) {
            assertThat(PersonNames.lineage("14", random)).isEmpty();
            assertThat(PersonNames.fullName("14", "", Sex.MALE, 1980, random)).matches("A \\S+");
            assertThat(PersonNames.fullName("14", "", Sex.FEMALE, 1980, random)).matches("Y \\S+");
        }
    }

    @Test
    void baNaFamiliesEitherUseDinhOrNoFamilyName() {
        assertThat(PersonNames.fullName("13", HighlandNames.DINH, Sex.MALE, 1970, random)).startsWith("Đinh Văn ");
        assertThat(PersonNames.fullName("13", HighlandNames.DINH, Sex.FEMALE, 1970, random)).startsWith("Đinh Thị ");
        assertThat(PersonNames.fullName("13", "", Sex.FEMALE, 1970, random)).startsWith("Y ");
    }

    @Test
    void giaRaiNamesCarryTheClanAndAreMatrilineal() {
        assertThat(PersonNames.matrilineal("10")).isTrue();
        assertThat(PersonNames.matrilineal("01")).isFalse();
        boolean sawHPrefix = false;
        for (int i = 0; i < 200; i++) {
            String name = PersonNames.fullName("10", "Siu", Sex.FEMALE, 1990, random);
            assertThat(name).startsWith("Siu ");
            sawHPrefix |= name.startsWith("Siu H'");
        }
        assertThat(sawHPrefix).isTrue();
    }

    @Test
    void everyNameIsCleanNfcAndAlreadyCapitalised() {
        for (String ethnicity : new String[] {"01", "02", "03", "06", "07", "10", "13", "14", "27", "52", "54"}) {
            for (int i = 0; i < 500; i++) {
                Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
                String name = PersonNames.fullName(ethnicity, PersonNames.lineage(ethnicity, random), sex,
                        1930 + i % 95, random);
                assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as(name).isTrue();
                assertThat(VietnameseText.capitaliseWords(name)).isEqualTo(name);
            }
        }
    }
}
