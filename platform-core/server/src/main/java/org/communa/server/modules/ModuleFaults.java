package org.communa.server.modules;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What went wrong with modules, for system admins and for routing: the error of a bundle that failed to
 * install, migrate or start, and modules quarantined at run time after failing to answer several
 * requests in a row (a module that fails once may have met a bad request; one that keeps failing is
 * broken, and stops being called until an admin restores or upgrades it).
 */
final class ModuleFaults {

    private final int threshold;
    private final Map<Long, String> bundleErrors = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> consecutiveFailures = new ConcurrentHashMap<>();
    private final Map<String, String> quarantined = new ConcurrentHashMap<>();

    ModuleFaults(int threshold) {
        this.threshold = threshold;
    }

    /** The whole cause chain, so that admins see why ("...: database unreachable"), not only where. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    void bundleFailed(long bundleId, String error) {
        bundleErrors.put(bundleId, error);
    }

    /** Forgets everything against a bundle and its module: it was restored, upgraded or removed. */
    void clear(long bundleId, String moduleKey) {
        bundleErrors.remove(bundleId);
        if (moduleKey != null) {
            quarantined.remove(moduleKey);
            consecutiveFailures.remove(moduleKey);
        }
    }

    /** Counts a failed answer; true when this failure quarantined the module. */
    boolean answerFailed(String moduleKey, String error) {
        int failures = consecutiveFailures.computeIfAbsent(moduleKey, k -> new AtomicInteger()).incrementAndGet();
        if (failures >= threshold && quarantined.putIfAbsent(moduleKey,
                "quarantined after " + failures + " failed answers in a row; last: " + error) == null) {
            return true;
        }
        return false;
    }

    /** Quarantines a module because another process of the instance did; true when it was not already. */
    boolean quarantine(String moduleKey, String reason) {
        return quarantined.putIfAbsent(moduleKey, reason) == null;
    }

    void answered(String moduleKey) {
        if (!consecutiveFailures.isEmpty()) {
            consecutiveFailures.remove(moduleKey);
        }
    }

    Optional<String> quarantineReason(String moduleKey) {
        return Optional.ofNullable(quarantined.get(moduleKey));
    }

    boolean isQuarantined(String moduleKey) {
        return !quarantined.isEmpty() && quarantined.containsKey(moduleKey);
    }

    Optional<String> error(long bundleId, String moduleKey) {
        String error = bundleErrors.get(bundleId);
        if (error == null && moduleKey != null) {
            error = quarantined.get(moduleKey);
        }
        return Optional.ofNullable(error);
    }
}
