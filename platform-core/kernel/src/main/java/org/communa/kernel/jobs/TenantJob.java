package org.communa.kernel.jobs;

/** The stored data of a job: its tenant and its own payload (JSON). */
public record TenantJob(String tenantId, String payload) {
}
