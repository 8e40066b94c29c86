package org.communa.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.communa.budgets.counting.Counting;
import org.communa.budgets.counting.CountingRule;
import org.communa.budgets.counting.Outcome;
import org.communa.budgets.counting.PabulibFile;
import org.communa.budgets.counting.PabulibFormatException;
import org.communa.budgets.counting.TieBreak;

/**
 * {@code ./communa pb count DIR|FILE...}: recounts many Pabulib files as a researcher would, each with the rule its
 * META names (or the one given), equal scores in the file's order, and compares the winners with the file's
 * selected column. Prints a table (file, vote type, rule, projects, voters, verdict, time), then the totals.
 */
final class PbRecount {

    /** What a recount of one file came to. */
    /**
     * What a recount found. A file whose META rule is "unknown" (or absent) is recounted with greedy, the most
     * common rule, and its verdict says the rule was assumed, so that it never passes for a reproduced outcome.
     */
    enum Verdict { AGREES, DISAGREES, AGREES_IF_GREEDY, DISAGREES_IF_GREEDY, NO_OFFICIAL_OUTCOME, RULE_NOT_IMPLEMENTED, REFUSED }

    /** Rules Pabulib names whose outcome the file's data cannot decide: the reason, said in the table. */
    private static final Map<String, String> NOT_FROM_THE_FILE = Map.of("greedy-exclusive",
            "projects that exclude each other are named only in the file's comment, not in its data");

    record Row(String file, String voteType, String rule, int projects, int voters, Verdict verdict, String detail, long millis) {
    }

    private final String givenRule;
    private final PrintStream out;
    private final PrintStream err;

    PbRecount(String givenRule, PrintStream out, PrintStream err) {
        this.givenRule = givenRule;
        this.out = out;
        this.err = err;
    }

    /** Recounts every .pb file under the paths; 0 when every file loaded and every official outcome was reproduced, else 1. */
    int run(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".pb")).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        out.println(String.join("\t", "file", "vote_type", "rule", "projects", "voters", "verdict", "ms", "detail"));
        Map<Verdict, Integer> totals = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (Path file : files) {
            Row row = recount(file);
            totals.merge(row.verdict(), 1, Integer::sum);
            out.println(String.join("\t", row.file(), row.voteType(), row.rule(), String.valueOf(row.projects()),
                    String.valueOf(row.voters()), row.verdict().name().toLowerCase(java.util.Locale.ROOT), String.valueOf(row.millis()),
                    row.detail()));
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        StringBuilder summary = new StringBuilder("total: " + files.size() + " files in " + seconds + " s");
        for (Verdict verdict : Verdict.values()) {
            summary.append(", ").append(totals.getOrDefault(verdict, 0)).append(' ').append(verdict.name().toLowerCase(java.util.Locale.ROOT));
        }
        out.println(summary);
        boolean clean = totals.getOrDefault(Verdict.DISAGREES, 0) == 0 && totals.getOrDefault(Verdict.REFUSED, 0) == 0;
        return clean ? 0 : 1;
    }

    Row recount(Path file) {
        long start = System.nanoTime();
        String name = file.getFileName().toString();
        PabulibFile pb;
        // newBufferedReader decodes strictly: a file in another encoding is refused rather than read wrong
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            pb = PabulibFile.parse(reader);
        } catch (PabulibFormatException e) {
            return new Row(name, "?", "?", 0, 0, Verdict.REFUSED, "line " + e.line() + ": " + e.reason(), millis(start));
        } catch (IOException | RuntimeException e) {
            return new Row(name, "?", "?", 0, 0, Verdict.REFUSED, String.valueOf(e.getMessage()), millis(start));
        }
        pb.warnings().forEach(warning -> err.println("communa: " + name + ": " + warning));
        String voteType = pb.election().kind().pabulibName();
        String ruleName = givenRule != null ? givenRule : pb.election().meta("rule").orElse("unknown");
        int projects = pb.election().projects().size();
        int voters = pb.election().ballots().size();
        boolean assumed = givenRule == null && ruleName.equals("unknown");
        if (assumed) {
            ruleName = CountingRule.GREEDY.cliName();
        }
        if (NOT_FROM_THE_FILE.containsKey(ruleName)) {
            return new Row(name, voteType, ruleName, projects, voters, Verdict.RULE_NOT_IMPLEMENTED, NOT_FROM_THE_FILE.get(ruleName),
                    millis(start));
        }
        CountingRule rule;
        try {
            rule = CountingRule.fromName(ruleName);
        } catch (IllegalArgumentException e) {
            return new Row(name, voteType, ruleName, projects, voters, Verdict.RULE_NOT_IMPLEMENTED, e.getMessage(), millis(start));
        }
        Outcome outcome;
        try {
            outcome = Counting.count(pb.election(), rule, new Counting.Options(null, false, TieBreak.ofFile(pb.election())));
        } catch (IllegalArgumentException e) {
            return new Row(name, voteType, ruleName, projects, voters, Verdict.REFUSED, e.getMessage(), millis(start));
        }
        Optional<Set<String>> official = pb.selected(rule.selectedMarks());
        String shownRule = assumed ? "greedy (META: unknown)" : ruleName;
        if (official.isEmpty()) {
            return new Row(name, voteType, shownRule, projects, voters, Verdict.NO_OFFICIAL_OUTCOME, "", millis(start));
        }
        Set<String> ours = new HashSet<>(outcome.winners());
        if (ours.equals(official.get())) {
            return new Row(name, voteType, shownRule, projects, voters, assumed ? Verdict.AGREES_IF_GREEDY : Verdict.AGREES, "",
                    millis(start));
        }
        Set<String> onlyOurs = new HashSet<>(ours);
        onlyOurs.removeAll(official.get());
        Set<String> onlyTheirs = new HashSet<>(official.get());
        onlyTheirs.removeAll(ours);
        return new Row(name, voteType, shownRule, projects, voters, assumed ? Verdict.DISAGREES_IF_GREEDY : Verdict.DISAGREES,
                "funded here only: " + onlyOurs + "; funded officially only: " + onlyTheirs, millis(start));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000L;
    }
}
