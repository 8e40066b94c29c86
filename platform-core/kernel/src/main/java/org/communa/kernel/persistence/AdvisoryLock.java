package org.communa.kernel.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Work that one process of the instance does at a time (start-up preparations: migrations, the first
 * system admin, demo content): a PostgreSQL advisory lock, held on a connection of its own, that the
 * others wait for; when their turn comes they find the work done and do nothing.
 */
public final class AdvisoryLock {

    /** The work done under the lock. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    private AdvisoryLock() {
    }

    public static void holding(DataSource pool, long key, Work work) {
        try (Connection connection = pool.getConnection()) {
            holding(connection, key, work);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the database lock " + key + ": " + e.getMessage(), e);
        }
    }

    public static void holding(Connection connection, long key, Work work) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute("select pg_advisory_lock(" + key + ")");
            try {
                work.run();
            } finally {
                lock.execute("select pg_advisory_unlock(" + key + ")");
            }
        }
    }
}
