package org.communa.server.participation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.persistence.TranslationsConverter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in participant's notifications. */
@Path("api/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participants: notifications")
public class NotificationsResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject NotificationInbox inbox;

    @GET
    @Operation(summary = "My latest notifications, newest first, with the number unread")
    public JsonObject list(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw Problem.badRequest("limit must be between 1 and 200, got: " + limit);
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (NotificationInbox.Entry e : inbox.latest(organisation.tenant(), current.id(), limit)) {
            items.add(JSON.createObjectBuilder().add("id", e.id().toString()).add("event", e.event())
                    .add("title", TranslationsConverter.toJson(e.title())).add("url", e.url()).add("at", e.at().toString())
                    .add("read", e.read()));
        }
        return JSON.createObjectBuilder().add("items", items).add("unread", inbox.unread(organisation.tenant(), current.id())).build();
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all my notifications read")
    public JsonObject markRead() {
        return JSON.createObjectBuilder().add("marked", inbox.markAllRead(organisation.tenant(), current.id())).build();
    }
}
