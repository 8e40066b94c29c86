package org.communa.server.statistics;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communa.module.api.Statistic;

/**
 * One figure of the statistics and the action log rows it counts: each rule adds its weight for each row
 * of its action (recorded by its module, or by any module for the host's figures, "*").
 */
public record Metric(String key, Map<String, String> names, List<Rule> rules, boolean byParticipants) {

    public static final String ANY_MODULE = "*";

    public record Rule(String moduleKey, String action, int weight) {
    }

    static Metric of(String moduleKey, Statistic statistic) {
        List<Rule> rules = new ArrayList<>();
        statistic.counted().stream().sorted().forEach(a -> rules.add(new Rule(moduleKey, a, 1)));
        statistic.subtracted().stream().sorted().forEach(a -> rules.add(new Rule(moduleKey, a, -1)));
        return new Metric(statistic.key(), statistic.names(), List.copyOf(rules), statistic.byParticipants());
    }

    /** The rules of these metrics as JSON rows for jsonb_to_recordset. */
    static String rulesJson(List<Metric> metrics) {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (Metric metric : metrics) {
            for (Rule rule : metric.rules()) {
                rows.add(JSON.createObjectBuilder().add("module_key", rule.moduleKey()).add("action", rule.action())
                        .add("metric", metric.key()).add("weight", rule.weight()).add("contribution",
                                metric.byParticipants() && rule.weight() > 0));
            }
        }
        return rows.build().toString();
    }
}
