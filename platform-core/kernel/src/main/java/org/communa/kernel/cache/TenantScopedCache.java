package org.communa.kernel.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.communa.kernel.tenant.TenantId;

/**
 * A short-lived cache of values read inside one tenant's transaction, partitioned by tenant so that a
 * value can only ever be served to the tenant it was read for. Writers invalidate their tenant's
 * partition, and the cluster tells the other server processes (see {@link #whenInvalidated}), which drop
 * theirs with {@link #invalidateHere}.
 */
public final class TenantScopedCache<V> {

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private static final int MAX_TENANTS = 20_000;
    private final long ttlNanos;
    private final int maxEntriesPerTenant;
    private final ConcurrentHashMap<TenantId, ConcurrentHashMap<String, Entry<V>>> partitions = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<Optional<V>>> loading = new ConcurrentHashMap<>();
    /** Bumped by every invalidation: a load that began before one must not store what it read. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public TenantScopedCache(Duration ttl, int maxEntriesPerTenant) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntriesPerTenant = maxEntriesPerTenant;
    }

    /** The cached value, or the loaded one (not cached when the loader answers empty). */
    public Optional<V> get(TenantId tenant, String key, Supplier<Optional<V>> loader) {
        long now = System.nanoTime();
        ConcurrentHashMap<String, Entry<V>> partition = partitions.get(tenant);
        Entry<V> entry = partition == null ? null : partition.get(key);
        if (entry != null && entry.expiresAtNanos() - now > 0) {
            return Optional.of(entry.value());
        }
        long before = generation.get();
        Optional<V> loaded = loader.get();
        loaded.ifPresent(value -> put(tenant, key, value, now, before));
        return loaded;
    }

    /**
     * Like {@link #get}, but concurrent misses of the same key wait for the one load in progress instead
     * of all loading at once (64 visitors arriving as an entry expires make one database query, not 64);
     * while an expired entry is being reloaded, the others are given it as it was rather than made to wait
     * (an invalidated entry is gone: nobody gets it). A waiter whose shared load gave nothing to cache loads
     * for itself.
     */
    public Optional<V> getShared(TenantId tenant, String key, Supplier<Optional<V>> loader) {
        long now = System.nanoTime();
        ConcurrentHashMap<String, Entry<V>> partition = partitions.get(tenant);
        Entry<V> entry = partition == null ? null : partition.get(key);
        if (entry != null && entry.expiresAtNanos() - now > 0) {
            return Optional.of(entry.value());
        }
        String flight = tenant + " " + key;
        java.util.concurrent.CompletableFuture<Optional<V>> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Optional<V>> running = loading.putIfAbsent(flight, mine);
        if (running != null) {
            if (entry != null) {
                // just expired and being reloaded by another request: that one waits, the others keep the last answer
                return Optional.of(entry.value());
            }
            Optional<V> shared = running.join();
            return shared.isPresent() ? shared : loader.get();
        }
        try {
            long before = generation.get();
            Optional<V> loaded = loader.get();
            loaded.ifPresent(value -> put(tenant, key, value, now, before));
            mine.complete(loaded);
            return loaded;
        } catch (RuntimeException | Error e) {
            mine.complete(Optional.empty());
            throw e;
        } finally {
            loading.remove(flight, mine);
        }
    }

    private void put(TenantId tenant, String key, V value, long now, long loadedInGeneration) {
        if (generation.get() != loadedInGeneration) {
            return; // an invalidation came while loading: what was read may be what it removed
        }
        if (partitions.size() >= MAX_TENANTS) {
            partitions.clear();
        }
        ConcurrentHashMap<String, Entry<V>> partition = partitions.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
        if (partition.size() >= maxEntriesPerTenant) {
            partition.clear();
        }
        partition.put(key, new Entry<>(value, now + ttlNanos));
    }

    /** Who hears of this cache's invalidations (empty tenant: all of them); the cluster, which tells the other processes. */
    private volatile Consumer<Optional<TenantId>> invalidationListener = tenant -> { };

    public void whenInvalidated(Consumer<Optional<TenantId>> listener) {
        this.invalidationListener = listener;
    }

    public void invalidate(TenantId tenant) {
        invalidateHere(tenant);
        invalidationListener.accept(Optional.of(tenant));
    }

    public void invalidateAll() {
        invalidateAllHere();
        invalidationListener.accept(Optional.empty());
    }

    /** Drops a tenant's entries on this process only: another process changed its data and said so. */
    public void invalidateHere(TenantId tenant) {
        generation.incrementAndGet();
        partitions.remove(tenant);
    }

    public void invalidateAllHere() {
        generation.incrementAndGet();
        partitions.clear();
    }
}
