package org.communa.server.components;

import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
@Tag(name = "participants: components")
public class ComponentRoutes {

    @Inject ComponentDispatcher dispatcher;
    @Inject org.communa.server.accounts.CurrentParticipant current;
    @Inject org.communa.server.http.ReadCaches caches;
    @Inject org.communa.server.http.RequestOrganisation organisation;

    // one instance for all requests, parameters taken by the methods: building a request-scoped resource makes
    // Jersey analyse its fields and parameter converters again for each request, which cost more than the
    // whole answer of a shared list (request-scoped collaborators are reached through their CDI proxies)
    @GET
    public Response index(@PathParam("slug") String slug, @PathParam("componentId") String componentId,
            @QueryParam("lang") String lang, @Context UriInfo uri) {
        return dispatch(new Call(slug, componentId, lang, uri), "GET", "", null);
    }

    @GET
    @Path("{path: .+}")
    public Response get(@PathParam("slug") String slug, @PathParam("componentId") String componentId,
            @PathParam("path") String path, @QueryParam("lang") String lang, @Context UriInfo uri) {
        return dispatch(new Call(slug, componentId, lang, uri), "GET", path, null);
    }

    @POST
    @Path("{path: .*}")
    public Response post(@PathParam("slug") String slug, @PathParam("componentId") String componentId,
            @PathParam("path") String path, @QueryParam("lang") String lang, @Context UriInfo uri, String body) {
        return dispatch(new Call(slug, componentId, lang, uri), "POST", path, body);
    }

    @PUT
    @Path("{path: .*}")
    public Response put(@PathParam("slug") String slug, @PathParam("componentId") String componentId,
            @PathParam("path") String path, @QueryParam("lang") String lang, @Context UriInfo uri, String body) {
        return dispatch(new Call(slug, componentId, lang, uri), "PUT", path, body);
    }

    @DELETE
    @Path("{path: .*}")
    public Response delete(@PathParam("slug") String slug, @PathParam("componentId") String componentId,
            @PathParam("path") String path, @QueryParam("lang") String lang, @Context UriInfo uri) {
        return dispatch(new Call(slug, componentId, lang, uri), "DELETE", path, null);
    }

    /** Which component of which space was asked for, in which language, with which query. */
    private record Call(String slug, String componentId, String lang, UriInfo uri) {
    }

    private Response dispatch(Call call, String method, String path, String body) {
        String lang = call.lang();
        Map<String, String> query = new LinkedHashMap<>();
        call.uri().getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        String locale = lang != null && lang.matches("fr|en|ca|es") ? lang : "fr";
        if (method.equals("GET") && !current.present()) {
            // visitors may share a module's public answer for a few seconds (ModuleResponse.publicFor)
            String key = call.componentId() + " " + path + " " + new java.util.TreeMap<>(query) + " " + locale;
            ModuleResponse[] fresh = new ModuleResponse[1];
            java.util.Optional<ModuleBodies.Encoded> shared = caches.moduleAnswers().getShared(organisation.tenant(), key, () -> {
                fresh[0] = jsonAnswer(call, method, path, body, query, locale);
                return fresh[0].publicSeconds() > 0 && fresh[0].status() == 200
                        ? java.util.Optional.of(ModuleBodies.encoded(fresh[0])) : java.util.Optional.empty();
            });
            return shared.isPresent() ? ModuleBodies.of(shared.get()) : ModuleBodies.of(fresh[0]);
        }
        return ModuleBodies.of(jsonAnswer(call, method, path, body, query, locale));
    }

    private ModuleResponse jsonAnswer(Call call, String method, String path, String body, Map<String, String> query, String locale) {
        ModuleResponse response = dispatcher.dispatch(call.slug(), call.componentId(), method, path, body, query, locale, false).response();
        if (response.template() != null || response.location() != null) {
            throw new Problem(406, "Not Acceptable", "this route answers pages, not JSON: open it under /processes/" + call.slug()
                    + "/c/" + call.componentId());
        }
        return response;
    }
}
