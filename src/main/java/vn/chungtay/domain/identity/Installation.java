package vn.chungtay.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An installation of ChungTay: this one (with its private key) or a peer whose packages were seen. Each has a UUID
 * and an Ed25519 key pair made on its first start (DESIGN.md); keys are kept in their X.509 / PKCS#8 encodings.
 */
public record Installation(UUID id, String name, byte[] publicKey, byte[] privateKey, boolean local,
                           Instant trustedAt, Instant createdAt) {

    public Installation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
