package org.communa.server.components;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.http.ModuleResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API of published components, /api/spaces/{slug}/c/{componentId}/...: each request goes to the
 * component's module (see {@link ComponentDispatcher}); ?lang= picks the language of localised texts.
 */
@Path("api/spaces/{slug}/c/{componentId}")
@RequestScoped
@Tag(name = "participants: components")
public class ComponentRoutes {

    @Inject ComponentDispatcher dispatcher;
    @Inject org.communa.server.accounts.CurrentParticipant current;
    @Inject org.communa.server.http.ReadCaches caches;
    @Inject org.communa.server.http.RequestOrganisation organisation;
    @PathParam("slug") String slug;
    @PathParam("componentId") String componentId;
    @QueryParam("lang") String lang;
    @Context UriInfo uri;

    @GET
    public Response index() {
        return dispatch("GET", "", null);
    }

    @GET
    @Path("{path: .+}")
    public Response get(@PathParam("path") String path) {
        return dispatch("GET", path, null);
    }

    @POST
    @Path("{path: .*}")
    public Response post(@PathParam("path") String path, String body) {
        return dispatch("POST", path, body);
    }

    @PUT
    @Path("{path: .*}")
    public Response put(@PathParam("path") String path, String body) {
        return dispatch("PUT", path, body);
    }

    @DELETE
    @Path("{path: .*}")
    public Response delete(@PathParam("path") String path) {
        return dispatch("DELETE", path, null);
    }

    private Response dispatch(String method, String path, String body) {
        Map<String, String> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        String locale = lang != null && lang.matches("fr|en|ca|es") ? lang : "fr";
        ModuleResponse response;
        if (method.equals("GET") && !current.present()) {
            // visitors may share a module's public answer for a few seconds (ModuleResponse.publicFor)
            String key = componentId + " " + path + " " + new java.util.TreeMap<>(query) + " " + locale;
            ModuleResponse[] fresh = new ModuleResponse[1];
            response = caches.moduleAnswers().getShared(organisation.tenant(), key, () -> {
                fresh[0] = dispatcher.dispatch(slug, componentId, method, path, body, query, locale, false).response();
                return fresh[0].publicSeconds() > 0 && fresh[0].status() == 200 ? java.util.Optional.of(fresh[0]) : java.util.Optional.empty();
            }).orElse(fresh[0]);
        } else {
            response = dispatcher.dispatch(slug, componentId, method, path, body, query, locale, false).response();
        }
        if (response.template() != null || response.location() != null) {
            throw new Problem(406, "Not Acceptable", "this route answers pages, not JSON: open it under /processes/" + slug
                    + "/c/" + componentId);
        }
        return org.communa.server.components.ModuleBodies.of(response);
    }
}
