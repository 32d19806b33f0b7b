package vn.chungtay.domain.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"05/03/1980", "5/3/1980", "05-03-1980", "05.03.1980", " 05/03/1980 "})
    void parsesDayMonthYear(String typed) {
        BirthDate birth = BirthDate.parse(typed).orElseThrow();

        assertThat(birth.date()).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(birth.year()).isEqualTo(1980);
        assertThat(birth.format()).isEqualTo("05/03/1980");
    }

    @Test
    void parsesAYearAlone() {
        BirthDate birth = BirthDate.parse("1980").orElseThrow();

        assertThat(birth.year()).isEqualTo(1980);
        assertThat(birth.date()).isNull();
        assertThat(birth.format()).isEqualTo("1980");
    }

    @Test
    void parsesTheLastDayOfFebruaryOnlyInALeapYear() {
        assertThat(BirthDate.parse("29/02/1980")).contains(BirthDate.of(LocalDate.of(1980, 2, 29)));
        assertThat(BirthDate.parse("29/02/1981")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"31/02/1980", "32/01/1980", "00/01/1980", "05/13/1980", "abc", "05/03/80", "198",
        "19800", "05/03", "05/03/1980/1", "1980-03-05", "a5/03/1980"})
    void rejectsWhatIsNotADateOrAYear(String typed) {
        assertThat(BirthDate.parse(typed)).isEmpty();
    }

    @Test
    void ageOnCountsWholeYearsTurningOnTheBirthday() {
        BirthDate birth = BirthDate.of(LocalDate.of(1980, 3, 5));

        assertThat(birth.ageOn(LocalDate.of(2025, 3, 4))).isEqualTo(44);
        assertThat(birth.ageOn(LocalDate.of(2025, 3, 5))).isEqualTo(45);
        assertThat(birth.ageOn(LocalDate.of(1980, 3, 5))).isZero();
    }

    @Test
    void ageOnWithAYearAloneIsTheAgeReachedThatYear() {
        BirthDate birth = BirthDate.ofYear(1980);

        assertThat(birth.ageOn(LocalDate.of(2025, 1, 1))).isEqualTo(45);
        assertThat(birth.ageOn(LocalDate.of(2025, 12, 31))).isEqualTo(45);
        assertThat(birth.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(44);
    }

    @Test
    void isAfterComparesTheDateOrTheYear() {
        LocalDate today = LocalDate.of(2025, 3, 15);

        assertThat(BirthDate.of(today).isAfter(today)).isFalse();
        assertThat(BirthDate.of(today.plusDays(1)).isAfter(today)).isTrue();
        assertThat(BirthDate.ofYear(2025).isAfter(today)).isFalse();
        assertThat(BirthDate.ofYear(2026).isAfter(today)).isTrue();
    }

    @Test
    void yearAndDateMustAgree() {
        assertThatThrownBy(() -> new BirthDate(1981, LocalDate.of(1980, 3, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new BirthDate(1980, LocalDate.of(1980, 3, 5))).isEqualTo(BirthDate.of(LocalDate.of(1980, 3, 5)));
    }
}
