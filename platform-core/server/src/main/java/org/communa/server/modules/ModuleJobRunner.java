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
import org.communa.server.platform.Platform;

/**
 * Runs modules' jobs from the durable job queue. A job whose module is missing or quarantined throws,
 * so the queue retries it later (the module may be back by then) instead of losing it.
 */
@ApplicationScoped
public class ModuleJobRunner implements Platform.JobRegistration {

    @Inject Instance<ModuleHost> modules;
    @Inject Instance<Platform> platform;

    @Override
    public void register(JobQueue queue) {
        queue.register(ModuleJobs.JOB_TYPE, this::run);
    }

    void run(TenantId tenant, String payload) {
        ModuleJobs.QueuedJob job = ModuleJobs.QueuedJob.fromJson(payload);
        ParticipationModule module = modules.get().module(job.moduleKey()).orElseThrow(() -> new IllegalStateException(
                "module " + job.moduleKey() + " is not available; its job " + job.jobName() + " will be retried"));
        ModuleJobs.run(module.manifest(), job, tenant.value(), platform.get().moduleConnections().module(tenant,
                new ActionContext(job.moduleKey(), job.componentId(), null)));
    }
}
