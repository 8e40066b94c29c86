package org.communa.server.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The bare endpoint: no tenant, no database. Benchmarks use it as the same-server baseline. */
@Path("api/ping")
@ApplicationScoped
public class PingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
        return "{\"pong\":true}";
    }
}
