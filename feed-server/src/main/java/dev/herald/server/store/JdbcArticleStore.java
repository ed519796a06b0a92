package dev.herald.server.store;

import dev.herald.core.HeraldException;
import dev.herald.core.format.json.ArticleJsonCodec;
import dev.herald.core.model.Article;
import dev.herald.core.model.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Articles in SQL through JDBC: a row of the columns the index loads (id, dates, tags) and, in a
 * table of its own, the article JSON (core's ArticleJsonCodec, as the API answers). Every write
 * also raises the shared revision and records which ids it touched, and on PostgreSQL tells
 * listening replicas ({@link #CHANNEL}) when it commits.
 */
@ApplicationScoped
public class JdbcArticleStore implements ArticleStore {

    /** The PostgreSQL notification channel every committed write signals on. */
    public static final String CHANNEL = "herald_changes";
    /** Ids per {@code IN (…)} query. */
    private static final int IDS_PER_QUERY = 500;

    private final ActiveDataSource dataSources;
    private final ArticleJsonCodec json = new ArticleJsonCodec();
    /** Revisions this process wrote and has not yet seen come back through changesSince. */
    private final Set<Long> ownRevisions = ConcurrentHashMap.newKeySet();

    public JdbcArticleStore(ActiveDataSource dataSources) {
        this.dataSources = dataSources;
    }

    @Override
    public StoreSnapshot loadIndex() {
        List<IndexEntry> entries = new ArrayList<>();
        List<String> untagged = new ArrayList<>();
        Map<String, Tag> tags = new HashMap<>();
        StoreState state;
        try (Connection connection = dataSources.get().getConnection()) {
            // one snapshot for the state and the rows, so the revision describes exactly these entries
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            state = state(connection);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, published, updated, tags, draft, expires FROM articles");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String tagsColumn = rows.getString(4);
                    if (tagsColumn == null) {
                        untagged.add(rows.getString(1));
                        continue;
                    }
                    // OffsetDateTime is both drivers' own type for TIMESTAMP WITH TIME ZONE: no Calendar involved
                    OffsetDateTime updated = rows.getObject(3, OffsetDateTime.class);
                    OffsetDateTime expires = rows.getObject(6, OffsetDateTime.class);
                    entries.add(new IndexEntry(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                            updated == null ? null : updated.toInstant(),
                            TagsColumn.read(tagsColumn, tags), rows.getBoolean(5),
                            expires == null ? null : expires.toInstant()));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot load the articles' index", e);
        }
        if (!untagged.isEmpty()) {
            Collection<Article> older = findAll(untagged).values();
            older.forEach(article -> entries.add(IndexEntry.of(article)));
            fillTags(older);
        }
        return new StoreSnapshot(entries, state);
    }

    @Override
    public Optional<Article> find(String id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    @Override
    public Map<String, Article> findAll(Collection<String> ids) {
        Map<String, Article> found = new HashMap<>();
        List<String> all = List.copyOf(ids);
        try (Connection connection = dataSources.get().getConnection()) {
            for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
                List<String> some = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
                String marks = String.join(", ", Collections.nCopies(some.size(), "?"));
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, json FROM article_json WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < some.size(); i++) {
                        select.setString(i + 1, some.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString(1), parse(rows.getString(1), rows.getString(2)));
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read articles", e);
        }
    }

    @Override
    public boolean insert(Article article, Instant at) {
        return !write(at, connection -> {
            if (exists(connection, article.id())) {
                return List.of();
            }
            insertRow(connection, article, Origin.API);
            return List.of(article.id());
        }).isEmpty();
    }

    @Override
    public Upserted upsertAll(List<Article> articles, Origin origin, Instant at) {
        List<String> replaced = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        write(at, connection -> {
            List<String> written = new ArrayList<>();
            for (Article article : articles) {
                if (updateRow(connection, article, origin)) {
                    replaced.add(article.id());
                } else if (exists(connection, article.id())) {
                    refused.add(article.id()); // the other owner's: left as it is
                    continue;
                } else {
                    insertRow(connection, article, origin);
                }
                written.add(article.id());
            }
            return written;
        });
        return new Upserted(replaced, refused);
    }

    @Override
    public List<String> deleteAll(Collection<String> ids, Origin origin, Instant at) {
        return write(at, connection -> {
            List<String> deleted = new ArrayList<>();
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM articles WHERE id = ? AND (origin IS NULL OR origin = ?)")) {
                for (String id : ids) {
                    delete.setString(1, id);
                    delete.setString(2, origin.column());
                    if (delete.executeUpdate() > 0) {
                        deleted.add(id);
                    }
                }
            }
            return deleted;
        });
    }

    @Override
    public Optional<Origin> originOf(String id) {
        try (Connection connection = dataSources.get().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT origin FROM articles WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next() || rows.getString(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(Origin.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT)));
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the owner of article " + id, e);
        }
    }

    @Override
    public StoreChanges changesSince(long since) {
        try (Connection connection = dataSources.get().getConnection()) {
            StoreState state = state(connection);
            List<String> ids = new ArrayList<>();
            // ids a later write touched again come in the next call: their row now holds that revision
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT article_id, revision FROM article_changes WHERE revision > ? AND revision <= ?")) {
                select.setLong(1, since);
                select.setLong(2, state.revision());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (!ownRevisions.contains(rows.getLong(2))) {
                            ids.add(rows.getString(1));
                        }
                    }
                }
            }
            ownRevisions.removeIf(revision -> revision <= state.revision());
            return new StoreChanges(ids, state);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the store's changes", e);
        }
    }

    @FunctionalInterface
    private interface Change {
        /** Makes the change; returns the ids it changed (none rolls it back). */
        List<String> apply(Connection connection) throws SQLException;
    }

    /**
     * Runs a change in one transaction that first takes the store_state row: writers from every
     * process queue there, so revisions commit in the order they were given out.
     */
    private List<String> write(Instant at, Change change) {
        try (Connection connection = dataSources.get().getConnection()) {
            connection.setAutoCommit(false);
            try {
                long revision = nextRevision(connection, at);
                List<String> changed = change.apply(connection);
                if (changed.isEmpty()) {
                    connection.rollback();
                    return changed;
                }
                for (String id : changed) {
                    recordChange(connection, id, revision);
                }
                // only PostgreSQL is shared by replicas, which need telling and which ReplicaSync catches up from
                boolean shared = isPostgres(connection);
                if (shared) {
                    try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                        notify.setString(1, CHANNEL);
                        notify.setString(2, Long.toString(revision));
                        notify.execute();
                    }
                }
                connection.commit();
                if (shared) {
                    // callers hold the catalog's lock, so no catch-up can look before this is known
                    ownRevisions.add(revision);
                }
                return changed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot store articles", e);
        }
    }

    /** Rows stored before the tags column existed get it from their JSON, once. */
    private void fillTags(Collection<Article> articles) {
        try (Connection connection = dataSources.get().getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE articles SET tags = ? WHERE id = ?")) {
            for (Article article : articles) {
                update.setString(1, TagsColumn.of(article));
                update.setString(2, article.id());
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot fill in the tags of articles stored before version 3", e);
        }
    }

    private static long nextRevision(Connection connection, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE store_state SET revision = revision + 1, changed_at = GREATEST(changed_at, ?) WHERE id = 1")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.executeUpdate();
        }
        return state(connection).revision();
    }

    private static StoreState state(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT revision, changed_at FROM store_state WHERE id = 1");
                ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("store_state has no row: the migrations did not run");
            }
            return new StoreState(rows.getLong(1), rows.getTimestamp(2).toInstant());
        }
    }

    private static void recordChange(Connection connection, String id, long revision) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE article_changes SET revision = ? WHERE article_id = ?")) {
            update.setLong(1, revision);
            update.setString(2, id);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        // no race with another insert of this id: the store_state row lock is held
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article_changes (article_id, revision) VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, revision);
            insert.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void insertRow(Connection connection, Article article, Origin origin) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO articles (published, updated, tags, draft, expires, id, origin) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement insertJson = connection.prepareStatement(
                        "INSERT INTO article_json (json, id) VALUES (?, ?)")) {
            bindIndexColumns(insert, article);
            insert.setString(7, origin.column());
            insert.executeUpdate();
            bindJson(insertJson, article);
            insertJson.executeUpdate();
        }
    }

    /** Replaces the article if {@code origin} owns it (or nobody does yet, then claiming it); false if not. */
    private boolean updateRow(Connection connection, Article article, Origin origin) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE articles SET published = ?, updated = ?, tags = ?, draft = ?, expires = ?, origin = ? WHERE id = ?"
                        + " AND (origin IS NULL OR origin = ?)");
                PreparedStatement updateJson = connection.prepareStatement(
                        "UPDATE article_json SET json = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(article.published()));
            update.setTimestamp(2, article.updated() == null ? null : Timestamp.from(article.updated()));
            update.setString(3, TagsColumn.of(article));
            update.setBoolean(4, article.draft());
            update.setTimestamp(5, article.expires() == null ? null : Timestamp.from(article.expires()));
            update.setString(6, origin.column());
            update.setString(7, article.id());
            update.setString(8, origin.column());
            if (update.executeUpdate() == 0) {
                return false;
            }
            bindJson(updateJson, article);
            updateJson.executeUpdate();
            return true;
        }
    }

    private static void bindIndexColumns(PreparedStatement statement, Article article) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(article.published()));
        statement.setTimestamp(2, article.updated() == null ? null : Timestamp.from(article.updated()));
        statement.setString(3, TagsColumn.of(article));
        statement.setBoolean(4, article.draft());
        statement.setTimestamp(5, article.expires() == null ? null : Timestamp.from(article.expires()));
        statement.setString(6, article.id());
    }

    private void bindJson(PreparedStatement statement, Article article) throws SQLException {
        statement.setString(1, new String(json.write(article), StandardCharsets.UTF_8));
        statement.setString(2, article.id());
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    private Article parse(String id, String text) {
        try {
            return json.readStored(text);
        } catch (RuntimeException e) {
            throw new HeraldException("stored article " + id + " no longer reads: " + e.getMessage(), e);
        }
    }
}
