package vn.chungtay.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reading the fields of a package line, each failure named by its field, so that a rejected package says which entry,
 * line and field are wrong. Writing helpers keep absent values as JSON null.
 */
public final class Fields {

    private Fields() {
    }

    public static String text(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new LineException(field, "sync.line.text");
        }
        return v.asText();
    }

    public static String textOrNull(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : text(node, field);
    }

    public static UUID uuid(ObjectNode node, String field) {
        try {
            return UUID.fromString(text(node, field));
        } catch (IllegalArgumentException e) {
            throw new LineException(field, "sync.line.uuid");
        }
    }

    public static UUID uuidOrNull(ObjectNode node, String field) {
        return textOrNull(node, field) == null ? null : uuid(node, field);
    }

    public static LocalDate date(ObjectNode node, String field) {
        try {
            return LocalDate.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new LineException(field, "sync.line.date");
        }
    }

    public static LocalDate dateOrNull(ObjectNode node, String field) {
        return textOrNull(node, field) == null ? null : date(node, field);
    }

    public static long longValue(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new LineException(field, "sync.line.number");
        }
        return v.asLong();
    }

    public static Long longOrNull(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : longValue(node, field);
    }

    public static int intValue(ObjectNode node, String field) {
        long v = longValue(node, field);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new LineException(field, "sync.line.number");
        }
        return (int) v;
    }

    public static Integer intOrNull(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : intValue(node, field);
    }

    public static boolean bool(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw new LineException(field, "sync.line.boolean");
        }
        return v.asBoolean();
    }

    public static BigDecimal decimalOrNull(ObjectNode node, String field) {
        String text = textOrNull(node, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new LineException(field, "sync.line.number");
        }
    }

    public static <E extends Enum<E>> E enumValue(ObjectNode node, String field, Class<E> type) {
        String text = text(node, field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new LineException(field, "sync.line.value", text);
        }
    }

    public static ObjectNode object(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw new LineException(field, "sync.line.object");
        }
        return (ObjectNode) v;
    }

    public static void put(ObjectNode node, String field, LocalDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toString());
        }
    }

    public static void put(ObjectNode node, String field, UUID id) {
        if (id == null) {
            node.putNull(field);
        } else {
            node.put(field, id.toString());
        }
    }

    public static void put(ObjectNode node, String field, Number n) {
        if (n == null) {
            node.putNull(field);
        } else {
            node.put(field, n.longValue());
        }
    }

    public static void put(ObjectNode node, String field, BigDecimal d) {
        if (d == null) {
            node.putNull(field);
        } else {
            node.put(field, d.stripTrailingZeros().toPlainString());
        }
    }
}
