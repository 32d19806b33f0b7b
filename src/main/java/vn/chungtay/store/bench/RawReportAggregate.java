package vn.chungtay.store.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.chungtay.store.DbLocation;

/**
 * The raw baseline of the consolidated report: one hand-written aggregate over the year's reviews of the province, the
 * core of the summary table (households and persons by commune, class and ethnic minority, with the category counts),
 * on a plain JDBC connection. It reads the same rows the report's main pass reads, without rounds, movement, trend or
 * supports.
 */
public final class RawReportAggregate implements AutoCloseable {

    private static final String SQL = """
            SELECT owner_unit, poverty_class, ethnic_minority, COUNT(*), SUM(persons),
                   SUM(CASE WHEN no_work_capacity THEN 1 ELSE 0 END), SUM(CASE WHEN meritorious THEN 1 ELSE 0 END),
                   SUM(CASE WHEN female_head THEN 1 ELSE 0 END)
            FROM household_review
            WHERE review_year = ? AND deleted = FALSE AND reviewed_on <= ?
            GROUP BY owner_unit, poverty_class, ethnic_minority""";

    private final Connection connection;

    private RawReportAggregate(Connection connection) {
        this.connection = connection;
    }

    /** Opens one connection, kept for the runs as the program keeps its database open. */
    public static RawReportAggregate open(DbLocation location) {
        try {
            return new RawReportAggregate(DriverManager.getConnection(location.jdbcUrl(), "sa", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + location.describe(), e);
        }
    }

    /**
     * Runs the aggregate for a year over the reviews made up to {@code asOf} (as the report asks for the state on a
     * day; a day other than the last run's keeps H2 from answering from its result cache), and returns the number of
     * households it counted, so that nothing is optimised away.
     */
    public long run(int year, LocalDate asOf) {
        try (PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setInt(1, year);
            select.setObject(2, asOf);
            long households = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    households += rs.getLong(4);
                }
            }
            return households;
        } catch (SQLException e) {
            throw new IllegalStateException("raw report aggregate failed", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the raw report connection", e);
        }
    }
}
