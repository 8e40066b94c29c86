package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.OrganisationAdminResource;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The admin pages for the organisation's settings (name, languages, time zone, contact) and for people
 * and their roles: the admin API's operations, fed from forms.
 */
@Path("admin")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AdminOrganisationPages {

    private static final List<String> ROLES = List.of("admin", "moderator", "evaluator", "ambassador");
    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject OrganisationAdminResource organisationAdmin;

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("hideAfterReports must be a whole number, got: " + text);
        }
    }

    @GET
    @Path("settings")
    @Operation(hidden = true)
    public Response settings(@QueryParam("saved") String saved) {
        return gate.asAdmin(() -> settingsPage(200, saved != null ? "admin.settings.saved" : null, null));
    }

    @POST
    @Path("settings")
    @Operation(hidden = true)
    public Response changeSettings(MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            JsonArrayBuilder languages = JSON.createArrayBuilder();
            Messages.LANGUAGES_LIST.stream().filter(l -> form.containsKey("language." + l)).forEach(languages::add);
            try {
                organisationAdmin.updateSettings(JSON.createObjectBuilder().add("name", FormFields.value(form, "name"))
                        .add("availableLocales", languages).add("defaultLocale", FormFields.value(form, "defaultLocale"))
                        .add("timeZone", FormFields.value(form, "timeZone")).add("contactEmail", FormFields.value(form, "contactEmail"))
                        .add("hideAfterReports", number(FormFields.value(form, "hideAfterReports")))
                        .add("mapTiles", FormFields.value(form, "mapTiles")).add("mapAttribution", FormFields.value(form, "mapAttribution")).build());
                return Response.seeOther(URI.create("/admin/settings?saved")).build();
            } catch (Problem refused) {
                return settingsPage(refused.status(), null, pages.refusal(refused));
            }
        });
    }

    @GET
    @Path("people")
    @Operation(hidden = true)
    public Response people() {
        return gate.asAdmin(() -> peoplePage(200, null));
    }

    @POST
    @Path("people/{id}/roles/{role}")
    @Operation(hidden = true)
    public Response changeRole(@PathParam("id") String id, @PathParam("role") String role, MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            try {
                if ("true".equals(form.getFirst("granted"))) {
                    organisationAdmin.grant(id, role);
                } else {
                    organisationAdmin.revoke(id, role);
                }
                return Response.seeOther(URI.create("/admin/people")).build();
            } catch (Problem refused) {
                return peoplePage(refused.status(), pages.refusal(refused));
            }
        });
    }

    private Response settingsPage(int status, String notice, String problem) {
        JsonObject settings = organisationAdmin.settings();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("settings", JsonModel.of(settings));
        model.put("allLanguages", Messages.LANGUAGES_LIST);
        putIfPresent(model, "notice", notice);
        putIfPresent(model, "problem", problem);
        return pages.page(status, "pages/admin/settings", model);
    }

    private Response peoplePage(int status, String problem) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("people", JsonModel.of(organisationAdmin.participants(0, 500)));
        model.put("roles", ROLES);
        putIfPresent(model, "problem", problem);
        return pages.page(status, "pages/admin/people", model);
    }

    private static void putIfPresent(Map<String, Object> model, String key, Object value) {
        if (value != null) {
            model.put(key, value);
        }
    }
}
