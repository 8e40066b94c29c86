package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.communa.server.platform.Platform;

/**
 * Forgets received signatures and activity ids of every organisation once they are too old to be
 * replayed (twice the signature window); one statement as the system role, which spans organisations.
 */
@ApplicationScoped
public class PruneReceived {

    @Inject Platform platform;

    public void run() {
        try (Connection connection = platform.database().systemPool().getConnection();
                var statement = connection.prepareStatement("delete from federation_received where received_at < now() - interval '2 hours'")) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("pruning received activities failed", e);
        }
    }
}
