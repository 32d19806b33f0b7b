package vn.chungtay.store.identity;

import static vn.chungtay.store.generated.Tables.APP_USER;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.chungtay.domain.identity.AppUser;
import vn.chungtay.store.generated.tables.records.AppUserRecord;

/** The people who have worked with this installation. */
public final class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The person who worked here most recently. */
    public Optional<AppUser> lastUsed() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.LAST_USED_AT.desc()).limit(1).fetchOptional(this::toUser);
    }

    public List<AppUser> all() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.LAST_USED_AT.desc()).fetch(this::toUser);
    }

    /** Inserts the user, or updates name, unit and last use of an existing one. */
    public void save(AppUser user) {
        AppUserRecord r = dsl.newRecord(APP_USER);
        r.setId(user.id());
        r.setName(user.name());
        r.setUnitCode(user.unitCode());
        r.setCreatedAt(user.createdAt().atOffset(ZoneOffset.UTC));
        r.setLastUsedAt(user.lastUsedAt().atOffset(ZoneOffset.UTC));
        if (dsl.fetchExists(APP_USER, APP_USER.ID.eq(user.id()))) {
            r.changed(APP_USER.ID, false);
            r.changed(APP_USER.CREATED_AT, false);
            r.update();
        } else {
            r.insert();
        }
    }

    public void touch(UUID id, Instant at) {
        dsl.update(APP_USER).set(APP_USER.LAST_USED_AT, at.atOffset(ZoneOffset.UTC)).where(APP_USER.ID.eq(id)).execute();
    }

    private AppUser toUser(AppUserRecord r) {
        return new AppUser(r.getId(), r.getName(), r.getUnitCode(), r.getCreatedAt().toInstant(),
                r.getLastUsedAt().toInstant());
    }
}
