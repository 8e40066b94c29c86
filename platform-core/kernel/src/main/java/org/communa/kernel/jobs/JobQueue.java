package org.communa.kernel.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.communa.kernel.tenant.TenantId;

/**
 * Durable jobs on db-scheduler: each job carries its tenant explicitly, is claimed in the database so
 * that one process runs it, and is retried with exponential backoff (by default 30 s doubling: the 14th
 * and last attempt comes about 34 hours after the first failure).
 */
public final class JobQueue implements AutoCloseable {

    /** The work of one job type; it receives the tenant as a value, never from an ambient context. */
    @FunctionalInterface
    public interface JobHandler {
        void handle(TenantId tenant, String payload) throws Exception;
    }

    private static final int MAX_ATTEMPTS = 14;
    private final Duration firstRetry;
    private final Map<String, OneTimeTask<TenantJob>> tasks = new HashMap<>();
    private final List<OneTimeTask<TenantJob>> registered = new ArrayList<>();
    private final List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<Void>> recurring = new ArrayList<>();
    private Scheduler scheduler;

    /** Failed jobs are retried after firstRetry, then twice as long each time (14 attempts: 30 s grows past a day). */
    public JobQueue(Duration firstRetry) {
        this.firstRetry = firstRetry;
    }

    public JobQueue register(String jobType, JobHandler handler) {
        if (scheduler != null) {
            throw new IllegalStateException("job types are registered before the queue starts");
        }
        OneTimeTask<TenantJob> task = Tasks.oneTime(jobType, TenantJob.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(MAX_ATTEMPTS,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(firstRetry)))
                .execute((instance, context) -> {
                    TenantJob job = instance.getData();
                    Thread thread = Thread.currentThread();
                    String originalName = thread.getName();
                    // log lines of the job name its type and organisation (the log format prints thread names)
                    thread.setName("job " + jobType + " tenant=" + job.tenantId());
                    try {
                        handler.handle(TenantId.parse(job.tenantId()), job.payload());
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        thread.setName(originalName);
                    }
                });
        tasks.put(jobType, task);
        registered.add(task);
        return this;
    }

    /**
     * Work that runs again and again, spaced by every, on one process of the instance at a time
     * (db-scheduler claims it in the database like any job).
     */
    public JobQueue recurring(String name, Duration every, Runnable work) {
        if (scheduler != null) {
            throw new IllegalStateException("recurring work is registered before the queue starts");
        }
        recurring.add(Tasks.recurring(name, com.github.kagkarlsson.scheduler.task.schedule.Schedules.fixedDelay(every))
                .execute((instance, context) -> work.run()));
        return this;
    }

    /**
     * Starts claiming jobs. Every process of an instance runs a queue on the same table: a job is claimed by
     * one of them; one that stops saying it is alive (heartbeat) for four beats is dead, and the jobs it
     * held are taken over by the others.
     */
    public void start(DataSource systemPool, int threads, String processName, Duration heartbeat) {
        scheduler = Scheduler.create(systemPool, new ArrayList<>(registered))
                .startTasks(new ArrayList<>(recurring))
                .serializer(new TenantJobSerializer())
                .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(processName))
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(4)
                .threads(threads)
                .pollingInterval(Duration.ofSeconds(2))
                .enableImmediateExecution()
                .build();
        scheduler.start();
    }

    public void enqueue(String jobType, TenantId tenant, String payload) {
        enqueueAt(jobType, tenant, payload, Instant.now());
    }

    /** A job that must not run before a given time (e.g. looking again at another server a little later). */
    public void enqueueAt(String jobType, TenantId tenant, String payload, Instant notBefore) {
        OneTimeTask<TenantJob> task = tasks.get(jobType);
        if (task == null) {
            throw new IllegalArgumentException("no job type " + jobType);
        }
        if (scheduler == null) {
            throw new IllegalStateException("the job queue is not started");
        }
        scheduler.schedule(task.instance(UUID.randomUUID().toString(), new TenantJob(tenant.toString(), payload)),
                notBefore);
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
