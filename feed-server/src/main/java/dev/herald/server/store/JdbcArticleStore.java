package dev.herald.server.store;

import dev.herald.core.HeraldException;
import dev.herald.core.io.ArticleJsonWriter;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.InputFormat;
import dev.herald.core.read.ReadResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles in SQL through JDBC: one row each, the article JSON plus the columns to sort by.
 * Articles are read back through core's strict reader, so the store holds nothing the files
 * could not. Every write also raises the shared revision and records which id it touched, and on
 * PostgreSQL tells listening replicas ({@link #CHANNEL}) when it commits.
 */
@ApplicationScoped
public class JdbcArticleStore implements ArticleStore {

    /** The PostgreSQL notification channel every committed write signals on. */
    public static final String CHANNEL = "herald_changes";

    private final ActiveDataSource dataSources;
    private final ArticleJsonWriter json = new ArticleJsonWriter();
    private final ArticleReader reader;

    public JdbcArticleStore(ActiveDataSource dataSources, SiteSettings site) {
        this.dataSources = dataSources;
        this.reader = new ArticleReader(site, null);
    }

    @Override
    public StoreSnapshot loadAll() {
        List<Article> articles = new ArrayList<>();
        try (Connection connection = dataSources.get().getConnection()) {
            // one snapshot for the state and the rows, so the revision describes exactly these articles
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            StoreState state = state(connection);
            try (PreparedStatement select = connection.prepareStatement("SELECT id, json FROM articles");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    articles.add(parse(rows.getString("id"), rows.getString("json")));
                }
            }
            connection.commit();
            return new StoreSnapshot(articles, state);
        } catch (SQLException e) {
            throw new HeraldException("cannot load articles", e);
        }
    }

    @Override
    public Optional<Article> find(String id) {
        try (Connection connection = dataSources.get().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT json FROM articles WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(parse(id, rows.getString("json"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new HeraldException("cannot read article " + id, e);
        }
    }

    @Override
    public boolean insert(Article article, Instant at) {
        return write(article.id(), at, connection -> {
            if (exists(connection, article.id())) {
                return Outcome.NONE;
            }
            insertRow(connection, article);
            return Outcome.CREATED;
        }) == Outcome.CREATED;
    }

    @Override
    public boolean upsert(Article article, Instant at) {
        return write(article.id(), at, connection -> {
            if (updateRow(connection, article)) {
                return Outcome.REPLACED;
            }
            insertRow(connection, article);
            return Outcome.CREATED;
        }) == Outcome.REPLACED;
    }

    @Override
    public boolean delete(String id, Instant at) {
        return write(id, at, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM articles WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0 ? Outcome.DELETED : Outcome.NONE;
            }
        }) == Outcome.DELETED;
    }

    @Override
    public StoreChanges changesSince(long since) {
        try (Connection connection = dataSources.get().getConnection()) {
            StoreState state = state(connection);
            List<String> ids = new ArrayList<>();
            // ids a later write touched again come in the next call: their row now holds that revision
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT article_id FROM article_changes WHERE revision > ? AND revision <= ?")) {
                select.setLong(1, since);
                select.setLong(2, state.revision());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return new StoreChanges(ids, state);
        } catch (SQLException e) {
            throw new HeraldException("cannot read the store's changes", e);
        }
    }

    /** What a write did; NONE rolls it back. */
    private enum Outcome { NONE, CREATED, REPLACED, DELETED }

    @FunctionalInterface
    private interface Change {
        Outcome apply(Connection connection) throws SQLException;
    }

    /**
     * Runs a change in one transaction that first takes the store_state row: writers from every
     * process queue there, so revisions commit in the order they were given out.
     */
    private Outcome write(String id, Instant at, Change change) {
        try (Connection connection = dataSources.get().getConnection()) {
            connection.setAutoCommit(false);
            try {
                long revision = nextRevision(connection, at);
                Outcome outcome = change.apply(connection);
                if (outcome == Outcome.NONE) {
                    connection.rollback();
                    return outcome;
                }
                recordChange(connection, id, revision);
                if (isPostgres(connection)) {
                    try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                        notify.setString(1, CHANNEL);
                        notify.setString(2, Long.toString(revision));
                        notify.execute();
                    }
                }
                connection.commit();
                return outcome;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new HeraldException("cannot store article " + id, e);
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

    private void insertRow(Connection connection, Article article) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO articles (published, updated, json, id) VALUES (?, ?, ?, ?)")) {
            bindRow(insert, article);
            insert.executeUpdate();
        }
    }

    private boolean updateRow(Connection connection, Article article) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE articles SET published = ?, updated = ?, json = ? WHERE id = ?")) {
            bindRow(update, article);
            return update.executeUpdate() > 0;
        }
    }

    private void bindRow(PreparedStatement statement, Article article) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(article.published()));
        statement.setTimestamp(2, article.updated() == null ? null : Timestamp.from(article.updated()));
        statement.setString(3, new String(json.write(article), StandardCharsets.UTF_8));
        statement.setString(4, article.id());
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    private Article parse(String id, String text) {
        ReadResult result = reader.read("article " + id, text.getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
        if (result.articles().size() != 1) {
            throw new HeraldException("stored article " + id + " no longer reads: " + result.problems());
        }
        return result.articleList().get(0);
    }
}
