package vn.chungtay.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Revision;

/**
 * The line a package carries for one record: identity, owner, revision with its ancestors, who changed it and when,
 * whether it is a tombstone, and the content. One JSON object, fields in a fixed order, UTF-8, NFC as stored.
 */
public final class Lines {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Lines() {
    }

    /** A record as a line. */
    public static <T> ObjectNode line(SyncType<T> type, T record) {
        RecordMeta meta = type.meta(record);
        ObjectNode line = MAPPER.createObjectNode();
        line.put("id", meta.id().toString());
        line.put("owner", meta.ownerUnit());
        line.put("rev", meta.revision().number());
        line.put("revId", meta.revision().id().toString());
        ArrayNode ancestors = line.putArray("ancestors");
        meta.revision().ancestors().forEach(a -> ancestors.add(a.toString()));
        line.put("installation", meta.lastChange().installationId().toString());
        line.put("user", meta.lastChange().userName());
        line.put("at", meta.lastChange().at().toString());
        line.put("deleted", meta.deleted());
        line.set("content", type.content(record, MAPPER.createObjectNode()));
        return line;
    }

    public static String text(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    public static ObjectNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new LineException("", "sync.line.not-object");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new LineException("", "sync.line.json");
        }
    }

    /** The meta of a line. */
    public static RecordMeta meta(ObjectNode line) {
        UUID id = Fields.uuid(line, "id");
        String owner = Fields.text(line, "owner");
        int rev = Fields.intValue(line, "rev");
        if (rev < 1) {
            throw new LineException("rev", "sync.line.number");
        }
        UUID revId = Fields.uuid(line, "revId");
        JsonNode list = line.get("ancestors");
        if (list == null || !list.isArray() || list.size() > Revision.MAX_ANCESTORS) {
            throw new LineException("ancestors", "sync.line.ancestors");
        }
        List<UUID> ancestors = new ArrayList<>();
        for (JsonNode a : list) {
            try {
                ancestors.add(UUID.fromString(a.asText()));
            } catch (IllegalArgumentException e) {
                throw new LineException("ancestors", "sync.line.uuid");
            }
        }
        Instant at;
        try {
            at = Instant.parse(Fields.text(line, "at"));
        } catch (DateTimeParseException e) {
            throw new LineException("at", "sync.line.date");
        }
        ChangeStamp stamp = new ChangeStamp(Fields.uuid(line, "installation"), Fields.text(line, "user"), at);
        return new RecordMeta(id, owner, new Revision(rev, revId, ancestors), stamp, Fields.bool(line, "deleted"));
    }

    /** The record a line holds. */
    public static <T> T record(SyncType<T> type, ObjectNode line) {
        return type.decode(meta(line), Fields.object(line, "content"));
    }
}
