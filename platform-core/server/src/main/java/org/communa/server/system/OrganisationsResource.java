package org.communa.server.system;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.ReadCaches;
import org.communa.tenants.DeleteOrganisation;
import org.communa.tenants.ExportOrganisation;
import org.communa.tenants.ImportOrganisation;
import org.communa.tenants.Organisation;
import org.communa.tenants.OrganisationJson;
import org.communa.tenants.OrganisationRegistry;
import org.communa.tenants.SmtpSettingsSpec;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** System API: the service provider's admins manage the organisations of the instance. */
@Path("api/system/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system: organisations")
public class OrganisationsResource {

    @Inject SystemAdminAuthenticator admins;
    @Inject OrganisationRegistry registry;
    @Inject DeleteOrganisation deletion;
    @Inject org.communa.server.modules.ModuleRequirements requirements;
    @Inject ExportOrganisation exporter;
    @Inject ImportOrganisation importer;
    @Inject GrantOrganisationAdmin grantAdmin;
    @Inject ReadCaches caches;
    @Inject InstanceSettings instance;
    @Inject org.communa.server.participation.AttachmentFiles files;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(summary = "List organisations, by slug")
    public JsonObject list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        admins.requireSystemAdmin(authorization);
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw Problem.badRequest("offset must be >= 0 and limit between 1 and 1000");
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        registry.list(offset, limit).forEach(o -> items.add(OrganisationJson.toJson(o)));
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an organisation with its hosts, locales, time zone, theme and allowed modules "
            + "(the instance's default theme and modules when not given)")
    public Response create(JsonObject body) {
        String actor = admins.requireSystemAdmin(authorization);
        Organisation created = registry.provision(actor, OrganisationJson.specFrom(instance.withDefaults(JsonFields.body(body))));
        return Response.created(URI.create("api/system/organisations/" + created.id()))
                .entity(OrganisationJson.toJson(created)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        admins.requireSystemAdmin(authorization);
        return OrganisationJson.toJson(registry.get(parse(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an organisation's settings and hosts")
    public JsonObject update(@PathParam("id") String id, JsonObject body) {
        String actor = admins.requireSystemAdmin(authorization);
        var spec = OrganisationJson.specFrom(JsonFields.body(body));
        java.util.Set<String> disabled = new java.util.HashSet<>(registry.get(parse(id)).spec().allowedModules());
        disabled.removeAll(spec.allowedModules());
        requirements.beforeDisabling(parse(id), disabled);
        return OrganisationJson.toJson(registry.update(actor, parse(id), spec));
    }

    @POST
    @Path("{id}/suspend")
    public JsonObject suspend(@PathParam("id") String id) {
        String actor = admins.requireSystemAdmin(authorization);
        return OrganisationJson.toJson(registry.changeStatus(actor, parse(id), true));
    }

    @POST
    @Path("{id}/resume")
    public JsonObject resume(@PathParam("id") String id) {
        String actor = admins.requireSystemAdmin(authorization);
        return OrganisationJson.toJson(registry.changeStatus(actor, parse(id), false));
    }

    @POST
    @Path("{id}/admins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a participant of the organisation (by e-mail) one of its admins")
    public Response grantAdmin(@PathParam("id") String id, JsonObject body) {
        String actor = admins.requireSystemAdmin(authorization);
        grantAdmin.grant(actor, parse(id), JsonFields.requiredString(JsonFields.body(body), "email"));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/smtp")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the organisation its own SMTP server (host, port, user, password, startTls, from)")
    public Response setSmtp(@PathParam("id") String id, JsonObject body) {
        String actor = admins.requireSystemAdmin(authorization);
        registry.changeSmtp(actor, parse(id), SmtpSettingsSpec.from(JsonFields.body(body)));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/smtp")
    @Operation(summary = "Send the organisation's e-mail through the instance's SMTP server again")
    public Response clearSmtp(@PathParam("id") String id) {
        String actor = admins.requireSystemAdmin(authorization);
        registry.changeSmtp(actor, parse(id), null);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an organisation and all its data, in every table (audited)")
    public JsonObject delete(@PathParam("id") String id) {
        String actor = admins.requireSystemAdmin(authorization);
        UUID organisation = parse(id);
        String removed = deletion.delete(actor, organisation);
        files.removeOrganisation(organisation);
        caches.invalidateContent(new TenantId(organisation));
        caches.sessions().invalidate(new TenantId(organisation));
        return JSON.createObjectBuilder().add("deleted", id)
                .add("rows", JSON.createReader(new java.io.StringReader(removed)).readObject()).build();
    }

    @GET
    @Path("{id}/export")
    @Produces("application/zip")
    @Operation(summary = "Export an organisation as one zip archive (manifest.json and one JSON file per table)")
    public Response export(@PathParam("id") String id) {
        String actor = admins.requireSystemAdmin(authorization);
        UUID organisation = parse(id);
        registry.get(organisation);
        StreamingOutput body = out -> exporter.export(actor, organisation, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"organisation-" + id + ".zip\"").build();
    }

    @POST
    @Path("import")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import an export archive as a new organisation; ids are remapped")
    public Response importArchive(InputStream archive, @QueryParam("slug") String slug,
            @QueryParam("primaryHost") String primaryHost, @QueryParam("name") String name) {
        String actor = admins.requireSystemAdmin(authorization);
        JsonObjectBuilder overrides = JSON.createObjectBuilder();
        if (slug != null) {
            overrides.add("slug", slug);
        }
        if (primaryHost != null) {
            overrides.add("primaryHost", primaryHost).add("aliasHosts", JSON.createArrayBuilder());
        }
        if (name != null) {
            overrides.add("name", name);
        }
        Organisation created = importer.importArchive(actor, archive, overrides.build());
        return Response.created(URI.create("api/system/organisations/" + created.id()))
                .entity(OrganisationJson.toJson(created)).build();
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("no organisation " + id);
        }
    }
}
