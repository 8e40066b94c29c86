package org.communa.server.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import org.communa.server.http.Problems;
import org.communa.server.http.RequestOrganisation;

/**
 * A browser that asked for a page gets an error page in the organisation's theme and language, not the
 * API's problem document: same status, a sentence a person understands, a way back home.
 */
@jakarta.ws.rs.ext.Provider
@Priority(Priorities.USER)
public class HtmlErrorPages implements ContainerResponseFilter {

    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 500, 503);
    @Inject RequestOrganisation organisation;
    @Inject PageRenderer pages;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        MediaType type = response.getMediaType();
        String accept = request.getHeaderString("Accept");
        if (type == null || !type.isCompatible(Problems.PROBLEM_JSON) || path.startsWith("api/") || path.startsWith("/api/")
                || accept == null || !accept.contains("text/html") || organisation.isSystemHost() || organisation.primaryHost() == null) {
            return;
        }
        int status = response.getStatus();
        int explained = EXPLAINED.contains(status) ? status : status >= 500 ? 500 : 400;
        Response page = pages.page(status, "pages/error", Map.of("status", explained));
        response.setEntity(page.getEntity(), null, MediaType.TEXT_HTML_TYPE.withCharset("utf-8"));
        response.getHeaders().putSingle("Content-Language", page.getHeaderString("Content-Language"));
        response.getHeaders().putSingle("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
    }
}
