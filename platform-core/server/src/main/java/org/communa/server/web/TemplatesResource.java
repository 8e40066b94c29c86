package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation admins replace a page template with their own version (Pebble source), or go back to the theme's. */
@Path("api/admin/templates")
@RequestScoped
@Tag(name = "organisation admin: settings and roles")
public class TemplatesResource {

    @Inject CurrentParticipant current;
    @Inject ReplaceTemplate replaceTemplate;
    @Inject PageRenderer pages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The replaceable templates: whether the organisation replaced each, and why its version was set aside if it failed to render")
    public JsonArray list() {
        current.require(Role.admin);
        OrganisationView org = pages.organisation();
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (String name : ReplaceTemplate.REPLACEABLE) {
            JsonObjectBuilder entry = JSON.createObjectBuilder().add("name", name).add("replaced", org.templates().containsKey(name));
            String failure = org.templateFailures().get(name);
            list.add(failure == null ? entry : entry.add("failure", failure));
        }
        return list.build();
    }

    @PUT
    @Path("{name: .+}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Replace a template (layouts/base, partials/header, pages/home...) with this Pebble source; refused if it does not compile")
    public Response replace(@PathParam("name") String name, String source) {
        current.require(Role.admin);
        replaceTemplate.replace(name, source);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{name: .+}")
    @Operation(summary = "Back to the theme's version of a template")
    public Response reset(@PathParam("name") String name) {
        current.require(Role.admin);
        replaceTemplate.reset(name);
        return Response.noContent().build();
    }
}
