package org.communa.server.federation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's shared inbox; the actors' own inboxes are in {@link ActorsResource}. All take the same way in. */
@Path("inbox")
@RequestScoped
@Consumes("*/*")
@Tag(name = "federation")
public class InboxResource {

    @Inject ReceiveActivity receive;

    @POST
    @Operation(summary = "Shared inbox: signed activities for any actor of the organisation (202 once verified and queued)")
    public Response shared(byte[] body) {
        return receive.receive("/inbox", body);
    }
}
