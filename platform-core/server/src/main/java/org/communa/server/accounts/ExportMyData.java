package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.communa.modulehost.ActionContext;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.data.RowsJson;
import org.communa.server.platform.Platform;

/** "Download my data" (GDPR art. 15 and 20): everything the organisation holds about the participant, as JSON. */
@ApplicationScoped
public class ExportMyData {

    @Inject TenantTransactions transactions;
    @Inject org.communa.server.modules.ModulesPersonalData modules;
    @Inject Platform platform;

    public JsonObject export(TenantId tenant, CurrentParticipant current) {
        JsonObjectBuilder export = JSON.createObjectBuilder(account(tenant, current));
        participation(tenant, current.id()).forEach(export::add);
        return export.add("modules", modules.export(tenant, current.id())).build();
    }

    private JsonObject account(TenantId tenant, CurrentParticipant current) {
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
                            .add("email", p.email() == null ? jakarta.json.JsonValue.NULL : JSON.createValue(p.email()))
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

    /** What the host keeps of the participant's participation, as the rows read: supports, comments, follows, verifications. */
    private JsonObject participation(TenantId tenant, UUID participant) {
        return platform.moduleConnections().host(tenant, new ActionContext("accounts", null, participant)).read(sql -> JSON.createObjectBuilder()
                .add("supports", RowsJson.array(sql.query("select component_id, resource_type, resource_id, created_at from supports "
                        + "where participant_id = ? order by created_at", participant)))
                .add("comments", RowsJson.array(sql.query("select id, component_id, resource_type, resource_id, parent_id, body, alignment, "
                        + "created_at, edited_at, deleted_at from comments where author_id = ? order by created_at", participant)))
                .add("follows", RowsJson.array(sql.query("select component_id, resource_type, resource_id, created_at from follows "
                        + "where participant_id = ? order by created_at", participant)))
                .add("verifications", RowsJson.array(sql.query("select method, scope_id, verified_at, expires_at from participant_verifications "
                        + "where participant_id = ? order by method", participant)))
                .build());
    }
}
