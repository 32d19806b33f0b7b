package vn.chungtay.app.household;

import java.util.List;
import vn.chungtay.domain.household.HouseholdSummary;

/**
 * The households a list shows for one filter: how many there are, and any page of them in list order. Pages are
 * read from the database when asked for, so a result of 130,000 households costs no more memory than one page.
 */
public interface HouseholdResults {

    int size();

    /** Rows {@code offset} … {@code offset + limit - 1}, fewer at the end. */
    List<HouseholdSummary> page(int offset, int limit);
}
