package vn.chungtay.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.household.Cccd;
import vn.chungtay.domain.household.Sex;

class IdNumbersTest {

    @Test
    void cccdsAgreeWithSexAndBirthYearOverTwoCenturies() {
        IdNumbers ids = new IdNumbers(new SplittableRandom(1));
        SplittableRandom random = new SplittableRandom(2);
        for (int year = 1905; year <= 2024; year++) {
            for (Sex sex : Sex.values()) {
                for (String ethnicity : new String[] {"01", "02", "03", "06", "07", "10", "13", "14"}) {
                    String code = ids.registrationCode(ethnicity, year, random);
                    String number = ids.cccd(code, sex, year);
                    assertThat(number).matches("\\d{12}").startsWith(code);
                    assertThat(Cccd.check(number, sex, year)).as(number).isEmpty();
                }
            }
        }
    }

    @Test
    void localPeoplesAndTheYoungAreRegisteredInKonTum() {
        IdNumbers ids = new IdNumbers(new SplittableRandom(1));
        SplittableRandom random = new SplittableRandom(3);

        for (int i = 0; i < 1_000; i++) {
            assertThat(ids.registrationCode("14", 1960, random)).isEqualTo("062");
        }
        long elsewhere = 0;
        for (int i = 0; i < 1_000; i++) {
            elsewhere += ids.registrationCode("01", 1960, random).equals("062") ? 0 : 1;
        }
        assertThat(elsewhere).isBetween(300L, 600L);
    }

    @Test
    void serialsAreUniqueForAMillionNumbersAndNumbersStayUniqueBeyond() {
        IdNumbers ids = new IdNumbers(new SplittableRandom(5));
        Set<String> serials = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 1_000_000; i++) {
            String number = ids.cccd("062", i % 2 == 0 ? Sex.MALE : Sex.FEMALE, 1960 + i % 60);
            assertThat(serials.add(number.substring(6))).isTrue();
            numbers.add(number);
        }
        for (int i = 0; i < 50_000; i++) {
            assertThat(numbers.add(ids.cccd("062", Sex.MALE, 1980))).isTrue();
        }
    }

    @Test
    void oldCardsAndInsuranceCodesHaveTheirLengthsAndAreNotRepeated() {
        IdNumbers ids = new IdNumbers(new SplittableRandom(1));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String old = ids.oldId();
            String insurance = ids.healthInsurance();
            assertThat(old).matches("23\\d{7}");
            assertThat(insurance).matches("62\\d{8}");
            assertThat(seen.add(old)).isTrue();
            assertThat(seen.add(insurance)).isTrue();
        }
    }

    @Test
    void digitsArePaddedWithZeros() {
        assertThat(IdNumbers.digits(7, 4)).isEqualTo("0007");
        assertThat(IdNumbers.digits(12345, 4)).isEqualTo("12345");
        assertThat(IdNumbers.digits(0, 6)).isEqualTo("000000");
    }
}
