package vn.chungtay.store.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;

class EthnicGroupRepositoryTest {

    @Test
    void theFiftyFourGroupsOf1979PlusForeignerAndUnknown() {
        List<EthnicGroup> groups;
        try (Database db = Database.open(DbLocation.inMemory())) {
            groups = new Store(db).reading().ethnicGroups().all();
        }

        List<String> expectedCodes = IntStream.rangeClosed(1, 54).mapToObj(i -> String.format("%02d", i))
                .collect(Collectors.toList());
        expectedCodes.add("55");
        expectedCodes.add("99");
        assertThat(groups).extracting(EthnicGroup::code).containsExactlyElementsOf(expectedCodes);

        Map<String, String> names = groups.stream().collect(Collectors.toMap(EthnicGroup::code, EthnicGroup::name));
        assertThat(names).containsEntry("01", "Kinh").containsEntry("02", "Tày").containsEntry("04", "Hoa")
                .containsEntry("05", "Khơ-me").containsEntry("06", "Mường").containsEntry("08", "HMông")
                .containsEntry("12", "Ê-đê").containsEntry("14", "Xơ-Đăng").containsEntry("19", "Hrê")
                .containsEntry("23", "Bru-Vân Kiều").containsEntry("53", "Ơ Đu").containsEntry("54", "Rơ-măm")
                .containsEntry("55", "Người nước ngoài").containsEntry("99", "Không xác định");
        assertThat(groups).allSatisfy(g -> assertThat(Normalizer.isNormalized(g.name(), Normalizer.Form.NFC))
                .as(g.name()).isTrue());
    }

    @Test
    void minoritiesAreTheGroupsTwoToFiftyFour() {
        assertThat(EthnicGroup.isMinority("01")).isFalse();
        assertThat(EthnicGroup.isMinority("02")).isTrue();
        assertThat(EthnicGroup.isMinority("54")).isTrue();
        assertThat(EthnicGroup.isMinority("55")).isFalse();
        assertThat(EthnicGroup.isMinority("99")).isFalse();
        assertThat(EthnicGroup.isMinority("2")).isFalse();
        assertThat(EthnicGroup.isMinority(null)).isFalse();
    }
}
