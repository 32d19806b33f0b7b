package vn.chungtay.ui.household;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import javafx.collections.ObservableListBase;
import vn.chungtay.app.household.HouseholdResults;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The household list as the table sees it: its size is the number of matching households, and rows are fetched a
 * page at a time in the background as the table scrolls to them, so a province of 130,000 households never sits
 * in memory. A row not yet fetched reads as {@code null}; when its page arrives, {@code onPageLoaded} runs (on the
 * JavaFX thread) so the table can redraw. The list's content never changes otherwise: a new search makes a new list.
 */
final class PagedHouseholds extends ObservableListBase<HouseholdSummary> {

    static final int PAGE_SIZE = 200;
    /** Pages kept in memory; the least recently used page is dropped beyond this. */
    static final int PAGES_KEPT = 25;

    private final HouseholdFilter filter;
    private final int size;
    private final HouseholdResults source;
    private final TaskRunner tasks;
    private final Runnable onPageLoaded;
    private final Map<Integer, List<HouseholdSummary>> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<HouseholdSummary>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();

    PagedHouseholds(HouseholdFilter filter, HouseholdResults source, List<HouseholdSummary> firstPage,
                    TaskRunner tasks, Runnable onPageLoaded) {
        this.filter = filter;
        this.size = source.size();
        this.source = source;
        this.tasks = tasks;
        this.onPageLoaded = onPageLoaded;
        pages.put(0, firstPage);
    }

    @Override
    public HouseholdSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<HouseholdSummary> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page);
            if (rows == null) {
                return null;
            }
        }
        int offset = index % PAGE_SIZE;
        return offset < rows.size() ? rows.get(offset) : null;
    }

    private void request(int page) {
        if (!loading.add(page)) {
            return;
        }
        tasks.run(BackgroundTask.of(progress -> source.page(page * PAGE_SIZE, PAGE_SIZE))
                .onSuccess(rows -> {
                    pages.put(page, rows);
                    onPageLoaded.run();
                })
                .andFinally(() -> loading.remove(page)));
    }

    @Override
    public int size() {
        return size;
    }

    /** The filter these rows answer. */
    HouseholdFilter filter() {
        return filter;
    }

    /** True when the row at the index has been fetched. */
    boolean isLoaded(int index) {
        List<HouseholdSummary> rows = pages.get(index / PAGE_SIZE);
        return rows != null;
    }
}
