package vn.chungtay.domain.review;

import java.util.Objects;

/**
 * A deprivation indicator of a standard: its stable id (as the CLI takes it, e.g. {@code housing-area}), the
 * dimension it belongs to, its Vietnamese name and definition (legal texts are Vietnamese), and an English name.
 */
public record Indicator(String code, String dimension, String name, String nameEn, String definition) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        dimension = Objects.requireNonNullElse(dimension, "");
        nameEn = Objects.requireNonNullElse(nameEn, name);
        definition = Objects.requireNonNullElse(definition, "");
    }
}
