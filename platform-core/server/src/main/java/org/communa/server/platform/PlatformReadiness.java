package org.communa.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the database is migrated and checked and the job queue runs; not ready any more while draining before a stop. */
@Readiness
@ApplicationScoped
public class PlatformReadiness implements HealthCheck {

    @Inject Platform platform;
    @Inject GracefulShutdown shutdown;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("communa-platform").status(platform.ready() && !shutdown.draining()).build();
    }
}
