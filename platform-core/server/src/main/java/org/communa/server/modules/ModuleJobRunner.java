package org.communa.server.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.communa.kernel.jobs.JobQueue;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.JdbcModuleData;
import org.communa.modulehost.ModuleJobs;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.participation.Notifications;
import org.communa.modulehost.participation.KernelParticipation;
import org.communa.modulehost.participation.ParticipationScope;
import org.communa.server.platform.Platform;

/**
 * Runs modules' jobs from the durable job queue. A job whose module is missing or quarantined throws,
 * so the queue retries it later (the module may be back by then) instead of losing it.
 */
@ApplicationScoped
public class ModuleJobRunner implements Platform.JobRegistration {

    @Inject Instance<ModuleHost> modules;
    @Inject Instance<Platform> platform;
    @Inject Instance<org.communa.server.participation.ModuleLinkTargets> linkTargets;

    @Override
    public void register(JobQueue queue) {
        queue.register(ModuleJobs.JOB_TYPE, this::run);
    }

    void run(TenantId tenant, String payload) {
        ModuleJobs.QueuedJob job = ModuleJobs.QueuedJob.fromJson(payload);
        ParticipationModule module = modules.get().module(job.moduleKey()).orElseThrow(() -> new IllegalStateException(
                "module " + job.moduleKey() + " is not available; its job " + job.jobName() + " will be retried"));
        ActionContext actions = new ActionContext(job.moduleKey(), job.componentId(), null);
        ModuleJobs.run(module.manifest(), job, tenant.value(), platform.get().moduleConnections().module(tenant, actions),
                () -> notifications(tenant, actions, job.componentId()));
    }

    /** The component's notifications, as its requests have them, with links to the component's pages. */
    private Notifications notifications(TenantId tenant, ActionContext actions, java.util.UUID componentId) {
        JdbcModuleData host = platform.get().moduleConnections().host(tenant, actions);
        String path = host.read(sql -> sql.first("select s.kind, s.slug from components c join spaces s on s.id = c.space_id "
                + "where c.id = ?", componentId).map(row -> "/" + ("process".equals(row.string("kind")) ? "processes" : "assemblies")
                + "/" + row.string("slug") + "/c/" + componentId)).orElseThrow(() -> new IllegalStateException(
                "the component " + componentId + " of a queued job is gone"));
        return new KernelParticipation(new ParticipationScope(host, componentId, null), path, linkTargets.get().of(tenant)).notifications();
    }
}
