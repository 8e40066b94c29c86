package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The terms of use and the page on personal data that people accept when they sign up, linked from every page's
 * footer. They say what the platform really does (what is public and federated, what is kept, how to leave), in the
 * reader's language, with the organisation's name; an organisation that needs its own words replaces the template.
 */
@Path("")
@RequestScoped
public class LegalPages {

    static final int TERMS = 5;
    static final int PRIVACY = 5;

    @Inject PageRenderer pages;

    @GET
    @Path("terms")
    @Operation(hidden = true)
    public Response terms() {
        return legal("terms", TERMS);
    }

    @GET
    @Path("privacy")
    @Operation(hidden = true)
    public Response privacy() {
        return legal("privacy", PRIVACY);
    }

    private Response legal(String page, int paragraphs) {
        List<String> keys = IntStream.rangeClosed(1, paragraphs).mapToObj(n -> page + "." + n).toList();
        return pages.page("pages/legal", Map.of("page", page, "paragraphs", keys));
    }
}
