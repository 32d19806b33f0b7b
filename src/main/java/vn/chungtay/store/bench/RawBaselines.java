package vn.chungtay.store.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.chungtay.store.DbLocation;

/**
 * The raw baselines of the benchmark: what plain JDBC, with no domain, validation or bookkeeping, costs for the same
 * rows on the same schema. Each works on its own connection to a database that ChungTay has created and migrated.
 */
public final class RawBaselines {

    /** The register tables a province's sync packages fill, in a safe order (the schema has no foreign keys). */
    public static final List<String> REGISTER_TABLES = List.of("admin_unit", "poverty_standard", "poverty_indicator",
            "programme", "support_kind", "village", "household", "member", "review_round", "household_review",
            "support_event");

    /** The tables of one commune's data (those with the commune as owner). */
    private static final List<String> COMMUNE_TABLES = List.of("village", "household", "member", "review_round",
            "household_review", "support_event");

    private static final int BATCH = 10_000;

    private RawBaselines() {
    }

    /** What a plain copy did: the rows per table and the time spent binding and inserting (reading excluded). */
    public record Copy(Map<String, Long> rowsPerTable, long insertNanos) {

        public long rows() {
            return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Copies the register rows of {@code source} that {@code target} does not hold yet (by primary key) with JDBC
     * batches of 10,000 in one transaction; only the binding and inserting is timed. With {@code communes}, the
     * communes' own rows only (and all reference rows: units, standards, the catalogue); {@code null} for all.
     */
    public static Copy copyRegister(DbLocation source, DbLocation target, Set<String> communes) {
        try (Connection from = connect(source); Connection to = connect(target)) {
            to.setAutoCommit(false);
            Map<String, Long> rows = new LinkedHashMap<>();
            long nanos = 0;
            for (String table : REGISTER_TABLES) {
                List<String> key = primaryKey(to, table);
                Set<List<Object>> present = keys(to, table, key);
                long[] counted = {0};
                nanos += copyTable(from, to, table, COMMUNE_TABLES.contains(table) ? communes : null, key, present,
                        counted);
                rows.put(table, counted[0]);
            }
            long start = System.nanoTime();
            to.commit();
            nanos += System.nanoTime() - start;
            return new Copy(rows, nanos);
        } catch (SQLException e) {
            throw new IllegalStateException("raw copy into " + target.describe() + " failed", e);
        }
    }

    private static long copyTable(Connection from, Connection to, String table, Set<String> communes,
                                  List<String> key, Set<List<Object>> present, long[] counted) throws SQLException {
        long nanos = 0;
        String where = communes == null ? ""
                : " WHERE owner_unit IN (" + String.join(", ", java.util.Collections.nCopies(communes.size(), "?")) + ")";
        try (PreparedStatement select = from.prepareStatement("SELECT * FROM " + table + where)) {
            if (communes != null) {
                int i = 1;
                for (String commune : communes) {
                    select.setString(i++, commune);
                }
            }
            select.setFetchSize(BATCH);
            try (ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    names.add(meta.getColumnName(c));
                }
                String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
                List<Integer> keyColumns = key.stream().map(k -> indexOf(names, k)).toList();
                try (PreparedStatement out = to.prepareStatement(insert)) {
                    int pending = 0;
                    Object[] row = new Object[columns];
                    while (rs.next()) {
                        for (int c = 0; c < columns; c++) {
                            row[c] = rs.getObject(c + 1);
                        }
                        if (!present.isEmpty() && present.contains(keyOf(row, keyColumns))) {
                            continue;
                        }
                        long start = System.nanoTime();
                        for (int c = 0; c < columns; c++) {
                            out.setObject(c + 1, row[c]);
                        }
                        out.addBatch();
                        if (++pending == BATCH) {
                            out.executeBatch();
                            pending = 0;
                        }
                        nanos += System.nanoTime() - start;
                        counted[0]++;
                    }
                    long start = System.nanoTime();
                    if (pending > 0) {
                        out.executeBatch();
                    }
                    nanos += System.nanoTime() - start;
                }
            }
        }
        return nanos;
    }

