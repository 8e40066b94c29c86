package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation admins replace a page template with their own version (Pebble source), or go back to the theme's. */
@Path("api/admin/templates/{name: .+}")
@RequestScoped
@Tag(name = "organisation admin: settings and roles")
public class TemplatesResource {

    @Inject CurrentParticipant current;
    @Inject ReplaceTemplate replaceTemplate;

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Replace a template (layouts/base, partials/header, pages/home...) with this Pebble source; refused if it does not compile")
    public Response replace(@PathParam("name") String name, String source) {
        current.require(Role.admin);
        replaceTemplate.replace(name, source);
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Back to the theme's version of a template")
    public Response reset(@PathParam("name") String name) {
        current.require(Role.admin);
        replaceTemplate.reset(name);
        return Response.noContent().build();
    }
}
