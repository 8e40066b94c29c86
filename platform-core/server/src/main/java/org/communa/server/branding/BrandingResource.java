package org.communa.server.branding;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.web.PageRenderer;
import org.communa.server.web.ThemePack;
import org.communa.server.web.Themes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation admins read and change their organisation's theme, colours and font. */
@Path("api/admin/branding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: settings and roles")
public class BrandingResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject ChangeBranding changeBranding;
    @Inject Themes themes;
    @Inject OrganisationImages images;
    @Inject PageRenderer pages;

    @GET
    @Operation(summary = "The organisation's theme, own colours and font, and the themes it may pick (with their colours and fonts)")
    public JsonObject read() {
        current.require(Role.admin);
        var view = pages.organisation();
        JsonObject branding = JSON.createReader(new java.io.StringReader(view.brandingJson())).readObject();
        JsonArrayBuilder available = JSON.createArrayBuilder();
        for (ThemePack theme : themes.all()) {
            JsonObjectBuilder names = JSON.createObjectBuilder();
            theme.names().forEach(names::add);
            JsonObjectBuilder colours = JSON.createObjectBuilder();
            theme.colours().forEach(colours::add);
            available.add(JSON.createObjectBuilder().add("name", theme.name()).add("names", names).add("colours", colours)
                    .add("fonts", JSON.createArrayBuilder(theme.fonts())));
        }
        return JSON.createObjectBuilder().add("theme", view.theme()).add("branding", branding).add("themes", available).build();
    }

    @PUT
    @Path("{name: logo|favicon}")
    @Consumes({"image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload the logo or favicon (PNG, JPEG or WebP, recognised by content, at most 256 KB)")
    public jakarta.ws.rs.core.Response uploadImage(@jakarta.ws.rs.PathParam("name") String name, byte[] image) {
        current.require(Role.admin);
        images.replace(organisation.tenant(), name, image);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pick a theme and override its colours (#rrggbb; unreadable pairs refused) and font")
    public JsonObject change(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        current.require(Role.admin);
        Map<String, String> colours = new LinkedHashMap<>();
        if (b.containsKey("colours")) {
            if (!(b.get("colours") instanceof JsonObject given)) {
                throw Problem.badRequest("colours must be an object like {\"primary\": \"#1d4ed8\"}");
            }
            given.forEach((token, value) -> {
                if (!(value instanceof JsonString text)) {
                    throw Problem.badRequest("colour " + token + " must be a string like \"#1d4ed8\"");
                }
                colours.put(token, text.getString());
            });
        }
        changeBranding.change(organisation.tenant(), new ChangeBranding.Request(JsonFields.optionalString(b, "theme"), colours,
                JsonFields.optionalString(b, "font")));
        return read();
    }
}
