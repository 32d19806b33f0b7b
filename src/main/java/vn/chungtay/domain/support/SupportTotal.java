package vn.chungtay.domain.support;

import java.util.List;

/**
 * One group of support records: its key per dimension (a programme code, a source name, a year, a village id as
 * text …), how many records, how many distinct households they reached, and the VND they add up to.
 */
public record SupportTotal(List<String> keys, long events, long households, long vnd) {

    public SupportTotal {
        keys = List.copyOf(keys);
    }
}
