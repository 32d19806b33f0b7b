package vn.chungtay.app.stats;

import java.util.List;

/**
 * Record counts of a database or of one commune, and the content digest: a SHA-256 over the live records' content
 * in a canonical order (DESIGN.md), equal on two installations that hold the same records.
 */
public record Stats(long units, long villages, long households, long members, List<String> communes, String digest) {

    public Stats {
        communes = List.copyOf(communes);
    }
}
