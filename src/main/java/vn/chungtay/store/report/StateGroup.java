package vn.chungtay.store.report;

import java.util.List;
import java.util.Objects;
import vn.chungtay.domain.review.PovertyClass;

/**
 * The reviews of a state in one group, of one class and DTTS or not: how many households and persons, how many of them
 * are without working capacity, with meritorious service, female-headed; how many lack each asked indicator (in the
 * order asked); and, over the reviews that give an income figure, the sum of income × persons and of those persons
 * (an average income per person is their quotient). {@code ethnicity} is the head's ethnic group when grouped by it.
 */
public record StateGroup(GroupKey key, String ethnicity, PovertyClass povertyClass, boolean ethnicMinority,
                         long households, long persons, long noWorkCapacity, long meritorious, long femaleHead,
                         List<Long> lacking, long incomeTimesPersons, long personsWithIncome) {

    public StateGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(povertyClass, "povertyClass");
        lacking = List.copyOf(lacking);
    }
}
