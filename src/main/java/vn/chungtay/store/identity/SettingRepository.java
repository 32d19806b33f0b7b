package vn.chungtay.store.identity;

import static vn.chungtay.store.generated.Tables.SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Settings of this installation, as text under dotted keys (e.g. {@code ui.language}). */
public final class SettingRepository {

    private final DSLContext dsl;

    public SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key)).fetchOptional(SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        int updated = dsl.update(SETTING).set(SETTING.SETTING_VALUE, value).where(SETTING.SETTING_KEY.eq(key)).execute();
        if (updated == 0) {
            dsl.insertInto(SETTING).set(SETTING.SETTING_KEY, key).set(SETTING.SETTING_VALUE, value).execute();
        }
    }
}
