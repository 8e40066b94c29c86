package org.communa.server.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.Statistic;
import org.communa.modulehost.bundles.InstalledModule;
import org.communa.server.modules.ModuleHost;

/**
 * The figures the statistics count: the host's own (supports and comments, whatever module's resource
 * they are on) and those the installed modules declare. "participants" (distinct people who contributed)
 * and "sign_ups" are computed apart.
 */
@ApplicationScoped
public class StatisticDefinitions {

    public static final String PARTICIPANTS = "participants";
    public static final String SIGN_UPS = "sign_ups";

    static final List<Metric> HOST = List.of(
            new Metric("supports", Map.of("fr", "Soutiens", "en", "Supports"), List.of(new Metric.Rule(Metric.ANY_MODULE, "support", 1),
                    new Metric.Rule(Metric.ANY_MODULE, "withdraw_support", -1)), true),
            new Metric("comments", Map.of("fr", "Commentaires", "en", "Comments"), List.of(new Metric.Rule(Metric.ANY_MODULE, "comment", 1),
                    new Metric.Rule(Metric.ANY_MODULE, "delete_comment", -1)), true));

    @Inject jakarta.enterprise.inject.Instance<ModuleHost> modules;

    /** Whether the modules' figures are known yet (the module host starts after the jobs). */
    public boolean ready() {
        return modules.isResolvable() && modules.get().started();
    }

    /** Every figure's rules as JSON rows (module_key, action, metric, weight, contribution) for SQL's jsonb_to_recordset. */
    public String rulesJson() {
        return Metric.rulesJson(counted());
    }

    private volatile List<Metric> known;
    private volatile long knownUntil;

    /**
     * The host's figures, then each installed module's, by key (a key declared twice keeps its first meaning);
     * read again from the module host every few seconds (modules come and go rarely; pages ask often).
     */
    public List<Metric> counted() {
        long now = System.nanoTime();
        List<Metric> cached = known;
        if (cached != null && knownUntil - now > 0) {
            return cached;
        }
        List<Metric> fresh = collect();
        if (ready()) {
            known = fresh;
            knownUntil = now + 5_000_000_000L;
        }
        return fresh;
    }

    private List<Metric> collect() {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        HOST.forEach(m -> metrics.put(m.key(), m));
        if (modules.isResolvable()) {
            for (InstalledModule installed : modules.get().list()) {
                if (installed.moduleKey() == null || installed.quarantined()) {
                    continue;
                }
                modules.get().module(installed.moduleKey()).ifPresent(module -> {
                    for (Statistic statistic : module.manifest().statistics()) {
                        metrics.putIfAbsent(statistic.key(), Metric.of(installed.moduleKey(), statistic));
                    }
                });
            }
        }
        return new ArrayList<>(metrics.values());
    }
}
