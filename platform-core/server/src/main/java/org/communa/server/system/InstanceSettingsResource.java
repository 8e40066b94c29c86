package org.communa.server.system;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.communa.kernel.json.JsonFields;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** System API: the instance's name, contact, and the theme and modules new organisations get by default. */
@Path("api/system/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system: instance")
public class InstanceSettingsResource {

    @Inject SystemAdminAuthenticator admins;
    @Inject InstanceSettings settings;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(summary = "The instance's settings")
    public JsonObject get() {
        admins.requireSystemAdmin(authorization);
        return settings.current().toJson();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the instance's settings: name, contactEmail, defaultTheme, defaultModules")
    public JsonObject change(JsonObject body) {
        String actor = admins.requireSystemAdmin(authorization);
        JsonObject b = JsonFields.body(body);
        return settings.change(actor, new InstanceSettings.Values(JsonFields.requiredString(b, "name"),
                JsonFields.optionalString(b, "contactEmail"), JsonFields.requiredString(b, "defaultTheme"),
                JsonFields.optionalStrings(b, "defaultModules"))).toJson();
    }
}
