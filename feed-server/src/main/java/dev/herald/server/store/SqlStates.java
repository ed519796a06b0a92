package dev.herald.server.store;

import java.sql.SQLException;

/** SQL states both databases report alike. */
final class SqlStates {

    private SqlStates() {
    }

    /** A unique or primary key already held the value (SQLSTATE 23505 in H2 and PostgreSQL). */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
