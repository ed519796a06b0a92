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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles in SQL through JDBC: one row each, the article JSON plus the columns to sort by.
 * Articles are read back through core's strict reader, so the store holds nothing the files
 * could not.
 */
@ApplicationScoped
public class JdbcArticleStore implements ArticleStore {

    private final ActiveDataSource dataSources;
    private final ArticleJsonWriter json = new ArticleJsonWriter();
    private final ArticleReader reader;

    public JdbcArticleStore(ActiveDataSource dataSources, SiteSettings site) {
        this.dataSources = dataSources;
        this.reader = new ArticleReader(site, null);
    }

    @Override
    public List<Article> loadAll() {
        List<Article> articles = new ArrayList<>();
        try (Connection connection = dataSources.get().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, json FROM articles");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                articles.add(parse(rows.getString("id"), rows.getString("json")));
            }
        } catch (SQLException e) {
            throw new HeraldException("cannot load articles", e);
        }
        return articles;
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
    public boolean insert(Article article) {
        try (Connection connection = dataSources.get().getConnection()) {
            if (exists(connection, article.id())) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO articles (id, published, updated, json) VALUES (?, ?, ?, ?)")) {
                bind(insert, article, 1);
                insert.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw new HeraldException("cannot store article " + article.id(), e);
        }
    }

    @Override
    public boolean upsert(Article article) {
        try (Connection connection = dataSources.get().getConnection()) {
            connection.setAutoCommit(false);
            boolean existed = exists(connection, article.id());
            String sql = existed
                    ? "UPDATE articles SET id = ?, published = ?, updated = ?, json = ? WHERE id = ?"
                    : "INSERT INTO articles (id, published, updated, json) VALUES (?, ?, ?, ?)";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                bind(write, article, 1);
                if (existed) {
                    write.setString(5, article.id());
                }
                write.executeUpdate();
            }
            connection.commit();
            return existed;
        } catch (SQLException e) {
            throw new HeraldException("cannot store article " + article.id(), e);
        }
    }

    @Override
    public boolean delete(String id) {
        try (Connection connection = dataSources.get().getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            delete.setString(1, id);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new HeraldException("cannot delete article " + id, e);
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

    private void bind(PreparedStatement statement, Article article, int first) throws SQLException {
        statement.setString(first, article.id());
        statement.setTimestamp(first + 1, Timestamp.from(article.published()));
        statement.setTimestamp(first + 2, article.updated() == null ? null : Timestamp.from(article.updated()));
        statement.setString(first + 3, new String(json.write(article), StandardCharsets.UTF_8));
    }

    private Article parse(String id, String text) {
        ReadResult result = reader.read("article " + id, text.getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
        if (result.articles().size() != 1) {
            throw new HeraldException("stored article " + id + " no longer reads: " + result.problems());
        }
        return result.articleList().get(0);
    }

    private static boolean isDuplicateKey(SQLException e) {
        // SQLSTATE class 23: integrity constraint violation, here the primary key
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
