package org.communa.server.openapi;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.communa.modulehost.ModuleOpenApi;
import org.communa.module.api.ModuleManifest;
import org.communa.server.modules.ModuleHost;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GET /openapi: the host's resources and the routes of the modules running now, in one document,
 * rebuilt on each request so that an install, upgrade or removal shows at once. The host's catch-all
 * under a component's URL gives way to the modules' own operations. JSON always: YAML readers take it as
 * it is (YAML 1.2 contains JSON), and it is served as YAML unless JSON is asked for.
 */
@Path("openapi")
@RequestScoped
public class OpenApiResource {

    @Inject CoreOpenApi core;
    @Inject ModuleHost modules;
    @Context HttpServletRequest servletRequest;
    @Context HttpHeaders headers;

    @GET
    @Operation(hidden = true)
    public Response document(@QueryParam("format") String format) {
        JsonObject merged = merged(core.document(servletRequest.getLocalPort()), modules.activeManifests());
        boolean json = "JSON".equalsIgnoreCase(format) || headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.getSubtype().equals("json"));
        return Response.ok(merged.toString(), json ? "application/json" : "application/yaml;charset=utf-8").build();
    }

    static JsonObject merged(JsonObject core, List<ModuleManifest> running) {
        JsonObjectBuilder paths = JSON.createObjectBuilder();
        core.getJsonObject("paths").forEach((path, item) -> {
            if (!path.startsWith(ModuleOpenApi.COMPONENT_PATH)) {
                paths.add(path, item);
            }
        });
        ModuleOpenApi.paths(running).forEach(paths::add);
        JsonObject components = core.containsKey("components") ? core.getJsonObject("components") : JsonValue.EMPTY_JSON_OBJECT;
        JsonObjectBuilder responses = JSON.createObjectBuilder(components.containsKey("responses")
                ? components.getJsonObject("responses") : JsonValue.EMPTY_JSON_OBJECT)
                .add(ModuleOpenApi.PROBLEM_RESPONSE, ModuleOpenApi.problemResponse());
        return JSON.createObjectBuilder(core)
                .add("paths", paths)
                .add("components", JSON.createObjectBuilder(components).add("responses", responses))
                .build();
    }
}
