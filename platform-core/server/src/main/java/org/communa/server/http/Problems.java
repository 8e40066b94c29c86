package org.communa.server.http;

import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds RFC 9457 problem responses: the only shape an API error takes. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    private Problems() {
    }

    public static Response response(int status, String title, String detail) {
        return builder(status, title, detail).build();
    }

    public static Response.ResponseBuilder builder(int status, String title, String detail) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
    }
}
