package org.communa.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the database is migrated and checked and the job queue runs. */
@Readiness
@ApplicationScoped
public class PlatformReadiness implements HealthCheck {

    @Inject Platform platform;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("communa-platform").status(platform.ready()).build();
    }
}
