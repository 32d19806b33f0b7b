package vn.chungtay.app.sync;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The communes a package covers, and the units on their path up to the province (which the package carries as
 * reference data so that an empty database can place the communes).
 */
public record Scope(Set<String> communes, Set<String> unitPath) {

    public Scope {
        communes = Set.copyOf(communes);
        unitPath = Set.copyOf(unitPath);
    }

    /** The communes in code order, comma-separated: how the scope is written in manifests and logs. */
    public String key() {
        return String.join(",", new TreeSet<>(communes));
    }

    public static List<String> parseKey(String key) {
        return key.isEmpty() ? List.of() : List.of(key.split(","));
    }
}
