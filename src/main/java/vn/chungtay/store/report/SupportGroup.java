package vn.chungtay.store.report;

import java.util.Objects;

/**
 * Support records in one group (a programme, a funding source, a kind, or all of them when the key is empty): how many
 * records, how many distinct households they reached, and their VND.
 */
public record SupportGroup(String key, long events, long households, long vnd) {

    public SupportGroup {
        Objects.requireNonNull(key, "key");
    }
}
