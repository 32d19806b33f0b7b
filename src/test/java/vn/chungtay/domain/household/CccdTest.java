package vn.chungtay.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chungtay.domain.household.Cccd.Problem;

class CccdTest {

    @ParameterizedTest(name = "{0} for a {1} born {2}")
    @CsvSource({
        "062080001234, MALE,   1980",
        "062185004321, FEMALE, 1985",
        "001099000001, MALE,   1999",
        "096100123456, FEMALE, 1900",
        "062200000001, MALE,   2000",
        "062310002222, FEMALE, 2010",
        "062299999999, MALE,   2099",
        "062400000001, MALE,   2100",
        "062500000001, FEMALE, 2100",
    })
    void validNumbers(String number, Sex sex, int birthYear) {
        assertThat(Cccd.check(number, sex, birthYear)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "06208000123", "0620800012345", "06208000123a", "062 80001234", "０６２０８０００１２３４"})
    void notTwelveDigits(String number) {
        assertThat(Cccd.check(number, Sex.MALE, 1980)).contains(Problem.NOT_12_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000080001234", "003080001234", "097080001234", "999080001234"})
    void unknownProvinceOfRegistration(String number) {
        assertThat(Cccd.check(number, Sex.MALE, 1980)).contains(Problem.UNKNOWN_PROVINCE);
    }

    @Test
    void firstAndLastProvincesOfTheListAreKnown() {
        assertThat(Cccd.check("001080001234", Sex.MALE, 1980)).isEmpty();
        assertThat(Cccd.check("096080001234", Sex.MALE, 1980)).isEmpty();
        assertThat(Cccd.provinceName("062")).contains("Kon Tum");
        assertThat(Cccd.provinceName("003")).isEmpty();
    }

    @ParameterizedTest(name = "{0} for a {1} born {2}")
    @CsvSource({
        "062099000001, MALE,   2000",
        "062299000001, MALE,   1999",
        "062200000001, MALE,   2100",
        "062400000001, MALE,   2099",
        "062000000001, MALE,   1899",
        "062600000001, MALE,   2200",
        "062700000001, FEMALE, 2200",
        "062980000001, MALE,   1980",
    })
    void centuryDigitMustMatchTheBirthYear(String number, Sex sex, int birthYear) {
        assertThat(Cccd.check(number, sex, birthYear)).contains(Problem.CENTURY_MISMATCH);
    }

    @ParameterizedTest(name = "{0} for a {1} born {2}")
    @CsvSource({
        "062180001234, MALE,   1980",
        "062085004321, FEMALE, 1985",
        "062310002222, MALE,   2010",
        "062210002222, FEMALE, 2010",
        "062400000001, FEMALE, 2100",
    })
    void evenDigitIsMaleOddIsFemale(String number, Sex sex, int birthYear) {
        assertThat(Cccd.check(number, sex, birthYear)).contains(Problem.SEX_MISMATCH);
    }

    @Test
    void sexUnknownIsNotChecked() {
        assertThat(Cccd.check("062180001234", null, 1980)).isEmpty();
        assertThat(Cccd.check("062080001234", null, 1980)).isEmpty();
    }

    @ParameterizedTest(name = "{0} for a {1} born {2}")
    @CsvSource({
        "062081001234, MALE,   1980",
        "062079001234, MALE,   1980",
        "062200000001, MALE,   2001",
        "062201000001, MALE,   2000",
    })
    void yearDigitsMustMatchTheBirthYear(String number, Sex sex, int birthYear) {
        assertThat(Cccd.check(number, sex, birthYear)).contains(Problem.YEAR_MISMATCH);
    }

    @Test
    void centurySexDigitAndRegistrationCodeBuildValidNumbers() {
        assertThat(Cccd.centurySexDigit(Sex.MALE, 1999)).isZero();
        assertThat(Cccd.centurySexDigit(Sex.FEMALE, 1900)).isEqualTo(1);
        assertThat(Cccd.centurySexDigit(Sex.MALE, 2000)).isEqualTo(2);
        assertThat(Cccd.centurySexDigit(Sex.FEMALE, 2099)).isEqualTo(3);
        assertThat(Cccd.centurySexDigit(Sex.MALE, 2100)).isEqualTo(4);
        assertThat(Cccd.registrationCode("62")).isEqualTo("062");
        assertThat(Cccd.registrationCode("01")).isEqualTo("001");
    }

    @Test
    void problemsHaveMessageKeys() {
        assertThat(Problem.NOT_12_DIGITS.messageKey()).isEqualTo("validation.cccd.digits");
        assertThat(Problem.YEAR_MISMATCH.messageKey()).isEqualTo("validation.cccd.year");
    }
}
