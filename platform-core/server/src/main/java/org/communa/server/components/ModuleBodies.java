package org.communa.server.components;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.module.api.http.ModuleResponse;

/** A module's answer that carries its own body (JSON, HTML, a download), as HTTP; the same for the API and the pages. */
public final class ModuleBodies {

    private ModuleBodies() {
    }

    public static Response of(ModuleResponse response) {
        Response.ResponseBuilder http = Response.status(response.status()).type(MediaType.valueOf(response.contentType()))
                .entity(response.body());
        if (response.fileName() != null) {
            // the SDK admits only plain file names, so the header needs no escaping
            http.header("Content-Disposition", "attachment; filename=\"" + response.fileName() + "\"");
        }
        return http.build();
    }
}
