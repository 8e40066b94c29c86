package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.communa.kernel.jobs.JobQueue;
import org.communa.server.platform.Platform;

/** The federation's durable jobs: received activities, publications and deliveries, followed spaces' items, each carrying its organisation. */
@ApplicationScoped
public class FederationJobs implements Platform.JobRegistration {

    @Inject Instance<InboundActivities> inbound;
    @Inject Instance<PublishChanges> publish;
    @Inject Instance<DeliverActivity> deliver;
    @Inject Instance<PruneReceived> prune;
    @Inject Instance<RemoteContent> content;
    @Inject Instance<PublishActor> actors;

    @Override
    public void register(JobQueue queue) {
        queue.register(ReceiveActivity.JOB, (tenant, payload) -> inbound.get().run(tenant, payload))
                .register(PublishChanges.JOB, (tenant, payload) -> publish.get().run(tenant, payload))
                .register(Deliveries.JOB, (tenant, payload) -> deliver.get().run(tenant, payload))
                .register(Subscriptions.BACKFILL_JOB, (tenant, payload) -> content.get().backfill(tenant, payload))
                .register(RemoteContent.REFRESH_JOB, (tenant, payload) -> content.get().refresh(tenant, payload))
                .register(PublishActor.JOB, (tenant, payload) -> actors.get().run(tenant, payload))
                .recurring("federation.prune-received", Duration.ofMinutes(30), () -> prune.get().run());
    }
}
