package org.communa.server.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers every answer carries, and for pages a strict Content-Security-Policy: everything from the
 * instance itself (no CDN, no inline script or style), no framing, forms only to the instance.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    static final String CONTENT_SECURITY_POLICY = policy(null);

    /** The pages' policy; {@code imageOrigin}: the one other origin images may come from (a tile server), or null. */
    static String policy(String imageOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:" + (imageOrigin == null ? "" : " " + imageOrigin) + "; font-src 'self'; connect-src 'self'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        MediaType type = response.getMediaType();
        // an answer with a policy of its own (the preview of an e-mail, shown in a frame) keeps it
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE) && !response.getHeaders().containsKey("Content-Security-Policy")) {
            response.getHeaders().putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.getHeaders().putSingle("X-Frame-Options", "DENY");
        }
    }
}
