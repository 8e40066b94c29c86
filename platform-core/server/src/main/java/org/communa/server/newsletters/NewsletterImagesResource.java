package org.communa.server.newsletters;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.Ids;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A newsletter's image, for anyone with its address (a reader's mail program); admins upload them with the newsletters. */
@Path("newsletter-images")
@RequestScoped
@Tag(name = "organisation admin: newsletters")
public class NewsletterImagesResource {

    @Inject RequestOrganisation organisation;
    @Inject NewsletterImages images;

    @GET
    @Path("{id}")
    @Operation(summary = "A newsletter's image")
    public Response image(@PathParam("id") String id) {
        return images.find(organisation.tenant(), Ids.inPath(id, "image"))
                .map(image -> Response.ok(image.content(), image.contentType())
                        .header("Cache-Control", "public, max-age=31536000, immutable").build())
                .orElseThrow(() -> Problem.notFound("no image " + id));
    }
}
