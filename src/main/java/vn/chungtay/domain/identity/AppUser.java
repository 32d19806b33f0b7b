package vn.chungtay.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person who works with this installation, and the unit they work for: a commune for an officer, a district or
 * province for a clerk. Their name is recorded on every change they make.
 */
public record AppUser(UUID id, String name, String unitCode, Instant createdAt, Instant lastUsedAt) {

    public AppUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitCode, "unitCode");
    }
}
