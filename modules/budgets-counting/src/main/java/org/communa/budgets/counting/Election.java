package org.communa.budgets.counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a count needs: the envelope, the projects in their listed order (the last tie-break), the
 * anonymised ballots and how they were filled. {@code meta} keeps the rest of a Pabulib file's META
 * section, so that a file read and written again keeps it.
 */
public record Election(Rational budget, List<Project> projects, List<Ballot> ballots, BallotKind kind, Map<String, String> meta) {

    public Election {
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        meta = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("the budget cannot be negative");
        }
    }

    public Optional<Project> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(meta.get(key));
    }
}
