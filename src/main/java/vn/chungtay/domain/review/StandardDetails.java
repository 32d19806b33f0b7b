package vn.chungtay.domain.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.validation.Violation;

/**
 * The content of a multidimensional poverty standard (DOMAIN.md §1): its code ({@code 2022-2025}), name, legal basis,
 * the review years it applies to, whether it is provisional (thresholds a clerk may still correct), the rule, the
 * number of deprivations that makes a household poor, the lines per area, and the indicators in order.
 * {@code pointsPerIndicator} and {@code b2Threshold} give the B2 score of the B1/B2 method where known.
 */
public record StandardDetails(String code, String name, String legalBasis, int firstYear, int lastYear,
                              boolean provisional, ClassificationRule rule, int deprivationThreshold,
                              Map<Area, AreaLines> lines, List<Indicator> indicators, int pointsPerIndicator,
                              Integer b2Threshold) {

    public StandardDetails {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        lines = Map.copyOf(new EnumMap<>(lines));
        indicators = List.copyOf(indicators);
    }

    public AreaLines lines(Area area) {
        AreaLines l = lines.get(area);
        if (l == null) {
            throw new IllegalStateException("standard " + code + " has no lines for " + area);
        }
        return l;
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators.stream().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    /** True when the standard applies to reviews of that year. */
    public boolean appliesTo(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** What is wrong with these details as a clerk corrected them; empty when they may be saved. */
    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(Violation.of("name", "validation.name.required"));
        }
        if (lastYear < firstYear) {
            out.add(Violation.of("lastYear", "validation.standard.years"));
        }
        if (deprivationThreshold < 1 || deprivationThreshold > indicators.size()) {
            out.add(Violation.of("deprivationThreshold", "validation.standard.threshold", indicators.size()));
        }
        for (Area area : Area.values()) {
            AreaLines l = lines.get(area);
            if (l == null) {
                out.add(Violation.of("lines." + area, "validation.standard.line.missing"));
            } else if (l.averageUpper() != null && l.averageUpper() <= l.nearPoorUpper()) {
                out.add(Violation.of("lines." + area + ".averageUpper", "validation.standard.average-band"));
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (!indicator.code().matches("[a-z][a-z0-9-]{1,39}")) {
                out.add(Violation.of("indicators[" + i + "].code", "validation.standard.indicator.code"));
            } else if (!codes.add(indicator.code())) {
                out.add(Violation.of("indicators[" + i + "].code", "validation.standard.indicator.duplicate",
                        indicator.code()));
            }
            if (indicator.name().isBlank()) {
                out.add(Violation.of("indicators[" + i + "].name", "validation.name.required"));
            }
        }
        return out;
    }
}
