package vn.chungtay.domain.record;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Who changed a record last and when: the installation, the person working there, and the time. */
public record ChangeStamp(UUID installationId, String userName, Instant at) {

    public ChangeStamp {
        Objects.requireNonNull(installationId, "installationId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(at, "at");
    }
}
