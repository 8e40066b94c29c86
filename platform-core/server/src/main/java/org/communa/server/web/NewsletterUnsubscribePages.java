package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.newsletters.UnsubscribeFromNewsletters;
import org.communa.server.newsletters.UnsubscribeFromNewsletters.Outcome;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The unsubscribe link of every newsletter e-mail. Opening it shows a button and changes nothing (mail
 * scanners open links); posting to it unsubscribes, which is also what mail programs do with RFC 8058's
 * one-click (List-Unsubscribe-Post: List-Unsubscribe=One-Click), without cookies or form token: the
 * random address is the proof, so the form protection lets this path through.
 */
@Path("newsletter/unsubscribe/{token}")
@RequestScoped
public class NewsletterUnsubscribePages {

    public static final String PATH = "newsletter/unsubscribe/";

    @Inject PageRenderer pages;
    @Inject RequestOrganisation organisation;
    @Inject UnsubscribeFromNewsletters unsubscribe;

    @GET
    @Operation(hidden = true)
    public Response confirm(@PathParam("token") String token) {
        return pages.page("pages/unsubscribe", Map.of("token", token));
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "One-click unsubscribe from newsletters (RFC 8058)")
    public Response unsubscribe(@PathParam("token") String token) {
        Outcome outcome = unsubscribe.unsubscribe(organisation.tenant(), token);
        if (outcome == Outcome.UNKNOWN_LINK) {
            return pages.page(404, "pages/notice", Map.of("title", "unsubscribe.unknown.title", "message", "unsubscribe.unknown.message"));
        }
        return pages.page("pages/notice", Map.of("title", "unsubscribe.done.title", "message", "unsubscribe.done.message",
                "link", "/account", "linkText", "unsubscribe.done.account"));
    }
}
