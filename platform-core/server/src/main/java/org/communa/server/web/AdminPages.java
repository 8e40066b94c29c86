package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.json.JsonFactory;
import org.communa.kernel.problem.Problem;
import org.communa.server.branding.ChangeBranding;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.statistics.RecentParticipation;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The organisation admins' area: its entrance (with the last two weeks' participation), the branding page (theme, colours, font), the home page's blocks. */
@Path("admin")
@RequestScoped
public class AdminPages {

    @Inject RequestOrganisation organisation;
    @Inject org.communa.kernel.persistence.TenantTransactions transactions;
    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject Themes themes;
    @Inject ChangeBranding changeBranding;
    @Inject org.communa.server.branding.OrganisationImages images;
    @Inject org.communa.server.branding.ChangeHomePage changeHomePage;

    @GET
    @Operation(hidden = true)
    public Response home() {
        return gate.asAdmin(() -> {
            List<RecentParticipation.Day> days = transactions.inTenant(organisation.tenant(),
                    em -> RecentParticipation.lastDays(em, 14));
            DateTimeFormatter label = DateTimeFormatter.ofPattern("EEE d MMM", Locale.forLanguageTag(pages.locale()));
            return pages.page("pages/admin/home", Map.of(
                    "newParticipants", days.stream().map(d -> Map.of("label", d.day().format(label), "value", d.newParticipants())).toList(),
                    "contributions", days.stream().map(d -> Map.of("label", d.day().format(label), "value", d.contributions())).toList()));
        });
    }

    @GET
    @Path("branding")
    @Operation(hidden = true)
    public Response brandingForm(@QueryParam("saved") String saved) {
        return gate.asAdmin(() -> branding(200, saved != null ? "admin.branding.saved" : null, null));
    }

    @POST
    @Path("branding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changeBranding(MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> changeBrandingAsAdmin(form));
    }

    private Response changeBrandingAsAdmin(MultivaluedMap<String, String> form) {
        // a new theme comes with its own colours; on the same theme, only colours that differ from it are the organisation's
        String theme = form.getFirst("theme");
        Map<String, String> defaults = themes.palette(theme == null ? "" : theme);
        Map<String, String> colours = new LinkedHashMap<>();
        if (theme != null && theme.equals(pages.organisation().theme())) {
            form.forEach((name, values) -> {
                String token = name.startsWith("colour.") ? name.substring("colour.".length()) : null;
                if (token != null && !values.isEmpty() && !values.get(0).equalsIgnoreCase(defaults.getOrDefault(token, ""))) {
                    colours.put(token, values.get(0));
                }
            });
        }
        try {
            changeBranding.change(organisation.tenant(), new ChangeBranding.Request(theme, colours,
                    blankToNull(form.getFirst("font"))));
            return Response.seeOther(URI.create("/admin/branding?saved")).build();
        } catch (Problem refusedChange) {
            return branding(400, null, pages.refusal(refusedChange));
        }
    }

    /** A logo or favicon from the branding page's file form (multipart: its token travels in the form's address). */
    @POST
    @Path("branding/{name: logo|favicon}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response uploadImage(@jakarta.ws.rs.PathParam("name") String name, @jakarta.ws.rs.FormParam("image") jakarta.ws.rs.core.EntityPart image) {
        return gate.asAdmin(() -> uploadImageAsAdmin(name, image));
    }

    private Response uploadImageAsAdmin(String name, jakarta.ws.rs.core.EntityPart image) {
        try {
            byte[] content = image == null ? new byte[0] : image.getContent().readAllBytes();
            images.replace(organisation.tenant(), name, content);
            return Response.seeOther(URI.create("/admin/branding?saved")).build();
        } catch (java.io.IOException e) {
            return branding(400, null, "the file could not be read: " + e.getMessage());
        } catch (Problem refusedImage) {
            return branding(refusedImage.status(), null, pages.refusal(refusedImage));
        }
    }

    @POST
    @Path("branding/{name: logo|favicon}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response removeImage(@jakarta.ws.rs.PathParam("name") String name) {
        return gate.asAdmin(() -> removeImageAsAdmin(name));
    }

    private Response removeImageAsAdmin(String name) {
        images.remove(organisation.tenant(), name);
        return Response.seeOther(URI.create("/admin/branding?saved")).build();
    }

    @GET
    @Path("home")
    @Operation(hidden = true)
    public Response homeForm(@QueryParam("saved") String saved) {
        return gate.asAdmin(() -> homePage(200, saved != null ? "admin.home.saved" : null, null));
    }

    /** Each block has a "show" box and a position; the shown ones are kept in the order of their positions. */
    @POST
    @Path("home")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changeHome(MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> changeHomeAsAdmin(form));
    }

    private Response changeHomeAsAdmin(MultivaluedMap<String, String> form) {
        try {
            List<String> shown = new ArrayList<>(HomeBlocks.AVAILABLE.stream().filter(b -> form.containsKey("show." + b)).toList());
            shown.sort(java.util.Comparator.comparingInt(b -> position(form.getFirst("position." + b))));
            changeHomePage.change(organisation.tenant(), HomeBlocks.checked(shown));
            return Response.seeOther(URI.create("/admin/home?saved")).build();
        } catch (Problem refusedChange) {
            return homePage(400, null, pages.refusal(refusedChange));
        }
    }

    private static int position(String text) {
        try {
            return text == null ? 99 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("a position is a whole number, got: " + text);
        }
    }

    private Response homePage(int status, String notice, String problem) {
        List<String> current = pages.organisation().homeBlocks();
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (String block : HomeBlocks.AVAILABLE) {
            int index = current.indexOf(block);
            blocks.add(Map.of("name", block, "shown", index >= 0, "position", index >= 0 ? index + 1 : HomeBlocks.AVAILABLE.size()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("blocks", blocks);
        if (notice != null) {
            model.put("notice", notice);
        }
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/home-page", model);
    }

    private Response branding(int status, String notice, String problem) {
        OrganisationView view = pages.organisation();
        var own = JsonFactory.JSON.createReader(new StringReader(view.brandingJson())).readObject();
        Map<String, String> palette = themes.palette(view.theme());
        if (own.containsKey("colours")) {
            own.getJsonObject("colours").forEach((k, v) -> palette.put(k, ((jakarta.json.JsonString) v).getString()));
        }
        List<Map<String, Object>> colours = new ArrayList<>();
        palette.forEach((token, value) -> colours.add(Map.of("token", token, "value", value)));
        List<Map<String, Object>> available = new ArrayList<>();
        for (ThemePack theme : themes.all()) {
            available.add(Map.of("name", theme.name(), "names", theme.names(), "current", theme.name().equals(view.theme())));
        }
        ThemePack current = themes.chain(view.theme()).get(0);
        String font = own.containsKey("font") ? own.getString("font") : current.fonts().get(0);
        List<Map<String, Object>> fonts = new ArrayList<>();
        current.fonts().forEach(f -> fonts.add(Map.of("name", f, "current", f.equals(font))));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("themes", available);
        model.put("colours", colours);
        model.put("fonts", fonts);
        if (notice != null) {
            model.put("notice", notice);
        }
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/branding", model);
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