    /**
     * Writes a commune's rows as tab-separated lines, one zip entry per table: the raw work under exporting a
     * commune (read its rows, write them compressed), without any package format, signature or revisions.
     *
     * @return the number of rows written
     */
    public static long dumpCommune(DbLocation location, String communeCode, Path out) {
        long rows = 0;
        try (Connection connection = connect(location);
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out));
             BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8))) {
            for (String table : COMMUNE_TABLES) {
                zip.putNextEntry(new ZipEntry(table + ".tsv"));
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT * FROM " + table + " WHERE owner_unit = ?")) {
                    select.setString(1, communeCode);
                    try (ResultSet rs = select.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringJoiner line = new StringJoiner("\t");
                            for (int c = 1; c <= columns; c++) {
                                line.add(String.valueOf(rs.getObject(c)));
                            }
                            writer.write(line.toString());
                            writer.write('\n');
                            rows++;
                        }
                    }
                }
                writer.flush();
                zip.closeEntry();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("raw dump of " + communeCode + " failed", e);
        }
        return rows;
    }

    /** Opens one connection for hand-written search queries (kept open as the list keeps its database open). */
    public static Searcher searcher(DbLocation location) {
        try {
            return new Searcher(connect(location));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + location.describe(), e);
        }
    }

    /** Hand-written search queries over one connection. */
    public static final class Searcher implements AutoCloseable {

        private final Connection connection;

        private Searcher(Connection connection) {
            this.connection = connection;
        }

        /**
         * The households whose folded text holds every term (a name term at the start of a word, a number anywhere):
         * their count and the first page in list order, as the list shows after a keystroke.
         *
         * @return the number of matching households
         */
        public int search(List<String> terms, int pageSize) {
            StringBuilder where = new StringBuilder("deleted = FALSE");
            List<String> binds = new ArrayList<>();
            for (String term : terms) {
                if (term.chars().anyMatch(Character::isDigit)) {
                    where.append(" AND search_text LIKE ?");
                    binds.add("%" + term + "%");
                } else {
                    where.append(" AND (search_text LIKE ? OR search_text LIKE ?)");
                    binds.add(term + "%");
                    binds.add("% " + term + "%");
                }
            }
            try {
                int count;
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*) FROM household WHERE " + where)) {
                    bind(select, binds);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        count = rs.getInt(1);
                    }
                }
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, household_number, head_name, member_count, address FROM household WHERE " + where
                                + " ORDER BY sort_key, id LIMIT " + pageSize)) {
                    bind(select, binds);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1, UUID.class);
                        }
                    }
                }
                return count;
            } catch (SQLException e) {
                throw new IllegalStateException("raw search failed", e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot close the raw search connection", e);
            }
        }
    }

    private static void bind(PreparedStatement statement, List<String> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            statement.setString(i + 1, binds.get(i));
        }
    }

    private static Connection connect(DbLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), "sa", "");
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, null, table.toUpperCase())) {
            while (rs.next()) {
                key.add(rs.getString("COLUMN_NAME"));
            }
        }
        return key;
    }

    private static Set<List<Object>> keys(Connection connection, String table, List<String> key)
            throws SQLException {
        Set<List<Object>> keys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + String.join(", ", key) + " FROM " + table);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                List<Object> k = new ArrayList<>();
                for (int c = 1; c <= key.size(); c++) {
                    k.add(rs.getObject(c));
                }
                keys.add(k);
            }
        }
        return keys;
    }

    private static List<Object> keyOf(Object[] row, List<Integer> keyColumns) {
        List<Object> k = new ArrayList<>(keyColumns.size());
        keyColumns.forEach(c -> k.add(row[c]));
        return k;
    }

    private static int indexOf(List<String> names, String column) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + column);
    }
}
