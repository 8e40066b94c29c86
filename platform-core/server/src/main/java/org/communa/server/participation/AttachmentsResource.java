package org.communa.server.participation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves an attachment of the organisation to those who may see its resource, with the type read from its
 * content; images inline, PDF as a download; sandboxed and never sniffed, so that a file can never run as a page.
 */
@Path("attachments/{id}")
@RequestScoped
@Tag(name = "participants: participation")
public class AttachmentsResource {

    @Inject RequestOrganisation organisation;
    @Inject OpenAttachment openAttachment;

    @GET
    @Operation(summary = "An attachment's file")
    public Response file(@PathParam("id") String id) {
        UUID attachment;
        try {
            attachment = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("no attachment " + id);
        }
        AttachmentFiles.Stored stored = openAttachment.open(attachment).orElseThrow(() -> Problem.notFound("no attachment " + id));
        String disposition = stored.contentType().startsWith("image/") ? "inline" : "attachment";
        // the stored name is cleaned (no quotes, no control characters); the RFC 5987 form carries any letters
        String encoded = java.net.URLEncoder.encode(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(stored.file().toFile(), stored.contentType())
                .header("Content-Disposition", disposition + "; filename=\"" + stored.fileName().replaceAll("[^\\x20-\\x7e]", "_")
                        + "\"; filename*=UTF-8''" + encoded)
                .header("Content-Length", stored.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }
}
