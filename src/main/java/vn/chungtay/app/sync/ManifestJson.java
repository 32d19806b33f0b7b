package vn.chungtay.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Writes a manifest as JSON and reads one back, refusing anything that does not follow the schema. */
final class ManifestJson {

    private ManifestJson() {
    }

    static byte[] write(Manifest m) {
        ObjectNode root = Lines.MAPPER.createObjectNode();
        root.put("format", m.format());
        root.put("schema", m.schema());
        root.put("packageId", m.packageId().toString());
        ObjectNode source = root.putObject("source");
        source.put("installation", m.sourceInstallation().toString());
        source.put("name", m.sourceName());
        source.put("unit", m.sourceUnit());
        source.put("publicKey", Base64.getEncoder().encodeToString(m.publicKey()));
        source.put("fingerprint", m.fingerprint());
        root.put("packageNo", m.packageNo());
        root.put("full", m.full());
        ObjectNode sequence = root.putObject("sequence");
        sequence.put("from", m.seqFrom());
        sequence.put("to", m.seqTo());
        root.put("createdAt", m.createdAt().toString());
        ArrayNode scope = root.putArray("scope");
        m.scope().forEach(scope::add);
        ArrayNode entries = root.putArray("entries");
        for (Manifest.Entry e : m.entries()) {
            ObjectNode n = entries.addObject();
            n.put("name", e.name());
            n.put("rows", e.rows());
            n.put("sha256", e.sha256());
        }
        try {
            return Lines.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    /** Reads a manifest; throws {@link PackageRejectedException} naming what is missing or malformed. */
    static Manifest read(byte[] bytes) {
        JsonNode root;
        try {
            root = Lines.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw PackageRejectedException.of("sync.reject.manifest-json");
        }
        if (root == null || !root.isObject()) {
            throw PackageRejectedException.of("sync.reject.manifest-json");
        }
        int format = integer(root, "format");
        if (format != Manifest.FORMAT) {
            throw PackageRejectedException.of("sync.reject.format", format, Manifest.FORMAT);
        }
        JsonNode source = object(root, "source");
        JsonNode sequence = object(root, "sequence");
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text(source, "publicKey"));
        } catch (IllegalArgumentException e) {
            throw PackageRejectedException.of("sync.reject.manifest-field", "source.publicKey");
        }
        List<String> scope = new ArrayList<>();
        for (JsonNode c : array(root, "scope")) {
            if (!c.isTextual() || !c.asText().matches("\\d{5}")) {
                throw PackageRejectedException.of("sync.reject.manifest-field", "scope");
            }
            scope.add(c.asText());
        }
        if (scope.isEmpty()) {
            throw PackageRejectedException.of("sync.reject.manifest-field", "scope");
        }
        List<Manifest.Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode e : array(root, "entries")) {
            String name = text(e, "name");
            String sha = text(e, "sha256");
            long rows = longValue(e, "rows");
            if (SyncTypes.byEntry(name).isEmpty() || !names.add(name) || !sha.matches("[0-9a-f]{64}") || rows < 0) {
                throw PackageRejectedException.of("sync.reject.manifest-field", "entries");
            }
            entries.add(new Manifest.Entry(name, rows, sha));
        }
        Instant created;
        try {
            created = Instant.parse(text(root, "createdAt"));
        } catch (DateTimeParseException e) {
            throw PackageRejectedException.of("sync.reject.manifest-field", "createdAt");
        }
        long from = longValue(sequence, "from");
        long to = longValue(sequence, "to");
        if (from < 0 || to < from) {
            throw PackageRejectedException.of("sync.reject.manifest-field", "sequence");
        }
        return new Manifest(format, integer(root, "schema"), uuid(root, "packageId"), uuid(source, "installation"),
                text(source, "name"), text(source, "unit"), key, integer(root, "packageNo"), bool(root, "full"), from,
                to, created, scope, entries);
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw PackageRejectedException.of("sync.reject.manifest-field", name);
        }
        return v;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isTextual()) {
            throw PackageRejectedException.of("sync.reject.manifest-field", name);
        }
        return v.asText();
    }

    private static long longValue(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isIntegralNumber()) {
            throw PackageRejectedException.of("sync.reject.manifest-field", name);
        }
        return v.asLong();
    }

    private static int integer(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isInt()) {
            throw PackageRejectedException.of("sync.reject.manifest-field", name);
        }
        return v.asInt();
    }

    private static boolean bool(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isBoolean()) {
            throw PackageRejectedException.of("sync.reject.manifest-field", name);
        }
        return v.asBoolean();
    }

    private static UUID uuid(JsonNode node, String name) {
        try {
            return UUID.fromString(text(node, name));
        } catch (IllegalArgumentException e) {
            throw PackageRejectedException.of("sync.reject.manifest-field", name);
        }
    }

    private static JsonNode object(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isObject()) {
            throw PackageRejectedException.of("sync.reject.manifest-field", name);
        }
        return v;
    }

    private static JsonNode array(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isArray()) {
            throw PackageRejectedException.of("sync.reject.manifest-field", name);
        }
        return v;
    }
}
