package org.communa.budgets.counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One voter's ballot, anonymised: the projects chosen, in the order given (which matters for ranked
 * ballots), each with its points (1 for an approval).
 */
public record Ballot(Map<String, Rational> points) {

    public Ballot {
        points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }

    public static Ballot approving(List<String> projectIds) {
        Map<String, Rational> points = new LinkedHashMap<>();
        projectIds.forEach(id -> points.put(id, Rational.ONE));
        return new Ballot(points);
    }

    public boolean supports(String projectId) {
        Rational p = points.get(projectId);
        return p != null && p.signum() > 0;
    }
}
