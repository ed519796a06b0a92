package dev.herald.server.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in hub's subscriptions and owed deliveries in SQL, shared by replicas: a change raises
 * its topics' generations, and a replica claims a subscription before delivering to it, so each
 * change reaches each subscriber once whichever replica took the write.
 */
@ApplicationScoped
public class HubStore {

    private final ActiveDataSource dataSources;

    public HubStore(ActiveDataSource dataSources) {
        this.dataSources = dataSources;
    }

    /**
     * Adds or renews a verified subscription. A new one starts at its topic's current generation,
     * as having the feed whose hash is {@code currentBodyHash}: it is owed only changes after it.
     */
    public void subscribe(String topic, String callback, String callbackHost, String secret, Instant expires,
            String currentBodyHash) {
        run("store a WebSub subscription", connection -> {
            long generation = topicGeneration(connection, topic);
            try (PreparedStatement renew = connection.prepareStatement(
                    "UPDATE websub_subscriptions SET secret = ?, expires_at = ?, failing_since = NULL, attempts = 0"
                            + " WHERE topic = ? AND callback = ?")) {
                renew.setString(1, secret);
                renew.setTimestamp(2, Timestamp.from(expires));
                renew.setString(3, topic);
                renew.setString(4, callback);
                if (renew.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO websub_subscriptions (topic, callback, callback_host, secret, expires_at,"
                            + " delivered_generation, next_attempt_at, last_body_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, topic);
                insert.setString(2, callback);
                insert.setString(3, callbackHost);
                insert.setString(4, secret);
                insert.setTimestamp(5, Timestamp.from(expires));
                insert.setLong(6, generation);
                insert.setTimestamp(7, Timestamp.from(Instant.EPOCH));
                insert.setString(8, currentBodyHash);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Ends a subscription; whether there was one. */
    public boolean unsubscribe(String topic, String callback) {
        return run("end a WebSub subscription", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM websub_subscriptions WHERE topic = ? AND callback = ?")) {
                delete.setString(1, topic);
                delete.setString(2, callback);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** Whether the subscription exists (for renewals, which host limits do not count twice). */
    public boolean exists(String topic, String callback) {
        return run("look up a WebSub subscription", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM websub_subscriptions WHERE topic = ? AND callback = ?")) {
                select.setString(1, topic);
                select.setString(2, callback);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Subscriptions whose callback is on {@code host}. */
    public int countForHost(String host) {
        return run("count WebSub subscriptions", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM websub_subscriptions WHERE callback_host = ?")) {
                select.setString(1, host);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /** Every topic someone subscribes to. */
    public List<String> topics() {
        return run("list WebSub topics", connection -> {
            List<String> topics = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT topic FROM websub_topics");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    topics.add(rows.getString(1));
                }
            }
            return topics;
        });
    }

    /** The live subscriptions of each topic, counted. */
    public Map<String, Integer> subscribersByTopic(Instant now) {
        return run("count WebSub subscriptions", connection -> {
            Map<String, Integer> counts = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT topic, COUNT(*) FROM websub_subscriptions WHERE expires_at > ? GROUP BY topic")) {
                select.setTimestamp(1, Timestamp.from(now));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    /** Records that the feeds of these topics changed: every subscriber of them is owed the new one. */
    public void changed(Collection<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        run("record a change of WebSub topics", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE websub_topics SET generation = generation + 1 WHERE topic = ?")) {
                for (String topic : topics) {
                    update.setString(1, topic);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** Records that every topic may have changed (after a start): each subscriber's last body is compared. */
    public void changedAll() {
        run("record a change of every WebSub topic", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE websub_topics SET generation = generation + 1")) {
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Claims up to {@code max} subscriptions owed a delivery and due at {@code now}, for
     * {@code claimant} until {@code until}; another replica's claim that ran out is taken over.
     * Expired subscriptions are dropped first.
     */
    public List<HubSubscription> claimDue(String claimant, Instant now, Instant until, int max) {
        return run("claim WebSub deliveries", connection -> {
            try (PreparedStatement expired = connection.prepareStatement(
                    "DELETE FROM websub_subscriptions WHERE expires_at <= ?")) {
                expired.setTimestamp(1, Timestamp.from(now));
                expired.executeUpdate();
            }
            List<HubSubscription> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT s.id, s.topic, s.callback, s.callback_host, s.secret, t.generation, s.last_body_hash,"
                            + " s.attempts, s.failing_since FROM websub_subscriptions s"
                            + " JOIN websub_topics t ON t.topic = s.topic"
                            + " WHERE s.delivered_generation < t.generation AND s.next_attempt_at <= ?"
                            + " AND (s.claimed_until IS NULL OR s.claimed_until < ?)"
                            + " ORDER BY s.next_attempt_at, s.id")) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setTimestamp(2, Timestamp.from(now));
                select.setMaxRows(max);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Timestamp failing = rows.getTimestamp(9);
                        due.add(new HubSubscription(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getLong(6), rows.getString(7), rows.getInt(8),
                                failing == null ? null : failing.toInstant()));
                    }
                }
            }
            if (due.isEmpty()) {
                return due;
            }
            List<HubSubscription> claimed = new ArrayList<>();
            try (PreparedStatement claim = connection.prepareStatement(
                    "UPDATE websub_subscriptions SET claimed_by = ?, claimed_until = ?"
                            + " WHERE id = ? AND (claimed_until IS NULL OR claimed_until < ?)")) {
                for (HubSubscription subscription : due) {
                    claim.setString(1, claimant);
                    claim.setTimestamp(2, Timestamp.from(until));
                    claim.setLong(3, subscription.id());
                    claim.setTimestamp(4, Timestamp.from(now));
                    claim.addBatch();
                }
                int[] counts = claim.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    // another replica claimed it between the look and the claim
                    if (counts[i] != 0) {
                        claimed.add(due.get(i));
                    }
                }
            }
            return claimed;
        });
    }

    /** The outcomes of claimed deliveries, recorded together. */
    public void record(String claimant, List<DeliveryOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        run("record WebSub deliveries", connection -> {
            try (PreparedStatement delivered = connection.prepareStatement(
                    "UPDATE websub_subscriptions SET delivered_generation = GREATEST(delivered_generation, ?),"
                            + " last_body_hash = ?, attempts = 0, failing_since = NULL, claimed_by = NULL,"
                            + " claimed_until = NULL WHERE id = ? AND claimed_by = ?");
                    PreparedStatement failed = connection.prepareStatement(
                            "UPDATE websub_subscriptions SET attempts = attempts + 1, next_attempt_at = ?,"
                                    + " failing_since = COALESCE(failing_since, ?), claimed_by = NULL,"
                                    + " claimed_until = NULL WHERE id = ? AND claimed_by = ?");
                    PreparedStatement dropped = connection.prepareStatement(
                            "DELETE FROM websub_subscriptions WHERE id = ?")) {
                for (DeliveryOutcome outcome : outcomes) {
                    switch (outcome.kind()) {
                        case DELIVERED -> {
                            delivered.setLong(1, outcome.generation());
                            delivered.setString(2, outcome.bodyHash());
                            delivered.setLong(3, outcome.subscriptionId());
                            delivered.setString(4, claimant);
                            delivered.addBatch();
                        }
                        case FAILED -> {
                            failed.setTimestamp(1, Timestamp.from(outcome.retryAt()));
                            failed.setTimestamp(2, Timestamp.from(outcome.at()));
                            failed.setLong(3, outcome.subscriptionId());
                            failed.setString(4, claimant);
                            failed.addBatch();
                        }
                        case DROPPED -> {
                            dropped.setLong(1, outcome.subscriptionId());
                            dropped.addBatch();
                        }
                    }
                }
                delivered.executeBatch();
                failed.executeBatch();
                dropped.executeBatch();
            }
            return null;
        });
    }

    /** Gives back claims this process holds (at shutdown), so another replica takes them at once. */
    public void release(String claimant) {
        run("release WebSub claims", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE websub_subscriptions SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?")) {
                update.setString(1, claimant);
                update.executeUpdate();
            }
            return null;
        });
    }

    // the topic's row, made at its first subscription; two replicas making it at once both go on
    private static long topicGeneration(Connection connection, String topic) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT generation FROM websub_topics WHERE topic = ?")) {
                select.setString(1, topic);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        return rows.getLong(1);
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO websub_topics (topic, generation) VALUES (?, 0)")) {
                insert.setString(1, topic);
                insert.executeUpdate();
                return 0;
            } catch (SQLException e) {
                if (attempt > 0 || !SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private <T> T run(String what, SqlWork<T> work) {
        return SqlWork.run(dataSources, what, work);
    }
}
