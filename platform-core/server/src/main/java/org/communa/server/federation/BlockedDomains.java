package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;
import org.communa.kernel.persistence.SystemTransactions;

/**
 * The domains the whole instance refuses to federate with (system admins; each change audited): their
 * activities are dropped at every organisation's inbox, and nothing is fetched from or delivered to them.
 */
@ApplicationScoped
public class BlockedDomains {

    public record Block(String domain, String reason, String since) {
    }

    @Inject SystemTransactions system;
    @Inject FederationPolicies policies;

    public List<Block> all() {
        return system.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select domain, reason, created_at from federation_blocked_domains "
                    + "order by domain"); ResultSet rs = query.executeQuery()) {
                List<Block> blocks = new ArrayList<>();
                while (rs.next()) {
                    blocks.add(new Block(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant().toString()));
                }
                return blocks;
            }
        });
    }

    public void block(String actor, String domain, String reason) {
        system.audited(new AuditEntry(actor, "federation.block-domain", null, () -> detail(domain, reason)), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into federation_blocked_domains (domain, reason) values (?, ?) "
                    + "on conflict (domain) do update set reason = excluded.reason")) {
                insert.setString(1, domain);
                insert.setString(2, reason);
                return insert.executeUpdate();
            }
        });
        policies.instanceBlocksChanged();
    }

    private static String detail(String domain, String reason) {
        var json = org.communa.kernel.json.JsonFactory.JSON.createObjectBuilder().add("domain", domain);
        if (reason != null) {
            json.add("reason", reason);
        }
        return json.build().toString();
    }

    public boolean unblock(String actor, String domain) {
        int removed = system.audited(new AuditEntry(actor, "federation.unblock-domain", null, () -> detail(domain, null)), connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from federation_blocked_domains where domain = ?")) {
                delete.setString(1, domain);
                return delete.executeUpdate();
            }
        });
        policies.instanceBlocksChanged();
        return removed > 0;
    }
}
