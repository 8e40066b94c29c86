package org.communa.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.PlatformStarted;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What each process says of itself to monitoring, on its own port: its name, version and how many
 * processes it sees in the cluster, in /health (always up: a process alone is alive) and as the gauge
 * communa.cluster.processes in /metrics (a process that sees fewer than the others do is cut off).
 */
@Liveness
@ApplicationScoped
public class ProcessHealth implements HealthCheck {

    @Inject Cluster cluster;
    @Inject CommunaSettings settings;
    @Inject MetricRegistry metrics;

    void registerGauge(@Observes PlatformStarted started) {
        metrics.gauge("communa.cluster.processes", cluster, c -> c.memberIds().size());
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("communa-process").up().withData("process", settings.processName())
                .withData("version", ClusterProcesses.version()).withData("clustered", cluster.clustered())
                .withData("processes", cluster.memberIds().size()).build();
    }
}
