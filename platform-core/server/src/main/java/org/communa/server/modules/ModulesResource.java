package org.communa.server.modules;

import org.communa.modulehost.bundles.InstalledModule;
import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.communa.kernel.problem.Problem;
import org.communa.server.system.SystemAdminAuthenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** System admins list the installed module bundles and install new ones while the server runs. */
@Path("api/system/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system: modules")
public class ModulesResource {

    @Inject SystemAdminAuthenticator admins;
    @Inject ModuleHost host;
    @Inject SharedModules shared;
    @Inject PurgeModule purgeModule;
    @Inject ModuleRequirements requirements;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(summary = "Installed module bundles: name, version, state, publisher, module key, error if quarantined, "
            + "and the dependency graph: what each module requires (met or not, why) and which modules require it")
    public JsonObject list() {
        admins.requireSystemAdmin(authorization);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        host.list().forEach(m -> items.add(withDependencies(m)));
        return JSON.createObjectBuilder().add("items", items).build();
    }

    /** A bundle with its module's requirements and the modules that require it (the dependency graph's edges). */
    private JsonObject withDependencies(InstalledModule m) {
        JsonObjectBuilder json = JSON.createObjectBuilder(toJson(m));
        if (m.moduleKey() == null) {
            return json.build();
        }
        ModuleRequirements.Dependencies graph = requirements.of(m.moduleKey());
        if (host.module(m.moduleKey()).isPresent()) {
            JsonArrayBuilder requires = JSON.createArrayBuilder();
            for (ModuleRequirements.Edge e : graph.requires()) {
                JsonObjectBuilder edge = edge(e).add("met", e.unmet().isEmpty());
                if (!e.unmet().isEmpty()) {
                    edge.add("why", e.unmet());
                }
                requires.add(edge);
            }
            JsonArrayBuilder contracts = JSON.createArrayBuilder();
            graph.publishes().forEach(c -> contracts.add(JSON.createObjectBuilder().add("name", c.name())
                    .add("view", c.view()).add("description", c.description() == null ? "" : c.description())));
            json.add("requires", requires).add("publishes", contracts);
        }
        JsonArrayBuilder requiredBy = JSON.createArrayBuilder();
        graph.requiredBy().forEach(e -> requiredBy.add(edge(e)));
        return json.add("requiredBy", requiredBy).build();
    }

    private static JsonObjectBuilder edge(ModuleRequirements.Edge edge) {
        return JSON.createObjectBuilder().add("module", edge.module()).add("versions", edge.versions()).add("mandatory", edge.mandatory());
    }

    @POST
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Install a module bundle (jar) without restarting")
    public Response install(InputStream bundle) {
        String admin = admins.requireSystemAdmin(authorization);
        InstalledModule installed = shared.install(admin, bundle);
        return Response.status(installed.quarantined() ? 202 : 201).entity(toJson(installed)).build();
    }

    @PUT
    @Path("{bundle}")
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upgrade a module bundle (by symbolic name, the same on every process, or by this process's "
            + "bundle number) to a new version while the server keeps serving")
    public JsonObject upgrade(@PathParam("bundle") String bundle, InputStream content) {
        String admin = admins.requireSystemAdmin(authorization);
        return toJson(shared.upgrade(admin, bundle, content));
    }

    @DELETE
    @Path("{bundle}")
    @Operation(summary = "Remove a module bundle; its components keep their data and answer 503 until it returns, "
            + "unless purge=true, which also deletes its components and drops its tables in every organisation. "
            + "Refused (409) while a module that requires it has components; the modules that only use it, and lose "
            + "a feature, are listed in the answer (\"degraded\")")
    public Response remove(@PathParam("bundle") String bundle, @QueryParam("purge") boolean purge) {
        String admin = admins.requireSystemAdmin(authorization);
        if (purge) {
            String key = host.bundleNamed(bundle).moduleKey();
            if (key == null) {
                throw new Problem(409, "Conflict", "bundle " + bundle + " carries no active module, so which data "
                        + "to purge is unknown: restore it first, or remove it without purge");
            }
            List<ModuleRequirements.Degraded> degraded = shared.remove(admin, bundle).degraded();
            return Response.ok(JSON.createObjectBuilder(purgeModule.purge(admin, key)).add("degraded", degraded(degraded)).build()).build();
        }
        List<ModuleRequirements.Degraded> degraded = shared.remove(admin, bundle).degraded();
        return degraded.isEmpty() ? Response.noContent().build()
                : Response.ok(JSON.createObjectBuilder().add("degraded", degraded(degraded)).build()).build();
    }

    private static JsonArrayBuilder degraded(List<ModuleRequirements.Degraded> degraded) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        degraded.forEach(d -> list.add(JSON.createObjectBuilder().add("module", d.moduleKey())
                .add("components", d.usage().components()).add("organisations", d.usage().organisations())
                .add("detail", d.moduleKey() + " (" + d.usage() + ") loses what it builds on " + d.requirement().moduleKey()
                        + " until a version " + d.requirement().versions() + " is installed again")));
        return list;
    }

    @POST
    @Path("{bundle}/restore")
    @Operation(summary = "Lift a quarantine on every process: call the module again (and start its bundle again if it had failed to)")
    public JsonObject restore(@PathParam("bundle") String bundle) {
        admins.requireSystemAdmin(authorization);
        return toJson(shared.restore(bundle));
    }

    static JsonObject toJson(InstalledModule m) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("bundleId", m.bundleId())
                .add("symbolicName", String.valueOf(m.symbolicName()))
                .add("version", m.version())
                .add("state", m.state())
                .add("quarantined", m.quarantined());
        if (m.vendor() != null) {
            json.add("publisher", m.vendor());
        }
        json.add("signedBy", m.signedBy());
        if (m.moduleKey() != null) {
            json.add("module", m.moduleKey()).add("moduleVersion", m.moduleVersion());
            JsonObjectBuilder names = JSON.createObjectBuilder();
            m.names().forEach(names::add);
            json.add("names", names);
        }
        if (m.error() != null) {
            json.add("error", m.error());
        }
        return json.build();
    }
}
