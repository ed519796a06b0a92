package dev.herald.server.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one pooled connection; an SQL failure becomes a StoreUnavailableException saying what failed. */
@FunctionalInterface
interface SqlWork<T> {

    T in(Connection connection) throws SQLException;

    static <T> T run(ActiveDataSource dataSources, String what, SqlWork<T> work) {
        try (Connection connection = dataSources.get().getConnection()) {
            return work.in(connection);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
}
