package org.communa.module.api;

/**
 * Work a module runs later, outside any request (reminders, counting, sending): declared in the manifest
 * by name, queued with {@link HostServices#enqueue}. Jobs are durable and retried with a growing delay
 * when they throw, so a handler must be safe to run again.
 */
@FunctionalInterface
public interface JobHandler {

    void run(JobContext job);
}
