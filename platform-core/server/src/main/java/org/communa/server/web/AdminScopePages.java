package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.spaces.Scope;
import org.communa.server.spaces.ScopeAdminResource;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admin page for scopes (campuses, districts): list, add (under a parent), remove; the admin API's operations. */
@Path("admin/scopes")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AdminScopePages {

    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject ScopeAdminResource scopes;
    @Inject TenantTransactions transactions;
    @Inject RequestOrganisation organisation;

    @GET
    @Operation(hidden = true)
    public Response list() {
        return gate.asAdmin(() -> page(200, null));
    }

    @POST
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            try {
                JsonObjectBuilder scope = JSON.createObjectBuilder().add("code", FormFields.value(form, "code"))
                        .add("name", FormFields.translations(form, "name"));
                if (!FormFields.value(form, "parentId").isEmpty()) {
                    scope.add("parentId", FormFields.value(form, "parentId"));
                }
                scopes.create(scope.build());
                return Response.seeOther(URI.create("/admin/scopes")).build();
            } catch (Problem refusedScope) {
                return page(refusedScope.status(), pages.refusal(refusedScope));
            }
        });
    }

    @POST
    @Path("{id}/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") String id) {
        return gate.asAdmin(() -> {
            try {
                scopes.delete(id);
                return Response.seeOther(URI.create("/admin/scopes")).build();
            } catch (Problem refusedDeletion) {
                return page(refusedDeletion.status(), pages.refusal(refusedDeletion));
            }
        });
    }

    /** The outline pasted as GeoJSON (empty: none), checked as the API checks it. */
    @POST
    @Path("{id}/outline")
    @Operation(hidden = true)
    public Response outline(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            String text = FormFields.value(form, "geojson");
            try {
                if (text.isBlank()) {
                    scopes.removeOutline(id);
                } else {
                    scopes.outline(id, org.communa.kernel.json.BoundedJson.object(text, org.communa.kernel.json.BoundedJson.Limits.DEFAULT));
                }
                return Response.seeOther(URI.create("/admin/scopes")).build();
            } catch (Problem refusedOutline) {
                return page(refusedOutline.status(), pages.refusal(refusedOutline));
            }
        });
    }

    private Response page(int status, String problem) {
        List<Map<String, Object>> items = transactions.inTenant(organisation.tenant(), em -> {
            // the outlines themselves stay in the database: the page only says which scopes have one
            @SuppressWarnings("unchecked")
            java.util.Set<String> outlined = new java.util.HashSet<>((List<String>) em
                    .createNativeQuery("select id::text from scopes where outline is not null").getResultList());
            return em.createQuery("select s from Scope s order by s.code", Scope.class).getResultList().stream()
                    .map(s -> Map.<String, Object>of("id", s.id().toString(), "code", s.code(), "name", s.name(),
                            "parentId", s.parentId() == null ? "" : s.parentId().toString(), "hasOutline", outlined.contains(s.id().toString())))
                    .toList();
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("scopes", items);
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/scopes", model);
    }
}
