package org.communa.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import javax.sql.DataSource;
import java.util.function.Supplier;
import org.communa.kernel.problem.Problem;

/**
 * Cross-tenant work under the system role (provisioning, deletion, export, import). Every such
 * transaction writes its audit event in the same transaction, so an action that happened is always
 * audited and an audited action always happened.
 */
public final class SystemTransactions {

    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Who did what to which organisation. The detail (a JSON object without personal data) is read
     * after the work, so it can report what the work did.
     */
    public record AuditEntry(String actor, String action, UUID organisation, Supplier<String> detail) {

        public AuditEntry(String actor, String action, UUID organisation, String detailJson) {
            this(actor, action, organisation, () -> detailJson);
        }
    }

    private final DataSource systemPool;

    public SystemTransactions(DataSource systemPool) {
        this.systemPool = systemPool;
    }

    public <T> T audited(AuditEntry audit, SqlWork<T> work) {
        try (Connection connection = systemPool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                writeAudit(connection, audit);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Reads that span tenants but change nothing (registry listings); not audited. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = systemPool.getConnection()) {
            connection.setReadOnly(true);
            try {
                return work.apply(connection);
            } finally {
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static void writeAudit(Connection connection, AuditEntry audit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_events (actor, action, subject_organisation_id, detail) values (?, ?, ?, ?::jsonb)")) {
            insert.setString(1, audit.actor());
            insert.setString(2, audit.action());
            if (audit.organisation() == null) {
                insert.setNull(3, Types.OTHER);
            } else {
                insert.setObject(3, audit.organisation());
            }
            String detail = audit.detail().get();
            insert.setString(4, detail == null ? "{}" : detail);
            insert.executeUpdate();
        }
    }

    /** Constraint violations are the caller's fault (duplicate host, bad reference): 409, not 500. */
    static RuntimeException translate(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("23")) {
            return Problem.conflict(ConstraintMessages.explain(e));
        }
        return new IllegalStateException("database failure: " + e.getMessage(), e);
    }
}
