package org.communa.kernel.tenant;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of one organisation. Passed explicitly into every transaction, job and module call:
 * there is no ambient or default tenant.
 */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "a tenant id is required: work without a tenant is refused");
    }

    public static TenantId parse(String text) {
        return new TenantId(UUID.fromString(text));
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
