package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The organisation's stylesheets and images, all served by the instance: the theme's assets (looked up
 * through the theme's parents), and branding.css, the organisation's colours and font as CSS custom
 * properties over the theme's.
 */
@Path("")
@RequestScoped
public class AssetsResource {

    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "js", "text/javascript;charset=utf-8", "woff2", "font/woff2",
            "jpg", "image/jpeg", "webp", "image/webp");

    @Inject PageRenderer pages;
    @Inject Themes themes;
    @Inject org.communa.server.branding.OrganisationImages images;
    @Inject org.communa.server.http.RequestOrganisation organisationHost;

    @GET
    @Path("assets/{file: [a-z0-9][a-z0-9/_.-]*}")
    @Operation(hidden = true)
    public Response asset(@PathParam("file") String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null || file.contains("..")) {
            throw Problem.notFound("no asset " + file);
        }
        byte[] content = themes.inherited(pages.organisation().theme(), "assets/" + file)
                .orElseThrow(() -> Problem.notFound("no asset " + file));
        return Response.ok(content).type(type).header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("branding/{name: logo|favicon}")
    @Operation(hidden = true)
    public Response image(@PathParam("name") String name) {
        if (organisationHost.isSystemHost()) {
            throw Problem.notFound("the instance has no " + name);
        }
        var image = images.find(organisationHost.tenant(), name).orElseThrow(() -> Problem.notFound("no " + name));
        return Response.ok(image.content()).type(image.contentType()).header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("branding.css")
    @Operation(hidden = true)
    public Response branding() {
        OrganisationView organisation = pages.organisation();
        Map<String, String> colours = themes.palette(organisation.theme());
        ThemePack theme = themes.chain(organisation.theme()).get(0);
        Map<String, Object> branding = PageRenderer.branding(organisation);
        if (branding.get("colours") instanceof Map<?, ?> own) {
            own.forEach((k, v) -> colours.put(k.toString(), v.toString().replace("\"", "")));
        }
        String font = branding.containsKey("font") ? branding.get("font").toString().replace("\"", "") : theme.fonts().get(0);
        StringBuilder css = new StringBuilder(":root {\n");
        colours.forEach((token, value) -> css.append("  --color-").append(token).append(": ").append(value).append(";\n"));
        css.append("  --font-body: ").append(ThemePack.FONT_STACKS.getOrDefault(font, ThemePack.FONT_STACKS.get("system")))
                .append(";\n}\n");
        return Response.ok(css.toString()).type("text/css;charset=utf-8").header("Cache-Control", "no-cache").build();
    }
}
