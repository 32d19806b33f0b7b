package vn.chungtay.domain.validation;

import java.util.List;

/**
 * One reason an input was rejected: which field (a path such as {@code members[2].idNumber}), and a message key with
 * its arguments, so that every layer can show it in the user's language.
 */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }
}
