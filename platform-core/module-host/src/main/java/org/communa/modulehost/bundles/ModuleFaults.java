package org.communa.modulehost.bundles;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What went wrong with modules, for system admins and for routing: the error of a bundle that failed to
 * install, migrate or start, and modules quarantined at run time after failing to answer several
 * requests in a row (a module that fails once may have met a bad request; one that keeps failing is
 * broken, and stops being called until an admin restores or upgrades it).
 * <p>
 * The rule, chosen so that nobody can switch a module off for every organisation without an account: only
 * failures to answer a request the host found well-formed count, only those of signed-in callers, and a
 * module is quarantined after {@code threshold} of them in a row (no answer in between, to anyone) coming
 * from at least two different callers (a caller is a participant of an organisation). Anonymous failures
 * are answered 503 and logged, and neither count nor end a run.
 */
public final class ModuleFaults {

    private final int threshold;
    private final Map<Long, String> bundleErrors = new ConcurrentHashMap<>();
    private final Map<Long, String> refusals = new ConcurrentHashMap<>();
    /** A run of failed answers to signed-in callers, and who they were. */
    private static final class Run {
        int failures;
        final Set<String> callers = new HashSet<>();
    }
    private final Map<String, Run> consecutiveFailures = new ConcurrentHashMap<>();
    private final Map<String, String> quarantined = new ConcurrentHashMap<>();

    public ModuleFaults(int threshold) {
        this.threshold = threshold;
    }

    /** The whole cause chain, so that admins see why ("...: database unreachable"), not only where. */
    public static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    public void bundleFailed(long bundleId, String error) {
        bundleErrors.put(bundleId, error);
    }

    /** The bundle broke the host's rules (ModuleRefused) rather than failed: the install refuses it. */
    public void bundleRefused(long bundleId, String reason) {
        bundleErrors.put(bundleId, reason);
        refusals.put(bundleId, reason);
    }

    /** Why the bundle was refused, if it was. */
    public Optional<String> refusal(long bundleId) {
        return Optional.ofNullable(refusals.get(bundleId));
    }

    /** Forgets everything against a bundle and its module: it was restored, upgraded or removed. */
    public void clear(long bundleId, String moduleKey) {
        bundleErrors.remove(bundleId);
        refusals.remove(bundleId);
        if (moduleKey != null) {
            quarantined.remove(moduleKey);
            consecutiveFailures.remove(moduleKey);
        }
    }

    /** Counts a failed answer to a signed-in caller (null: anonymous, not counted); true when it quarantined the module. */
    public boolean answerFailed(String moduleKey, String caller, String error) {
        if (caller == null) {
            return false;
        }
        Run run = consecutiveFailures.computeIfAbsent(moduleKey, k -> new Run());
        int failures;
        int callers;
        synchronized (run) {
            failures = ++run.failures;
            run.callers.add(caller);
            callers = run.callers.size();
        }
        return failures >= threshold && callers >= 2 && quarantined.putIfAbsent(moduleKey, "quarantined after " + failures
                + " failed answers in a row to " + callers + " signed-in callers; last: " + error) == null;
    }

    /** Quarantines a module because another process of the instance did; true when it was not already. */
    public boolean quarantine(String moduleKey, String reason) {
        return quarantined.putIfAbsent(moduleKey, reason) == null;
    }

    public void answered(String moduleKey) {
        if (!consecutiveFailures.isEmpty()) {
            consecutiveFailures.remove(moduleKey);
        }
    }

    public Optional<String> quarantineReason(String moduleKey) {
        return Optional.ofNullable(quarantined.get(moduleKey));
    }

    public boolean isQuarantined(String moduleKey) {
        return !quarantined.isEmpty() && quarantined.containsKey(moduleKey);
    }

    public Optional<String> error(long bundleId, String moduleKey) {
        String error = bundleErrors.get(bundleId);
        if (error == null && moduleKey != null) {
            error = quarantined.get(moduleKey);
        }
        return Optional.ofNullable(error);
    }
}
