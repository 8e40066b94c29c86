package org.communa.launcher;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.communa.budgets.counting.Counting;
import org.communa.budgets.counting.CountingRule;
import org.communa.budgets.counting.Outcome;
import org.communa.budgets.counting.OutcomeJson;
import org.communa.budgets.counting.PabulibFile;
import org.communa.budgets.counting.PabulibFormatException;
import org.communa.budgets.counting.Rational;

/**
 * {@code ./communa pb count [--rule RULE] FILE.pb}: recounts a Pabulib file with the platform's own engine and
 * prints the outcome as JSON (rule, winners in funding order, total cost, each project, the audit); with a
 * directory or several files, a table of recounts against the official outcomes ({@link PbRecount}).
 * Anything wrong with the command or a single file: a message on standard error and exit status 2.
 */
public final class PbCommand {

    private PbCommand() {
    }

    static final String USAGE = """
            usage: ./communa pb count [--rule RULE] [--trace] [--greedy-completion] [--threshold N] FILE.pb
                     recount one file and print the outcome as JSON; without --rule, the rule its META names
                   ./communa pb count [--rule RULE] DIR|FILE.pb ...
                     recount every .pb file under the directories (and the files given) and compare each with its
                     official outcome (the selected column): a table (file, vote type, rule, projects, voters,
                     verdict, time), then the totals; exit 0 when every file loaded and agreed, else 1
            Equal scores are ordered as the file's META tie_break says (Communa's exports say it), otherwise as the
            file lists the projects, as the cities counted.
            Rules: %s
            """;

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && (args.get(0).equals("--help") || args.get(0).equals("help"))
                || args.size() > 1 && args.get(0).equals("count") && args.contains("--help")) {
            out.print(USAGE.formatted(CountingRule.names()));
            return 0;
        }
        if (args.isEmpty() || !args.get(0).equals("count")) {
            err.print("communa: pb takes count\n" + USAGE.formatted(CountingRule.names()));
            return 2;
        }
        String rule = null;
        List<String> files = new java.util.ArrayList<>();
        boolean trace = false;
        boolean completion = false;
        Rational threshold = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--rule" -> rule = i + 1 < args.size() ? args.get(++i) : null;
                case "--trace" -> trace = true;
                case "--greedy-completion" -> completion = true;
                case "--threshold" -> {
                    try {
                        threshold = Rational.parse(i + 1 < args.size() ? args.get(++i) : "");
                    } catch (NumberFormatException e) {
                        err.println("communa: --threshold needs a number");
                        return 2;
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("communa: pb count does not understand " + arg);
                        return 2;
                    }
                    files.add(arg);
                }
            }
        }
        if (files.isEmpty()) {
            err.print("communa: pb count needs a file or a directory\n" + USAGE.formatted(CountingRule.names()));
            return 2;
        }
        if (files.size() > 1 || Files.isDirectory(Path.of(files.get(0)))) {
            try {
                return new PbRecount(rule, out, err).run(files.stream().map(Path::of).toList());
            } catch (IOException e) {
                err.println("communa: cannot read " + e.getMessage());
                return 2;
            }
        }
        String file = files.get(0);
        try {
            PabulibFile pb;
            try (var reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                pb = PabulibFile.parse(reader);
            }
            String ruleName = rule != null ? rule : pb.election().meta("rule").orElseThrow(() ->
                    new IllegalArgumentException(file + " names no rule in META: give one with --rule (" + CountingRule.names() + ")"));
            CountingRule counting = CountingRule.fromName(ruleName);
            for (String warning : pb.warnings()) {
                err.println("communa: " + file + ": " + warning);
            }
            // a recount reproduces the official outcome: equal scores are ordered as the file says, else as it lists projects
            Outcome outcome = Counting.count(pb.election(), counting,
                    new Counting.Options(threshold, completion, org.communa.budgets.counting.TieBreak.ofFile(pb.election())));
            StringWriter json = new StringWriter();
            try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
                writer.write(OutcomeJson.of(pb.election(), outcome, trace));
            }
            out.println(json.toString().strip());
            return 0;
        } catch (PabulibFormatException e) {
            err.println("communa: " + file + ": line " + e.line() + ": " + e.reason());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("communa: no such file: " + file);
            return 2;
        } catch (java.nio.charset.MalformedInputException e) {
            err.println("communa: " + file + " is not UTF-8 text");
            return 2;
        } catch (IOException e) {
            err.println("communa: cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("communa: " + e.getMessage());
            return 2;
        }
    }
}
