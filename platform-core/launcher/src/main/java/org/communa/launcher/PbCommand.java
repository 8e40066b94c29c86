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
 * {@code ./communa pb count --rule RULE FILE.pb}: recounts a Pabulib file with the platform's own engine and
 * prints the outcome as JSON (rule, winners in funding order, total cost, each project, the audit).
 * Anything wrong with the command or the file: a message on standard error and exit status 2.
 */
final class PbCommand {

    private PbCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("count")) {
            err.println("communa: pb takes: count --rule RULE [--trace] [--greedy-completion] [--threshold N] FILE.pb");
            return 2;
        }
        String rule = null;
        String file = null;
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
                    if (arg.startsWith("--") || file != null) {
                        err.println("communa: pb count does not understand " + arg);
                        return 2;
                    }
                    file = arg;
                }
            }
        }
        if (rule == null || file == null) {
            err.println("communa: pb count needs --rule RULE and a file (rules: " + CountingRule.names() + ")");
            return 2;
        }
        try {
            CountingRule counting = CountingRule.fromName(rule);
            PabulibFile pb;
            try (var reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                pb = PabulibFile.parse(reader);
            }
            for (String warning : pb.warnings()) {
                err.println("communa: " + file + ": " + warning);
            }
            // a recount reproduces the official outcome: equal scores are ordered as the file lists the projects
            Outcome outcome = Counting.count(pb.election(), counting,
                    new Counting.Options(threshold, completion, org.communa.budgets.counting.TieBreak.LISTED_FIRST));
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
