package org.communa.kernel.jobs;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.nio.charset.StandardCharsets;

/**
 * Stores a job as "tenant-id NEWLINE payload" in UTF-8: readable in the table, and free of Java
 * deserialization (db-scheduler's default), which would be a needless attack surface.
 */
final class TenantJobSerializer implements Serializer {

    @Override
    public byte[] serialize(Object data) {
        if (data == null) {
            return null; // recurring work carries no data
        }
        TenantJob job = (TenantJob) data;
        return (job.tenantId() + "\n" + job.payload()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] bytes) {
        if (bytes == null || type == Void.class) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        if (newline < 0) {
            throw new IllegalArgumentException("stored job has no tenant line");
        }
        return type.cast(new TenantJob(text.substring(0, newline), text.substring(newline + 1)));
    }
}
