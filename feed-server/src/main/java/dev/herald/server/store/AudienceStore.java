package dev.herald.server.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * Subscriber counts in SQL, which replicas sum through: each adds the readers it saw (as salted
 * hashes, so two replicas seeing one reader count it once) and the counts aggregators reported.
 */
@ApplicationScoped
public class AudienceStore {

    /** Days of counts kept: the chart's thirty and today. */
    public static final int DAYS_KEPT = 31;

    private final ActiveDataSource dataSources;
    private final SecureRandom random = new SecureRandom();

    public AudienceStore(ActiveDataSource dataSources) {
        this.dataSources = dataSources;
    }

    /** An aggregator's count of subscribers, as its User-Agent gave it on {@code day}. */
    public record Report(LocalDate day, String feed, String format, String source, String sourceFeed, int subscribers) {
    }

    /** A reader seen on {@code day}, by the hash of its address and agent salted with the day's salt. */
    public record Reader(LocalDate day, String feed, String format, String hash) {
    }

    /**
     * The salt of {@code day}, the same on every replica: made by the first to ask. Older salts
     * than the day before are deleted, so yesterday's hashes can no longer be recomputed.
     */
    public byte[] saltOf(LocalDate day) {
        return run("read the day's salt", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audience_salts WHERE on_day < ?")) {
                delete.setDate(1, Date.valueOf(day.minusDays(1)));
                delete.executeUpdate();
            }
            for (int attempt = 0; ; attempt++) {
                try (PreparedStatement select = connection.prepareStatement("SELECT salt FROM audience_salts WHERE on_day = ?")) {
                    select.setDate(1, Date.valueOf(day));
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            return HexFormat.of().parseHex(rows.getString(1));
                        }
                    }
                }
                byte[] salt = new byte[32];
                random.nextBytes(salt);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO audience_salts (on_day, salt) VALUES (?, ?)")) {
                    insert.setDate(1, Date.valueOf(day));
                    insert.setString(2, HexFormat.of().formatHex(salt));
                    insert.executeUpdate();
                    return salt;
                } catch (SQLException e) {
                    if (attempt > 0 || !SqlStates.isUniqueViolation(e)) {
                        throw e;
                    }
                }
            }
        });
    }

    /** Adds what one replica counted since it last did; counts older than {@link #DAYS_KEPT} go. */
    public void add(Collection<Reader> readers, Collection<Report> reports, LocalDate today) {
        run("store subscriber counts", connection -> {
            connection.setAutoCommit(false);
            try {
                addReaders(connection, readers);
                addReports(connection, reports);
                for (String table : new String[] {"audience_readers", "audience_reports"}) {
                    try (PreparedStatement prune = connection.prepareStatement("DELETE FROM " + table + " WHERE on_day < ?")) {
                        prune.setDate(1, Date.valueOf(today.minusDays(DAYS_KEPT - 1)));
                        prune.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            return null;
        });
    }

    /**
     * Every count from {@code from} on, per day, feed, format and source; the distinct readers of
     * each feed, whatever the format, under the format {@link AudienceCount#ALL_FORMATS}.
     */
    public List<AudienceCount> countsSince(LocalDate from) {
        return run("read subscriber counts", connection -> {
            List<AudienceCount> counts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT on_day, feed, format, 'readers', COUNT(*) FROM audience_readers WHERE on_day >= ?"
                            + " GROUP BY on_day, feed, format"
                            // a reader of two formats of one feed is one reader of the feed
                            + " UNION ALL SELECT on_day, feed, '" + AudienceCount.ALL_FORMATS + "', 'readers',"
                            + " COUNT(DISTINCT reader) FROM audience_readers WHERE on_day >= ? GROUP BY on_day, feed"
                            + " UNION ALL SELECT on_day, feed, format, source, SUM(subscribers) FROM audience_reports"
                            + " WHERE on_day >= ? GROUP BY on_day, feed, format, source")) {
                select.setDate(1, Date.valueOf(from));
                select.setDate(2, Date.valueOf(from));
                select.setDate(3, Date.valueOf(from));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.add(new AudienceCount(rows.getDate(1).toLocalDate(), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getInt(5)));
                    }
                }
            }
            return counts;
        });
    }

    private static void addReaders(Connection connection, Collection<Reader> readers) throws SQLException {
        if (readers.isEmpty()) {
            return;
        }
        // a reader another replica (or an earlier flush) already added is no second reader
        String sql = SqlWork.isPostgres(connection)
                ? "INSERT INTO audience_readers (on_day, feed, format, reader) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"
                : "MERGE INTO audience_readers (on_day, feed, format, reader) KEY (on_day, feed, format, reader) VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Reader reader : readers) {
                insert.setDate(1, Date.valueOf(reader.day()));
                insert.setString(2, reader.feed());
                insert.setString(3, reader.format());
                insert.setString(4, reader.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // the latest count of the day wins
    private static void addReports(Connection connection, Collection<Report> reports) throws SQLException {
        if (reports.isEmpty()) {
            return;
        }
        String sql = SqlWork.isPostgres(connection)
                ? "INSERT INTO audience_reports (on_day, feed, format, source, source_feed, subscribers) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (on_day, feed, format, source, source_feed) DO UPDATE SET subscribers = EXCLUDED.subscribers"
                : "MERGE INTO audience_reports (on_day, feed, format, source, source_feed, subscribers)"
                        + " KEY (on_day, feed, format, source, source_feed) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            for (Report report : reports) {
                upsert.setDate(1, Date.valueOf(report.day()));
                upsert.setString(2, report.feed());
                upsert.setString(3, report.format());
                upsert.setString(4, report.source());
                upsert.setString(5, report.sourceFeed());
                upsert.setInt(6, report.subscribers());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }


    private <T> T run(String what, SqlWork<T> work) {
        return SqlWork.run(dataSources, what, work);
    }
}
