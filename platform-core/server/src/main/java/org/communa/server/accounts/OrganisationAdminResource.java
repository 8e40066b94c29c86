package org.communa.server.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.communa.server.http.ReadCaches;
import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.Lookups;
import org.communa.server.http.RequestOrganisation;
import org.communa.tenants.OrganisationSpec;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation admins: the organisation's own settings, and participants' roles. */
@Path("api/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: settings and roles")
public class OrganisationAdminResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;

    @GET
    @Path("organisation")
    public JsonObject settings() {
        current.require(Role.admin);
        return transactions.inTenant(organisation.tenant(), em -> {
            Object[] row = (Object[]) em.createNativeQuery(
                    "select name, default_locale, array_to_string(available_locales, ','), time_zone, contact_email, hide_after_reports, "
                    + "map_tiles, map_attribution "
                    + "from organisations").getSingleResult();
            return JSON.createObjectBuilder().add("name", (String) row[0]).add("defaultLocale", (String) row[1])
                    .add("availableLocales", JSON.createArrayBuilder(List.of(((String) row[2]).split(","))))
                    .add("timeZone", (String) row[3]).add("contactEmail", row[4] == null ? "" : (String) row[4])
                    .add("hideAfterReports", ((Number) row[5]).intValue())
                    .add("mapTiles", row[6] == null ? "" : (String) row[6]).add("mapAttribution", row[7] == null ? "" : (String) row[7]).build();
        });
    }

    /** Hosts, theme and modules stay with the system admins; the rest is the organisation's to change. */
    @PUT
    @Path("organisation")
    public JsonObject updateSettings(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        current.require(Role.admin);
        OrganisationSpec checked = new OrganisationSpec("checked", JsonFields.requiredString(b, "name"), "checked.invalid",
                List.of(), JsonFields.optionalStrings(b, "availableLocales"), JsonFields.optionalString(b, "defaultLocale"),
                JsonFields.optionalString(b, "timeZone"), JsonFields.optionalString(b, "contactEmail"), null, List.of());
        // every field is checked before anything is written: a refused map leaves the name as it was
        boolean mapGiven = b.containsKey("mapTiles") || b.containsKey("mapAttribution");
        var map = mapGiven ? new org.communa.server.maps.MapSettings(JsonFields.optionalString(b, "mapTiles"),
                JsonFields.optionalString(b, "mapAttribution")) : null;
        transactions.runInTenant(organisation.tenant(), em -> em.createNativeQuery("""
                update organisations set name = ?1, default_locale = ?2, available_locales = string_to_array(?3, ','),
                       time_zone = ?4, contact_email = ?5, updated_at = now() where id = communa_current_tenant()""")
                .setParameter(1, checked.name()).setParameter(2, checked.defaultLocale())
                .setParameter(3, String.join(",", checked.availableLocales())).setParameter(4, checked.timeZone())
                .setParameter(5, checked.contactEmail()).executeUpdate());
        Integer hideAfter = JsonFields.optionalInt(b, "hideAfterReports");
        if (hideAfter != null) {
            if (hideAfter < 1 || hideAfter > 100) {
                throw Problem.badRequest("hideAfterReports must be between 1 and 100, got: " + hideAfter);
            }
            // how many reports hide content at once, before any moderator looks
            transactions.runInTenant(organisation.tenant(), em -> em.createNativeQuery(
                    "update organisations set hide_after_reports = ?1 where id = communa_current_tenant()")
                    .setParameter(1, hideAfter).executeUpdate());
        }
        if (map != null) {
            transactions.runInTenant(organisation.tenant(), em -> em.createNativeQuery(
                    "update organisations set map_tiles = ?1, map_attribution = ?2 where id = communa_current_tenant()")
                    .setParameter(1, map.tiles()).setParameter(2, map.attribution()).executeUpdate());
        }
        caches.invalidateContent(organisation.tenant()); // pages show the name and languages from the content cache
        return settings();
    }

    @GET
    @Path("participants")
    public JsonArray participants(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        current.require(Role.admin);
        if (offset < 0 || limit < 1 || limit > 500) {
            throw Problem.badRequest("offset must be >= 0 and limit between 1 and 500");
        }
        return transactions.inTenant(organisation.tenant(), em -> {
            List<Participant> page = em.createQuery("select p from Participant p where p.deletedAt is null order by p.displayName, p.id",
                    Participant.class).setFirstResult(offset).setMaxResults(limit).getResultList();
            // the page's roles in one query, not one per participant
            Map<java.util.UUID, JsonArrayBuilder> roles = new java.util.HashMap<>();
            page.forEach(p -> roles.put(p.id(), JSON.createArrayBuilder()));
            if (!page.isEmpty()) {
                em.createQuery("select g from RoleGrant g where g.participantId in :ids", RoleGrant.class)
                        .setParameter("ids", roles.keySet()).getResultList().forEach(g -> roles.get(g.participantId()).add(g.role().name()));
            }
            JsonArrayBuilder items = JSON.createArrayBuilder();
            // example participants of the demo, and accounts being erased, have no e-mail address
            page.forEach(p -> items.add(JSON.createObjectBuilder().add("id", p.id().toString())
                    .add("email", p.email() == null ? jakarta.json.JsonValue.NULL : JSON.createValue(p.email()))
                    .add("displayName", p.displayName()).add("confirmed", p.confirmed()).add("blocked", p.blocked())
                    .add("roles", roles.get(p.id()))));
            return items.build();
        });
    }

    @PUT
    @Path("participants/{id}/roles/{role}")
    public Response grant(@PathParam("id") String id, @PathParam("role") String role) {
        Role granted = Role.parse(role);
        current.require(Role.admin);
        transactions.runInTenant(organisation.tenant(), em -> {
            Participant participant = participant(em, id);
            boolean has = !em.createQuery("select g from RoleGrant g where g.participantId = :p and g.role = :r", RoleGrant.class)
                    .setParameter("p", participant.id()).setParameter("r", granted.name()).getResultList().isEmpty();
            if (!has) {
                em.persist(new RoleGrant(participant.id(), granted));
            }
        });
        caches.sessions().invalidate(organisation.tenant());
        return Response.noContent().build();
    }

    @DELETE
    @Path("participants/{id}/roles/{role}")
    public Response revoke(@PathParam("id") String id, @PathParam("role") String role) {
        Role revoked = Role.parse(role);
        UUID self = current.require(Role.admin);
        transactions.runInTenant(organisation.tenant(), em -> {
            Participant participant = participant(em, id);
            if (revoked == Role.admin && participant.id().equals(self)) {
                throw Problem.conflict("an admin cannot remove their own admin role; ask another admin");
            }
            em.createQuery("delete from RoleGrant g where g.participantId = :p and g.role = :r")
                    .setParameter("p", participant.id()).setParameter("r", revoked.name()).executeUpdate();
        });
        caches.sessions().invalidate(organisation.tenant());
        return Response.noContent().build();
    }

    private static Participant participant(jakarta.persistence.EntityManager em, String id) {
        return Lookups.byId(em, Participant.class, id).filter(p -> !p.deleted())
                .orElseThrow(() -> Problem.notFound("no participant " + id));
    }
}
