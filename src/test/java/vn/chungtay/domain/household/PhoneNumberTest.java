package vn.chungtay.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
        "0912345678,         0912345678",
        "'0912 345 678',     0912345678",
        "0912.345.678,       0912345678",
        "0912-345-678,       0912345678",
        "+84912345678,       0912345678",
        "'+84 912 345 678',  0912345678",
        "84912345678,        0912345678",
        "'84 91 234 5678',   0912345678",
        "'(+84) 912345678',  0912345678",
        "0383456789,         0383456789",
        "0703456789,         0703456789",
        "0863456789,         0863456789",
    })
    void mobileNumbersKeepTenDigitsWithALeadingZero(String typed, String stored) {
        assertThat(PhoneNumber.normalise(typed)).contains(stored);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
        "01683456789,      0383456789",
        "0168.345.6789,    0383456789",
        "+841683456789,    0383456789",
        "841683456789,     0383456789",
        "01623456789,      0323456789",
        "01693456789,      0393456789",
        "01203456789,      0703456789",
        "01213456789,      0793456789",
        "01283456789,      0783456789",
        "01863456789,      0563456789",
        "01993456789,      0593456789",
    })
    void oldElevenDigitMobilePrefixesAreConverted(String typed, String stored) {
        assertThat(PhoneNumber.normalise(typed)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"02603812345", "0260 3812 345", "(0260) 3812345", "+842603812345", "02438123456"})
    void landlinesKeepElevenDigits(String typed) {
        String stored = PhoneNumber.normalise(typed).orElseThrow();
        assertThat(stored).hasSize(11).startsWith("02").containsOnlyDigits();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "091234567",      // 9 digits
        "09123456789",    // 11 digits that are not an old prefix or a landline
        "0123456789",     // 10 digits starting 01
        "0212345678",     // 10 digits starting 02
        "01703456789",    // 11 digits, 017x was never a mobile prefix
        "912345678",      // leading zero missing
        "8491234567",     // 84 with only nine digits after it
        "091234567890",   // 12 digits
        "09123abc78",
        "+1 415 555 0100",
    })
    void invalidNumbers(String typed) {
        assertThat(PhoneNumber.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " . - "})
    void nothingTypedStaysEmptyAndIsAccepted(String typed) {
        assertThat(PhoneNumber.normalise(typed)).contains("");
    }

    @Test
    void normalisingIsIdempotent() {
        for (String typed : new String[] {"+84 912 345 678", "01683456789", "02603812345"}) {
            String once = PhoneNumber.normalise(typed).orElseThrow();
            assertThat(PhoneNumber.normalise(once)).contains(once);
        }
    }
}
