package vn.chungtay.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordMetaTest {

    private static final UUID ID = UUID.fromString("0195a0c0-0000-7000-8000-0000000000aa");
    private static final ChangeStamp BORN = new ChangeStamp(UUID.randomUUID(), "Nguyễn Văn A",
            Instant.parse("2025-01-01T00:00:00Z"));
    private static final ChangeStamp LATER = new ChangeStamp(UUID.randomUUID(), "Trần Thị B",
            Instant.parse("2025-02-01T00:00:00Z"));

    @Test
    void bornEditedAndTombstonedCarryTheRevisionChain() {
        UUID rev1 = UUID.randomUUID();
        UUID rev2 = UUID.randomUUID();
        UUID rev3 = UUID.randomUUID();

        RecordMeta born = RecordMeta.born(ID, "23425", rev1, BORN);
        RecordMeta edited = born.edited(rev2, LATER);
        RecordMeta deleted = edited.tombstoned(rev3, LATER);

        assertThat(born.revision()).isEqualTo(Revision.first(rev1));
        assertThat(born.deleted()).isFalse();
        assertThat(edited.id()).isEqualTo(ID);
        assertThat(edited.ownerUnit()).isEqualTo("23425");
        assertThat(edited.revision().number()).isEqualTo(2);
        assertThat(edited.revision().ancestors()).containsExactly(rev1);
        assertThat(edited.lastChange()).isEqualTo(LATER);
        assertThat(edited.deleted()).isFalse();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.revision().number()).isEqualTo(3);
        assertThat(deleted.revision().ancestors()).containsExactly(rev2, rev1);
        assertThat(deleted.revision().descendsFrom(born.revision())).isTrue();
    }
}
