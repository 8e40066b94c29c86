package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;

/** "Download my data" (GDPR art. 15 and 20): everything the organisation holds about the participant, as JSON. */
@ApplicationScoped
public class ExportMyData {

    @Inject TenantTransactions transactions;

    public JsonObject export(TenantId tenant, CurrentParticipant current) {
        return transactions.inTenant(tenant, em -> {
            Participant p = ParticipantQueries.byId(em, current.id());
            JsonArrayBuilder roles = JSON.createArrayBuilder();
            current.roles().forEach(r -> roles.add(r.name()));
            JsonArrayBuilder sessions = JSON.createArrayBuilder();
            em.createQuery("select s from SignInSession s where s.participantId = :p", SignInSession.class)
                    .setParameter("p", p.id()).getResultList().forEach(s -> sessions.add(s.id().toString()));
            return JSON.createObjectBuilder()
                    .add("exportedAt", OffsetDateTime.now().toString())
                    .add("account", JSON.createObjectBuilder()
                            .add("id", p.id().toString())
                            .add("email", p.email())
                            .add("displayName", p.displayName())
                            .add("locale", p.locale())
                            .add("confirmedAt", String.valueOf(p.confirmedAt()))
                            .add("emailNotifications", p.emailNotifications().name())
                            .add("newsletterConsentAt", String.valueOf(p.newsletterConsentAt())))
                    .add("roles", roles)
                    .add("activeSessions", sessions)
                    .build();
        });
    }
}
