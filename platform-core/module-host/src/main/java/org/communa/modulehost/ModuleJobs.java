package org.communa.modulehost;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.communa.module.api.JobContext;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.data.ModuleData;

/**
 * A module's queued job as the job queue stores it (module, job name, component, payload), and how it
 * runs: the handler the manifest declares under that name, with the module's data in the organisation.
 */
public final class ModuleJobs {

    /** The one job type of the queue that carries every module's jobs. */
    public static final String JOB_TYPE = "module";

    public record QueuedJob(String moduleKey, String jobName, UUID componentId, String payload) {

        public String toJson() {
            return JSON.createObjectBuilder().add("module", moduleKey).add("job", jobName)
                    .add("component", componentId.toString()).add("payload", payload == null ? "" : payload).build().toString();
        }

        public static QueuedJob fromJson(String json) {
            JsonObject job = JSON.createReader(new StringReader(json)).readObject();
            return new QueuedJob(job.getString("module"), job.getString("job"), UUID.fromString(job.getString("component")),
                    job.getString("payload"));
        }
    }

    private record Context(UUID organisationId, UUID componentId, String payload, ModuleData data,
            java.util.function.Supplier<org.communa.module.api.participation.Notifications> notifier) implements JobContext {
        @Override
        public org.communa.module.api.participation.Notifications notifications() {
            return notifier.get();
        }
    }

    private ModuleJobs() {
    }

    /** Refuses a job the manifest does not declare: a bug in the module, found when it queues, not hours later. */
    public static QueuedJob queue(ModuleManifest manifest, String jobName, UUID componentId, String payload) {
        if (!manifest.jobs().containsKey(jobName)) {
            throw new IllegalArgumentException("module " + manifest.key() + " declares no job " + jobName);
        }
        return new QueuedJob(manifest.key(), jobName, componentId, payload);
    }

    /** @param notifications the component's notifications, made when the job asks for them */
    public static void run(ModuleManifest manifest, QueuedJob job, UUID organisationId, ModuleData data,
            java.util.function.Supplier<org.communa.module.api.participation.Notifications> notifications) {
        var handler = manifest.jobs().get(job.jobName());
        if (handler == null) {
            throw new IllegalStateException("module " + manifest.key() + " " + manifest.version() + " has no job " + job.jobName());
        }
        handler.run(new Context(organisationId, job.componentId(), job.payload(), data, notifications));
    }
}
