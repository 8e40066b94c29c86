package org.communa.server.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes every log line say which organisation and request it concerns: Payara's log format prints the
 * thread name, so the worker thread is named after the host and a request number while it serves the
 * request (java.util.logging has no MDC). The number is also returned in X-Request-Id.
 */
@Provider
@Priority(200)
public class RequestLogContext implements ContainerRequestFilter, ContainerResponseFilter {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String ORIGINAL_NAME = "communa.thread-name";
    private static final String REQUEST_ID = "communa.request-id";
    @Inject RequestOrganisation organisation;

    @Override
    public void filter(ContainerRequestContext request) {
        String id = Long.toString(SEQUENCE.incrementAndGet(), 36);
        Thread thread = Thread.currentThread();
        request.setProperty(ORIGINAL_NAME, thread.getName());
        request.setProperty(REQUEST_ID, id);
        String who = organisation.isSystemHost() ? "system" : "org=" + organisation.primaryHost();
        thread.setName("req-" + id + " " + who + " " + request.getMethod() + " /" + request.getUriInfo().getPath());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(REQUEST_ID);
        if (id != null) {
            response.getHeaders().putSingle("X-Request-Id", id);
        }
        Object original = request.getProperty(ORIGINAL_NAME);
        if (original != null) {
            Thread.currentThread().setName((String) original);
        }
    }
}
