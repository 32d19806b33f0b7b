package vn.chungtay.app.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.chungtay.domain.record.ChangeStamp;

/**
 * Who is acting: the installation, the person's name and the unit they work for. Services stamp every change with
 * it and check that the unit covers what is changed.
 */
public record Actor(UUID installationId, String userName, String unitCode) {

    public Actor {
        Objects.requireNonNull(installationId, "installationId");
        Objects.requireNonNull(userName, "userName");
    }

    public ChangeStamp stamp(Instant at) {
        return new ChangeStamp(installationId, userName, at);
    }
}
