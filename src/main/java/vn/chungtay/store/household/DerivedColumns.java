package vn.chungtay.store.household;

import static vn.chungtay.store.generated.Tables.HOUSEHOLD;
import static vn.chungtay.store.generated.Tables.MEMBER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.chungtay.domain.household.HouseholdSearchEntry;
import vn.chungtay.domain.household.Member;
import vn.chungtay.store.generated.tables.records.HouseholdRecord;
import vn.chungtay.store.InLists;

/**
 * Recomputes the columns a household derives from its live members (head, count, search text, order) for many
 * households at once: an import touches a commune's households together, and one query per household for the row,
 * one for its members and one update made that a third of a package's import. Here a chunk of households costs two
 * queries and one batch that holds only the rows whose derived values changed.
 */
final class DerivedColumns {

    private static final int CHUNK = 500;

    private final DSLContext dsl;

    DerivedColumns(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Refreshes the households among {@code ids} (unknown ids are ignored); returns how many rows changed. */
    int refresh(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        int changed = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            changed += refreshChunk(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return changed;
    }

    private int refreshChunk(List<UUID> ids) {
        Map<UUID, List<Member>> live = new HashMap<>();
        dsl.selectFrom(MEMBER).where(InLists.in(MEMBER.HOUSEHOLD_ID, ids).and(MEMBER.DELETED.isFalse()))
                .fetch(MemberRows::toMember)
                .forEach(m -> live.computeIfAbsent(m.householdId(), k -> new ArrayList<>()).add(m));
        var update = dsl.batch(dsl.update(HOUSEHOLD)
                .set(HOUSEHOLD.HEAD_NAME, (String) null)
                .set(HOUSEHOLD.MEMBER_COUNT, (Integer) null)
                .set(HOUSEHOLD.SEARCH_TEXT, (String) null)
                .set(HOUSEHOLD.SORT_KEY, (String) null)
                .where(HOUSEHOLD.ID.eq((UUID) null)));
        int changed = 0;
        for (HouseholdRecord r : dsl.selectFrom(HOUSEHOLD).where(InLists.in(HOUSEHOLD.ID, ids)).fetch()) {
            HouseholdSearchEntry entry = HouseholdSearchEntry.of(
                    HouseholdRepository.toHousehold(r, live.getOrDefault(r.getId(), List.of())));
            if (!same(r, entry)) {
                update = update.bind(entry.headName(), entry.memberCount(), entry.searchText(), entry.sortKey(),
                        r.getId());
                changed++;
            }
        }
        if (changed > 0) {
            update.execute();
        }
        return changed;
    }

    private static boolean same(HouseholdRecord r, HouseholdSearchEntry e) {
        return Objects.equals(r.getHeadName(), e.headName()) && Objects.equals(r.getMemberCount(), e.memberCount())
                && Objects.equals(r.getSearchText(), e.searchText()) && Objects.equals(r.getSortKey(), e.sortKey());
    }
}
