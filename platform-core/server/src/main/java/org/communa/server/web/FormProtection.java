package org.communa.server.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;

/**
 * Every change made through a page (a form posted to a path outside /api) must carry the form token of
 * the page it came from, checked here for all pages at once so that no page can forget it: the
 * session's token when signed in, else the one of the visitor's form cookie.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class FormProtection implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    @Inject CurrentParticipant current;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || path.startsWith("api/") || path.startsWith("/api/") || isInbox(path)
                || isUnsubscribe(path)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            // forms that send files carry their token in their address: the body is not read twice
            check(request, request.getUriInfo().getQueryParameters().getFirst("csrf"));
            return;
        }
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            throw new Problem(415, "Unsupported Media Type", "pages accept forms (application/x-www-form-urlencoded, "
                    + "multipart/form-data) only");
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body)); // the page's resource reads the form again
        check(request, field(new String(body, StandardCharsets.UTF_8), "csrf"));
    }

    /** ActivityPub inboxes authenticate each request by its HTTP signature and never read the session. */
    private static boolean isInbox(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("inbox") || (p.startsWith("actors/") && p.endsWith("/inbox"));
    }

    /** One-click unsubscribe (RFC 8058) comes from mail programs: the link's random token is its proof. */
    private static boolean isUnsubscribe(String path) {
        return (path.startsWith("/") ? path.substring(1) : path).startsWith(NewsletterUnsubscribePages.PATH);
    }

    private void check(ContainerRequestContext request, String given) {
        String expected = expectedToken(request);
        if (expected == null || given == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw Problem.forbidden("this form has expired or did not come from this site: reload the page and send it again");
        }
    }

    private String expectedToken(ContainerRequestContext request) {
        if (current.present()) {
            return current.csrfToken();
        }
        Cookie cookie = request.getCookies().get(PageRenderer.FORM_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    static String field(String form, String name) {
        try {
            for (String pair : form.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException e) {
            // "%zz" and the like: a malformed form is the sender's fault, not a server error
            throw Problem.badRequest("the form is not URL-encoded: " + e.getMessage());
        }
        return null;
    }
}
