package org.communa.server.federation;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same address serves people and servers: the organisation's home page and a space's page, asked
 * for as ActivityStreams JSON, answer with the organisation's or the space's actor.
 */
@Provider
@PreMatching
@Priority(200)
public class ContentNegotiation implements ContainerRequestFilter {

    private static final Pattern SPACE_PAGE = Pattern.compile("/?(?:processes|assemblies)/([a-z0-9][a-z0-9-]*)/?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) || !wantsActivityJson(request.getHeaderString("Accept"))) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String actorPath = null;
        if (path.isEmpty() || path.equals("/")) {
            actorPath = LocalActor.ORGANISATION_PATH;
        } else {
            Matcher space = SPACE_PAGE.matcher(path);
            if (space.matches()) {
                actorPath = LocalActor.spacePath(space.group(1));
            }
        }
        if (actorPath != null) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replacePath(actorPath).replaceQuery(null).build());
        }
    }

    static boolean wantsActivityJson(String accept) {
        return accept != null && (accept.contains(Federation.ACTIVITY_JSON)
                || (accept.contains("application/ld+json") && accept.contains("activitystreams")));
    }
}
