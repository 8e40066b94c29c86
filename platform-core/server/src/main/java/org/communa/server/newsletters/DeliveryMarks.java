package org.communa.server.newsletters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import javax.sql.DataSource;
import org.communa.kernel.persistence.TenantConnections;
import org.communa.kernel.tenant.TenantId;

/**
 * Where each e-mail of a batch stands, written as it goes: one short transaction per e-mail on one
 * connection held for the batch (each sets the organisation for row-level security again, as every
 * transaction must), so that marking costs a few round trips, not a trip through the pool.
 */
final class DeliveryMarks implements AutoCloseable {

    private final TenantId tenant;
    private final Connection connection;
    private final PreparedStatement handOver;
    private final PreparedStatement fail;

    DeliveryMarks(DataSource appPool, TenantId tenant) {
        this.tenant = tenant;
        try {
            connection = appPool.getConnection();
            connection.setAutoCommit(false);
            handOver = connection.prepareStatement("update newsletter_deliveries set state = case when id = ? then 'sent' "
                    + "else 'sending' end, attempted_at = now() where id in (?, ?)");
            fail = connection.prepareStatement("update newsletter_deliveries set state = 'failed', error = ? where id = ?");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to send a newsletter", e);
        }
    }

    /** In one transaction: the e-mail just handed over (or null) is 'sent', the next one (or null) is 'sending'. */
    void handOver(UUID sent, UUID next) {
        inTransaction(() -> {
            handOver.setObject(1, sent, Types.OTHER);
            handOver.setObject(2, sent, Types.OTHER);
            handOver.setObject(3, next, Types.OTHER);
            handOver.executeUpdate();
        });
    }

    /** The mail server refused this address: final for this recipient. */
    void failed(UUID delivery, String error) {
        inTransaction(() -> {
            fail.setString(1, error);
            fail.setObject(2, delivery, Types.OTHER);
            fail.executeUpdate();
        });
    }

    private interface Statement {
        void run() throws SQLException;
    }

    private void inTransaction(Statement statement) {
        try {
            TenantConnections.setTenant(connection, tenant);
            statement.run();
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is broken: closing it below gives it back as such
            }
            throw new IllegalStateException("cannot record a newsletter delivery", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing is pending: every mark was its own committed transaction
        }
    }
}
