package org.communa.server.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communa.server.http.ReadCaches;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.UUID;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;
import org.communa.kernel.problem.Problem;

/**
 * A system admin makes a participant of an organisation its admin: how a new organisation gets its
 * first admin (the person signs up on the organisation's site, then is granted the role).
 */
@ApplicationScoped
public class GrantOrganisationAdmin {

    @Inject SystemTransactions system;
    @Inject ReadCaches caches;

    public void grant(String actor, UUID organisation, String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        system.audited(new AuditEntry(actor, "organisation.grant-admin", organisation, "{}"), c -> {
            UUID participant;
            try (PreparedStatement find = c.prepareStatement(
                    "select id from participants where tenant_id = ? and email_normalised = ? and deleted_at is null")) {
                find.setObject(1, organisation);
                find.setString(2, normalised);
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("no participant with this e-mail in organisation " + organisation
                                + "; they must sign up on the organisation's site first");
                    }
                    participant = rs.getObject(1, UUID.class);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into participant_roles (tenant_id, participant_id, role) values (?, ?, 'admin')
                    on conflict do nothing""")) {
                insert.setObject(1, organisation);
                insert.setObject(2, participant);
                return insert.executeUpdate();
            }
        });
        caches.sessions().invalidate(new org.communa.kernel.tenant.TenantId(organisation));
    }
}
