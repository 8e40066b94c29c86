package org.communa.server.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communa.module.api.http.ModuleResponse;
import org.communa.server.components.ComponentDispatcher;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages of a component, /processes/{slug}/c/{componentId}/...: the module answers a view (its
 * template, rendered in the organisation's theme and layout), a redirection after a form, or its own
 * body. Forms reach it already checked by {@link FormProtection}.
 */
@Path("{kind: processes|assemblies}/{slug}/c/{componentId}")
@ApplicationScoped
public class ComponentPages {

    @Inject ComponentDispatcher dispatcher;
    @Inject PageRenderer pages;
    @Inject org.communa.kernel.persistence.TenantTransactions transactions;
    @Inject org.communa.server.http.RequestOrganisation organisation;
    @Inject org.communa.server.http.ReadCaches caches;

    /**
     * The space's published components (id, module, name, url): a module's page may point to another component
     * of the space, as a meeting does to the proposals where what was collected there is filed.
     */
    private java.util.List<Map<String, Object>> spaceComponents(String kind, String slug) {
        // by slug, published or not: admins preview the pages of a space before it is published; kept a few seconds
        // like the other resolved content (an admin's change drops it at once)
        @SuppressWarnings("unchecked")
        java.util.List<Map<String, Object>> cached = (java.util.List<Map<String, Object>>) caches.resolvedContent().get(organisation.tenant(),
                "space-components:" + kind + ":" + slug, () -> java.util.Optional.of(loadSpaceComponents(kind, slug))).orElseThrow();
        return cached;
    }

    private java.util.List<Map<String, Object>> loadSpaceComponents(String kind, String slug) {
        return transactions.inTenant(organisation.tenant(), em -> {
            @SuppressWarnings("unchecked")
            java.util.List<Object[]> rows = em.createNativeQuery("select c.id::text, c.module_key, c.name::text from components c "
                    + "join spaces s on s.id = c.space_id where s.slug = ? and c.published order by c.position").setParameter(1, slug).getResultList();
            return rows.stream().map(row -> Map.<String, Object>of("id", row[0], "module", row[1],
                    "url", "/" + kind + "/" + slug + "/c/" + row[0], "name", new org.communa.server.persistence.TranslationsConverter().convertToEntityAttribute(row[2]))).toList();
        });
    }

    // one instance for all requests, parameters taken by the methods: building a request-scoped resource makes
    // Jersey analyse its fields and parameter converters again for each request, which cost more than the
    // whole answer of a shared list (request-scoped collaborators are reached through their CDI proxies)
    @GET
    @Operation(hidden = true)
    public Response index(@PathParam("kind") String kind, @PathParam("slug") String slug,
            @PathParam("componentId") String componentId, @Context UriInfo uri) {
        return dispatch(kind, slug, componentId, uri, "GET", "", null);
    }

    @GET
    @Path("{path: .+}")
    @Operation(hidden = true)
    public Response get(@PathParam("kind") String kind, @PathParam("slug") String slug,
            @PathParam("componentId") String componentId, @PathParam("path") String path, @Context UriInfo uri) {
        return dispatch(kind, slug, componentId, uri, "GET", path, null);
    }

    @POST
    @Path("{path: .*}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response post(@PathParam("kind") String kind, @PathParam("slug") String slug,
            @PathParam("componentId") String componentId, @PathParam("path") String path, @Context UriInfo uri, String form) {
        return dispatch(kind, slug, componentId, uri, "POST", path, form);
    }

    private Response dispatch(String kind, String slug, String componentId, UriInfo uri, String method, String path, String body) {
        Map<String, String> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        ComponentDispatcher.Answer answer = dispatcher.dispatch(slug, componentId, method, path, body, query, pages.locale(), true);
        ModuleResponse response = answer.response();
        String componentUrl = "/" + kind + "/" + slug + "/c/" + answer.componentId();
        if (response.location() != null) {
            return Response.seeOther(URI.create(componentUrl + (response.location().isEmpty() ? "" : "/" + response.location()))).build();
        }
        if (response.template() == null) {
            return org.communa.server.components.ModuleBodies.of(response);
        }
        Map<String, Object> model = new LinkedHashMap<>(response.model());
        model.put("moduleKey", answer.moduleKey());
        // apiUrl: where a page's script calls the same component (JSON, with the page's CSRF token)
        java.util.List<Map<String, Object>> siblings = spaceComponents(kind, slug);
        // the name the space's card gave it: the page it opens bears the same one
        Object name = siblings.stream().filter(c -> c.get("id").equals(answer.componentId().toString())).map(c -> c.get("name"))
                .findFirst().orElse(Map.of());
        model.put("component", Map.of("id", answer.componentId().toString(), "url", componentUrl,
                "apiUrl", "/api/spaces/" + slug + "/c/" + answer.componentId(), "name", name));
        model.put("spaceUrl", "/" + kind + "/" + slug);
        model.put("spaceComponents", siblings);
        return pages.page(response.status(), "modules/" + answer.moduleKey() + "/" + response.template(), model);
    }
}
