package vn.chungtay.app.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/**
 * One kind of record that travels in sync packages: its entry in the package, its content as JSON fields in a fixed
 * order (also what the content digest hashes), how a line becomes a record again, how an incoming record is checked,
 * and where it is read and written. Types that a commune owns are filtered by owner; reference data is not.
 */
public interface SyncType<T> {

    /** The record type's name in lines, the conflict queue and the digest ({@code household}). */
    String type();

    /** The package entry holding this type's lines ({@code households.jsonl}). */
    String entry();

    /** True for records owned by a commune (households, reviews …); false for reference data (units, standards …). */
    boolean communeOwned();

    RecordMeta meta(T record);

    /** The record's content: every field except identity and change bookkeeping, always in the same order. */
    ObjectNode content(T record, ObjectNode into);

    /** The record from its meta and content; throws {@link LineException} naming the field that is wrong. */
    T decode(RecordMeta meta, ObjectNode content);

    /** What is wrong with an incoming record by the domain's rules (a tombstone is not checked). */
    List<Violation> violations(T record, ValidationContext ctx);

    Optional<T> find(Repositories repos, UUID id);

    /** The stored records among the ids, tombstones included (one query where the table allows). */
    default List<T> findAll(Repositories repos, Collection<UUID> ids) {
        return ids.stream().map(id -> find(repos, id)).flatMap(Optional::stream).toList();
    }

    /** Writes the record as it is, meta included. */
    void save(Repositories repos, T record);

    /** Inserts records new to this database (none of their ids is stored yet); batched where the table allows. */
    default void insertAll(Repositories repos, List<T> records) {
        records.forEach(r -> save(repos, r));
    }

    /**
     * Streams the records changed in the sequence range: for commune-owned types only those owned by the communes;
     * for reference data those the communes need (all of them, or the units on the communes' path).
     */
    void forEachChanged(Repositories repos, Scope scope, long since, long upTo, Consumer<T> action);

    /**
     * The record this one belongs to, whose deletion carries this one's ({@code household} of a member), if any: a
     * member deleted with its household waits with the household when that deletion is disputed.
     */
    default Optional<Parent> parent(T record) {
        return Optional.empty();
    }

    /** A record another belongs to. */
    record Parent(String type, UUID id) {
    }
}
