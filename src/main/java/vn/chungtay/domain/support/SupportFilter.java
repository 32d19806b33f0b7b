package vn.chungtay.domain.support;

import java.util.Set;

/**
 * Which support records a total counts: the communes ({@code null}: all), optionally one year and one programme.
 */
public record SupportFilter(Set<String> communeCodes, Integer year, String programmeCode) {

    public SupportFilter {
        communeCodes = communeCodes == null ? null : Set.copyOf(communeCodes);
    }

    public static SupportFilter all() {
        return new SupportFilter(null, null, null);
    }
}
