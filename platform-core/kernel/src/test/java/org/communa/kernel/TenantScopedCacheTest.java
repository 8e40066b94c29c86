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

    @Test
    void concurrentMissesOfOneKeyShareOneLoad() throws Exception {
        TenantScopedCache<String> cache = new TenantScopedCache<>(Duration.ofSeconds(5), 10);
        TenantId tenant = new TenantId(java.util.UUID.randomUUID());
        AtomicInteger loads = new AtomicInteger();
        java.util.concurrent.CountDownLatch slow = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.List<java.util.concurrent.Future<Optional<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> cache.getShared(tenant, "list", () -> {
                    loads.incrementAndGet();
                    try {
                        slow.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Optional.of("page");
                })));
            }
            Thread.sleep(200);
            slow.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).contains("page");
            }
            assertThat(loads.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSharedLoadWithNothingToCacheLetsEachCallerLoad() {
        TenantScopedCache<String> cache = new TenantScopedCache<>(Duration.ofSeconds(5), 10);
        TenantId tenant = new TenantId(java.util.UUID.randomUUID());
        AtomicInteger loads = new AtomicInteger();
        assertThat(cache.getShared(tenant, "private", () -> { loads.incrementAndGet(); return Optional.empty(); })).isEmpty();
        assertThat(cache.getShared(tenant, "private", () -> { loads.incrementAndGet(); return Optional.empty(); })).isEmpty();
        assertThat(loads.get()).isEqualTo(2);
    }

    @Test
    void whileAnExpiredEntryReloadsOthersGetItAsItWasButNeverAfterInvalidation() throws Exception {
        TenantScopedCache<String> cache = new TenantScopedCache<>(Duration.ofMillis(50), 10);
        TenantId tenant = new TenantId(java.util.UUID.randomUUID());
        cache.getShared(tenant, "list", () -> Optional.of("old"));
        Thread.sleep(80);
        java.util.concurrent.CountDownLatch reloading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread reloader = new Thread(() -> cache.getShared(tenant, "list", () -> {
            reloading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of("new");
        }));
        reloader.start();
        reloading.await();
        assertThat(cache.getShared(tenant, "list", () -> Optional.of("third load"))).contains("old");
        release.countDown();
        reloader.join();
        assertThat(cache.getShared(tenant, "list", () -> Optional.of("unused"))).contains("new");
        cache.invalidate(tenant);
        assertThat(cache.getShared(tenant, "list", () -> Optional.of("fresh"))).contains("fresh");
    }

    @Test
    void whatWasReadBeforeAnInvalidationIsNotKept() {
        TenantScopedCache<String> cache = new TenantScopedCache<>(Duration.ofSeconds(5), 10);
        TenantId tenant = new TenantId(java.util.UUID.randomUUID());
        assertThat(cache.getShared(tenant, "list", () -> {
            cache.invalidate(tenant); // a moderator hides something while this list is being read
            return Optional.of("with the hidden proposal");
        })).contains("with the hidden proposal");
        assertThat(cache.getShared(tenant, "list", () -> Optional.of("without it"))).contains("without it");
    }
}
