package org.communa.server.http;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All HTTP routes of the server; resources and providers are discovered by CDI. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Communa API", version = "0.1",
        description = "System API (organisations), organisation admin API and participant API."))
public class CommunaApi extends Application {
}
