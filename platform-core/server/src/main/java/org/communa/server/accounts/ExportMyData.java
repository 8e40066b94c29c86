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
    @Inject org.communa.server.modules.ModulesPersonalData modules;

    public JsonObject export(TenantId tenant, CurrentParticipant current) {
        JsonObject account = accountAndParticipation(tenant, current);
        return JSON.createObjectBuilder(account).add("modules", modules.export(tenant, current.id())).build();
    }

    /** The account, and what the host keeps of the participant's participation: supports, comments, follows. */
    private JsonObject accountAndParticipation(TenantId tenant, CurrentParticipant current) {
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
                    .add("supports", rows(em, "select component_id, resource_type, resource_id, created_at from supports "
                            + "where participant_id = ?1 order by created_at", p.id()))
                    .add("comments", rows(em, "select id, component_id, resource_type, resource_id, parent_id, body, alignment, "
                            + "created_at, edited_at, deleted_at from comments where author_id = ?1 order by created_at", p.id()))
                    .add("follows", rows(em, "select component_id, resource_type, resource_id, created_at from follows "
                            + "where participant_id = ?1 order by created_at", p.id()))
                    .build();
        });
    }

    /** A native query's rows as objects of their columns (labels from the query), values as text. */
    private static JsonArrayBuilder rows(jakarta.persistence.EntityManager em, String sql, java.util.UUID participant) {
        String select = sql.substring("select ".length(), sql.indexOf(" from "));
        String[] columns = java.util.Arrays.stream(select.split(",")).map(String::strip).toArray(String[]::new);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Object result : em.createNativeQuery(sql).setParameter(1, participant).getResultList()) {
            Object[] values = columns.length == 1 ? new Object[] {result} : (Object[]) result;
            jakarta.json.JsonObjectBuilder row = JSON.createObjectBuilder();
            for (int i = 0; i < columns.length; i++) {
                if (values[i] == null) {
                    row.addNull(columns[i]);
                } else {
                    row.add(columns[i], values[i].toString());
                }
            }
            array.add(row);
        }
        return array;
    }
}
