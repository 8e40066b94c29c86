package org.communa.server.maps;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What maps load from the instance: the outlines of the organisation's scopes (GeoJSON) and the Leaflet library,
 * served from its WebJar so that no page depends on a CDN.
 */
@Path("")
@RequestScoped
@Tag(name = "maps")
public class MapResource {

    /** Leaflet's distribution inside its WebJar (org.webjars.npm:leaflet). */
    static final String LEAFLET = "META-INF/resources/webjars/leaflet/1.9.4/dist/";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8",
            "png", "image/png");

    @Inject RequestOrganisation organisation;
    @Inject ScopeOutlines outlines;

    @GET
    @Path("map/outlines.geojson")
    @Operation(summary = "The outlines of the organisation's scopes, as a GeoJSON FeatureCollection")
    public Response outlines() {
        if (organisation.isSystemHost()) {
            throw Problem.notFound("the instance has no scopes");
        }
        return Response.ok(outlines.all(organisation.tenant()).toString()).type("application/geo+json")
                .header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("assets/leaflet/{file: (leaflet\\.(js|css)|images/[a-z0-9-]+\\.png)}")
    @Operation(hidden = true)
    public Response leaflet(@PathParam("file") String file) {
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        try (InputStream in = MapResource.class.getClassLoader().getResourceAsStream(LEAFLET + file)) {
            if (in == null || type == null) {
                throw Problem.notFound("no asset leaflet/" + file);
            }
            return Response.ok(in.readAllBytes()).type(type).header("Cache-Control", "public, max-age=86400").build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Leaflet's " + file, e);
        }
    }
}
