package vn.chungtay.app.support;

import java.util.Set;
import java.util.UUID;
import vn.chungtay.domain.review.PovertyClass;

/**
 * Who receives a bulk support: households of a commune, optionally of one village, of some classes in their latest
 * review (e.g. only poor), only ethnic-minority ones, and optionally only those picked by hand.
 */
public record RecipientCriteria(String communeCode, UUID villageId, Set<PovertyClass> classes, boolean minorityOnly,
                                Set<UUID> picked) {

    public RecipientCriteria {
        classes = classes == null ? Set.of() : Set.copyOf(classes);
        picked = picked == null ? null : Set.copyOf(picked);
    }
}
