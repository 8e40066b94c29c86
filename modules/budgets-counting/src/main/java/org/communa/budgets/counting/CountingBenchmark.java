package org.communa.budgets.counting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times each counting rule (bench/run, section 7): on the Pabulib files given, and on a synthetic election
 * of 10,000 voters and 100 projects (seeded, so every run counts the same ballots). Each count is repeated
 * after a warm-up and the median is printed, with greedy's time on the same election as the baseline.
 * Usage: java -cp ... org.communa.budgets.counting.CountingBenchmark [FILE.pb ...]
 */
public final class CountingBenchmark {

    private CountingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Election> elections = new LinkedHashMap<>();
        for (String file : args) {
            try (var reader = Files.newBufferedReader(Path.of(file))) {
                elections.put(Path.of(file).getFileName().toString(), PabulibFile.parse(reader).election());
            } catch (PabulibFormatException refused) {
                // a file the engine cannot read yet (choose-1 ballots, a project listed twice) is told, not timed
                System.out.println(Path.of(file).getFileName() + ": not counted (" + refused.getMessage() + ")");
            }
        }
        elections.put("synthetic 10,000 voters x 100 projects (approval, seed 42)", synthetic(10_000, 100, 42));
        for (Map.Entry<String, Election> entry : elections.entrySet()) {
            Election election = entry.getValue();
            System.out.println(entry.getKey() + ": " + election.ballots().size() + " voters, " + election.projects().size() + " projects");
            double greedy = median(election, CountingRule.GREEDY);
            for (CountingRule rule : CountingRule.values()) {
                if (rule == CountingRule.GREEDY_THRESHOLD && election.meta("min_project_score_threshold").isEmpty()) {
                    continue;
                }
                double ms = rule == CountingRule.GREEDY ? greedy : median(election, rule);
                Outcome outcome = Counting.count(election, rule);
                System.out.printf("  %-20s %9.1f ms  (x%.1f greedy)  %d funded, total %s%n", rule.cliName(), ms, ms / greedy,
                        outcome.winners().size(), outcome.totalCost().toDecimal(2).toPlainString());
            }
        }
    }

    private static double median(Election election, CountingRule rule) {
        for (int i = 0; i < 2; i++) {
            Counting.count(election, rule);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Counting.count(election, rule);
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    /** Voters approving 1 to 8 projects, popular projects more often, costs between 5,000 and 150,000. */
    static Election synthetic(int voters, int projects, long seed) {
        Random random = new Random(seed);
        List<Project> list = new ArrayList<>();
        long total = 0;
        for (int p = 1; p <= projects; p++) {
            long cost = 5_000 + random.nextInt(146) * 1_000L;
            total += cost;
            list.add(new Project(String.valueOf(p), Rational.of(cost), "Projet " + p, false));
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            int size = 1 + random.nextInt(8);
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < size) {
                // a skewed choice: low project numbers are more popular
                int p = 1 + (int) (projects * Math.pow(random.nextDouble(), 1.7));
                String id = String.valueOf(Math.min(p, projects));
                if (!chosen.contains(id)) {
                    chosen.add(id);
                }
            }
            ballots.add(Ballot.approving(chosen));
        }
        return new Election(Rational.of(total / 4), list, ballots, BallotKind.APPROVAL, Map.of());
    }
}
