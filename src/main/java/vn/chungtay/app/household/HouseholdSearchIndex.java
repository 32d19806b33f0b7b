package vn.chungtay.app.household;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSearchEntry;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * Search-as-you-type over a whole province in memory. H2 scans 130,000 households with {@code LIKE '%…%'} in over a
 * second, far above the 50 ms a keystroke may take (DESIGN.md); scanning the folded texts in Java takes a few
 * milliseconds. The index holds only the search entries (about 250 bytes a household); list rows are still fetched
 * from the database a page at a time. See docs/decisions/0005-search-index-in-memory.md.
 *
 * <p>The index is an immutable sorted array swapped on change, so searches on worker threads never lock. It is
 * built on first use and rebuilt whenever the database's change mark moved without this index being told, so a
 * writer that bypasses it (an import, another tool) cannot leave it stale.
 */
final class HouseholdSearchIndex {

    private final Store store;
    private volatile Snapshot snapshot;

    HouseholdSearchIndex(Store store) {
        this.store = store;
    }

    private record Snapshot(HouseholdSearchEntry[] entries, SearchText text, List<Long> changeMark) {

        Snapshot(HouseholdSearchEntry[] entries, List<Long> changeMark) {
            this(entries, new SearchText(entries), changeMark);
        }
    }

    /**
     * The live households matching the filter, in list order. With typed text, the longest term (usually the most
     * telling) picks candidates in one pass over all texts; each candidate is then checked against the whole filter.
     */
    Matches search(HouseholdFilter filter) {
        Snapshot current = fresh();
        HouseholdSearchEntry[] entries = current.entries();
        List<String> terms = HouseholdSearchEntry.terms(filter.text());
        int[] candidates;
        if (terms.isEmpty()) {
            candidates = null;
        } else {
            String longest = terms.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            candidates = current.text().entriesContaining(longest);
        }
        int total = candidates == null ? entries.length : candidates.length;
        int[] found = new int[total];
        int count = 0;
        for (int k = 0; k < total; k++) {
            int i = candidates == null ? k : candidates[k];
            if (entries[i].matches(filter, terms)) {
                found[count++] = i;
            }
        }
        return new Matches(entries, Arrays.copyOf(found, count));
    }

    /** Positions in one snapshot's entries: a result of 130,000 households is one int array. */
    record Matches(HouseholdSearchEntry[] entries, int[] positions) {

        int size() {
            return positions.length;
        }

        /** The ids of matches {@code from} (inclusive) to {@code to} (exclusive). */
        List<UUID> ids(int from, int to) {
            List<UUID> ids = new ArrayList<>(Math.max(0, to - from));
            for (int i = from; i < to; i++) {
                ids.add(entries[positions[i]].id());
            }
            return ids;
        }
    }

    /** True when the index is built and nothing changed in the database since: searching it costs no reading. */
    boolean isCurrent() {
        Snapshot current = snapshot;
        return current != null && current.changeMark().equals(store.reading().households().changeMark());
    }

    /** Builds the index now, if it is not current, so that the first keystroke does not wait for it. */
    void warm() {
        fresh();
    }

    /**
     * Records the written households' new entries (or their removal) in the same transaction that wrote them, so
     * the index moves with the database's change mark and no rebuild is needed.
     */
    synchronized void written(Repositories repos, List<HouseholdSearchEntry> changed, List<UUID> removed) {
        Snapshot current = snapshot;
        if (current == null) {
            return;
        }
        List<HouseholdSearchEntry> next = new ArrayList<>(Arrays.asList(current.entries()));
        Set<UUID> gone = new HashSet<>(removed);
        changed.forEach(e -> gone.add(e.id()));
        next.removeIf(e -> gone.contains(e.id()));
        for (HouseholdSearchEntry entry : changed) {
            int at = Collections.binarySearch(next, entry, HouseholdSearchEntry.LIST_ORDER);
            next.add(at < 0 ? -at - 1 : at, entry);
        }
        snapshot = new Snapshot(next.toArray(HouseholdSearchEntry[]::new), repos.households().changeMark());
    }

    private Snapshot fresh() {
        List<Long> mark = store.reading().households().changeMark();
        Snapshot current = snapshot;
        if (current != null && current.changeMark().equals(mark)) {
            return current;
        }
        return rebuild();
    }

    private synchronized Snapshot rebuild() {
        return store.inTransaction(repos -> {
            List<Long> mark = repos.households().changeMark();
            Snapshot current = snapshot;
            if (current != null && current.changeMark().equals(mark)) {
                return current;
            }
            List<HouseholdSearchEntry> entries = new ArrayList<>();
            repos.households().forEachSearchEntry(entries::add);
            entries.sort(HouseholdSearchEntry.LIST_ORDER);
            Snapshot built = new Snapshot(entries.toArray(HouseholdSearchEntry[]::new), mark);
            snapshot = built;
            return built;
        });
    }
}
