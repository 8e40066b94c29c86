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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Organisation admins replace individual templates of the participants' pages with their own version
 * (looked up before the theme's). A version that does not compile is refused with Pebble's message;
 * the admin pages themselves cannot be replaced, so that no one locks themselves out.
 */
@Path("admin/templates")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AdminTemplatePages {

    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject PageEngines engines;
    @Inject Themes themes;
    @Inject ReplaceTemplate replaceTemplate;

    @GET
    @Operation(hidden = true)
    public Response list() {
        return gate.asAdmin(() -> {
            var own = pages.organisation().templates();
            var failures = pages.organisation().templateFailures();
            return pages.page("pages/admin/templates", Map.of("templates", ReplaceTemplate.REPLACEABLE.stream()
                    .map(name -> Map.<String, Object>of("name", name, "replaced", own.containsKey(name),
                            "failure", failures.getOrDefault(name, ""),
                            "link", "/admin/templates/edit?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).toList()));
        });
    }

    @GET
    @Path("edit")
    @Operation(hidden = true)
    public Response edit(@QueryParam("name") String name) {
        return gate.asAdmin(() -> {
            ReplaceTemplate.requireReplaceable(name);
            String own = pages.organisation().templates().get(name);
            return editor(200, name, own != null ? own : themeVersion(name), own != null, null);
        });
    }

    @POST
    @Path("edit")
    @Operation(hidden = true)
    public Response save(MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            String name = form.getFirst("name");
            String source = form.getFirst("source") == null ? "" : form.getFirst("source").replace("\r\n", "\n");
            try {
                if ("true".equals(form.getFirst("reset"))) {
                    replaceTemplate.reset(name);
                } else {
                    replaceTemplate.replace(name, source);
                }
            } catch (Problem refused) {
                if (refused.status() == 404) {
                    throw refused;
                }
                return editor(400, name, source, pages.organisation().templates().containsKey(name), pages.refusal(refused));
            }
            return Response.seeOther(URI.create("/admin/templates")).build();
        });
    }

    private Response editor(int status, String name, String source, boolean replaced, String problem) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("source", source);
        model.put("replaced", replaced);
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/template", model);
    }

    private String themeVersion(String name) {
        return themes.inherited(pages.organisation().theme(), "templates/" + name + ".peb")
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse("");
    }
}
