package vn.chungtay.store.identity;

import static vn.chungtay.store.generated.Tables.INSTALLATION;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.chungtay.domain.identity.Installation;
import vn.chungtay.store.generated.tables.records.InstallationRecord;

/** This installation's identity and the peers it knows. */
public final class InstallationRepository {

    private final DSLContext dsl;

    public InstallationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** This installation, once it has been made. */
    public Optional<Installation> local() {
        return dsl.selectFrom(INSTALLATION).where(INSTALLATION.IS_LOCAL.isTrue()).fetchOptional(this::toInstallation);
    }

    public Optional<Installation> find(UUID id) {
        return dsl.selectFrom(INSTALLATION).where(INSTALLATION.ID.eq(id)).fetchOptional(this::toInstallation);
    }

    public void insert(Installation installation) {
        InstallationRecord r = dsl.newRecord(INSTALLATION);
        r.setId(installation.id());
        r.setName(installation.name());
        r.setPublicKey(installation.publicKey());
        r.setPrivateKey(installation.privateKey());
        r.setIsLocal(installation.local());
        r.setTrustedAt(installation.trustedAt() == null ? null : installation.trustedAt().atOffset(ZoneOffset.UTC));
        r.setCreatedAt(installation.createdAt().atOffset(ZoneOffset.UTC));
        r.insert();
    }

    /** Gives an installation another name (what packages show their receivers). */
    public void rename(UUID id, String name) {
        dsl.update(INSTALLATION).set(INSTALLATION.NAME, name).where(INSTALLATION.ID.eq(id)).execute();
    }

    private Installation toInstallation(InstallationRecord r) {
        return new Installation(r.getId(), r.getName(), r.getPublicKey(), r.getPrivateKey(), r.getIsLocal(),
                r.getTrustedAt() == null ? null : r.getTrustedAt().toInstant(), r.getCreatedAt().toInstant());
    }

    /** The unit a peer was trusted for, if it is a trusted peer. */
    public Optional<String> trustedUnit(UUID id) {
        return dsl.select(INSTALLATION.UNIT_CODE).from(INSTALLATION)
                .where(INSTALLATION.ID.eq(id).and(INSTALLATION.IS_LOCAL.isFalse()))
                .fetchOptional(INSTALLATION.UNIT_CODE);
    }

    /** Records a peer as trusted for a unit, with the key its packages must be signed with. */
    public void trust(Installation peer, String unitCode) {
        insert(peer);
        dsl.update(INSTALLATION).set(INSTALLATION.UNIT_CODE, unitCode).where(INSTALLATION.ID.eq(peer.id())).execute();
    }
}
