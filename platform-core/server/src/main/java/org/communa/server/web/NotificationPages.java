package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.participation.NotificationInbox;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The participant's notifications page: what happened to what they follow, newest first. */
@Path("notifications")
@RequestScoped
public class NotificationPages {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject NotificationInbox inbox;
    @Inject PageRenderer pages;

    @GET
    @Operation(hidden = true)
    public Response list() {
        if (!current.present()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        var entries = inbox.latest(organisation.tenant(), current.id(), 100).stream().map(e -> Map.<String, Object>of(
                "event", e.event(), "title", e.title(), "url", e.url(), "day", e.at().toLocalDate().toString(), "read", e.read())).toList();
        return pages.page("pages/notifications", Map.of("notifications", entries));
    }

    @POST
    @Path("read")
    @Operation(hidden = true)
    public Response markRead() {
        if (current.present()) {
            inbox.markAllRead(organisation.tenant(), current.id());
        }
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
