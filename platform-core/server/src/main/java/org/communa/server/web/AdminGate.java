package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;

/** Lets only organisation admins through to the admin pages: visitors are sent to sign in, participants get a 403 page. */
@RequestScoped
public class AdminGate {

    @Inject CurrentParticipant current;
    @Inject PageRenderer pages;

    public Response asAdmin(Supplier<Response> page) {
        if (!current.present()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        if (!current.roles().contains(Role.admin)) {
            return pages.page(403, "pages/error", Map.of("status", 403));
        }
        return page.get();
    }
}
