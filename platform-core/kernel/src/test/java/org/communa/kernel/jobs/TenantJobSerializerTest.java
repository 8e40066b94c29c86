package org.communa.kernel.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TenantJobSerializerTest {

    private final TenantJobSerializer serializer = new TenantJobSerializer();

    @Test
    void keepsTenantAndPayloadIncludingNewlines() {
        TenantJob job = new TenantJob("0b6b1d4e-1f4e-4a39-9a0e-0d9c3b6f4f10", "{\"text\":\"line 1\\nline 2\"}\nraw second line");
        assertThat(serializer.deserialize(TenantJob.class, serializer.serialize(job))).isEqualTo(job);
    }

    @Test
    void refusesDataWithoutTenant() {
        assertThatThrownBy(() -> serializer.deserialize(TenantJob.class, "no tenant".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("tenant");
    }

    @org.junit.jupiter.api.Test
    void recurringWorkWithoutDataIsStoredAsNothing() {
        TenantJobSerializer serializer = new TenantJobSerializer();
        org.assertj.core.api.Assertions.assertThat(serializer.serialize(null)).isNull();
        org.assertj.core.api.Assertions.assertThat(serializer.deserialize(Void.class, null)).isNull();
    }
}
