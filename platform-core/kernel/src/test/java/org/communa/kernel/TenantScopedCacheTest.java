package org.communa.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.communa.kernel.cache.TenantScopedCache;
import org.communa.kernel.tenant.TenantId;
import org.junit.jupiter.api.Test;

class TenantScopedCacheTest {

    private final TenantId a = TenantId.random();
    private final TenantId b = TenantId.random();

    @Test
    void aValueIsOnlyServedToItsTenant() {
        TenantScopedCache<String> cache = new TenantScopedCache<>(Duration.ofMinutes(1), 10);
        assertThat(cache.get(a, "space:budget", () -> Optional.of("A's budget"))).contains("A's budget");
        assertThat(cache.get(b, "space:budget", () -> Optional.of("B's budget"))).contains("B's budget");
        assertThat(cache.get(a, "space:budget", () -> Optional.of("reloaded"))).contains("A's budget");
    }

    @Test
    void invalidationIsPerTenantAndEmptyAnswersAreNotCached() {
        TenantScopedCache<String> cache = new TenantScopedCache<>(Duration.ofMinutes(1), 10);
        AtomicInteger loads = new AtomicInteger();
        cache.get(a, "k", () -> Optional.of("v" + loads.incrementAndGet()));
        cache.get(b, "k", () -> Optional.of("w"));
        cache.invalidate(a);
        assertThat(cache.get(a, "k", () -> Optional.of("v" + loads.incrementAndGet()))).contains("v2");
        assertThat(cache.get(b, "k", () -> Optional.of("other"))).contains("w");
        assertThat(cache.get(a, "missing", Optional::empty)).isEmpty();
        assertThat(cache.get(a, "missing", () -> Optional.of("now there"))).contains("now there");
    }

    @Test
    void entriesExpire() throws InterruptedException {
        TenantScopedCache<String> cache = new TenantScopedCache<>(Duration.ofMillis(20), 10);
        cache.get(a, "k", () -> Optional.of("old"));
        Thread.sleep(40);
        assertThat(cache.get(a, "k", () -> Optional.of("new"))).contains("new");
    }
}
