package org.communa.server.components;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.module.api.http.ModuleResponse;

/** A module's answer that carries its own body (JSON, HTML, a download), as HTTP; the same for the API and the pages. */
public final class ModuleBodies {

    private ModuleBodies() {
    }

    /** A module's answer with its body already in UTF-8, for answers shared between many requests. */
    public record Encoded(ModuleResponse response, byte[] body) {
    }

    public static Encoded encoded(ModuleResponse response) {
        return new Encoded(response, response.body() == null ? null : response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Response of(ModuleResponse response) {
        return of(response, response.body());
    }

    /** A shared answer: encoding it once rather than for each visitor is a good part of the cost of serving it. */
    public static Response of(Encoded encoded) {
        return of(encoded.response(), encoded.body());
    }

    private static Response of(ModuleResponse response, Object body) {
        Response.ResponseBuilder http = Response.status(response.status()).type(MediaType.valueOf(response.contentType()))
                .entity(body);
        if (response.fileName() != null) {
            // the SDK admits only plain file names, so the header needs no escaping
            http.header("Content-Disposition", "attachment; filename=\"" + response.fileName() + "\"");
        }
        return http.build();
    }
}
