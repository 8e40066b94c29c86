package org.communa.budgets.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a budget as a Pabulib file, for open data and research: META (the election's, with the budget,
 * vote_type, the rule and the counts set from what is written), PROJECTS (id, cost, votes or score, name,
 * selected when an outcome is given) and VOTES (voters numbered 1..n in ballot order: the file is anonymous).
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    public static String write(Election election, Map<String, String> names, Outcome outcome) {
        Map<String, String> meta = new LinkedHashMap<>(election.meta());
        meta.put("num_projects", String.valueOf(election.projects().size()));
        meta.put("num_votes", String.valueOf(election.ballots().size()));
        meta.put("budget", election.budget().exact());
        meta.put("vote_type", election.kind().pabulibName());
        if (outcome != null) {
            meta.put("rule", outcome.rule().cliName());
        }
        StringBuilder pb = new StringBuilder("META\nkey;value\n");
        meta.forEach((key, value) -> pb.append(field(key)).append(';').append(field(value)).append('\n'));
        boolean scored = !election.kind().approvals();
        pb.append("PROJECTS\nproject_id;cost;votes").append(scored ? ";score" : "").append(";name")
                .append(outcome != null ? ";selected" : "").append('\n');
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Rational> scores = new LinkedHashMap<>();
        for (Ballot ballot : election.ballots()) {
            ballot.points().forEach((id, points) -> {
                votes.merge(id, 1, Integer::sum);
                scores.merge(id, points, Rational::plus);
            });
        }
        for (Project project : election.projects()) {
            String cost = project.withdrawn() ? PabulibFile.WITHDRAWN_COST : project.cost().exact();
            pb.append(field(project.id())).append(';').append(cost).append(';').append(votes.getOrDefault(project.id(), 0));
            if (scored) {
                pb.append(';').append(scores.getOrDefault(project.id(), Rational.ZERO).exact());
            }
            pb.append(';').append(field(names.getOrDefault(project.id(), "")));
            if (outcome != null) {
                pb.append(';').append(outcome.funded(project.id()) ? 1 : 0);
            }
            pb.append('\n');
        }
        pb.append("VOTES\nvoter_id;vote").append(scored ? ";points" : "").append('\n');
        List<Ballot> ballots = new ArrayList<>(election.ballots());
        for (int i = 0; i < ballots.size(); i++) {
            Map<String, Rational> points = ballots.get(i).points();
            pb.append(i + 1).append(';').append(field(String.join(",", points.keySet())));
            if (scored) {
                pb.append(';').append(points.values().stream().map(Rational::exact).collect(Collectors.joining(",")));
            }
            pb.append('\n');
        }
        return pb.toString();
    }

    /** Quoted when it holds a separator, a quote or a line break (quotes doubled), as Pabulib files are. */
    static String field(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
