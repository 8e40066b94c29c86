package org.communa.budgets.counting;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A participatory-budget election in the Pabulib format (pabulib.org): sections META, PROJECTS and VOTES,
 * each a header line then ';'-separated records. Everything a count depends on is checked, and a file
 * that does not hold together (what it says is ambiguous) is refused with the line and the reason; quirks a
 * careful reader tolerates (a byte-order mark, a voter listing the same project twice) are read and reported.
 *
 * @param election what a count needs
 * @param projectColumns the other columns of each project (name, category, selected...), by project id
 * @param voterIds the voters' ids in the file's order (kept out of the election, which is anonymous)
 * @param warnings what was tolerated, each naming its line
 */
public record PabulibFile(Election election, Map<String, Map<String, String>> projectColumns, List<String> voterIds,
        List<String> warnings) {

    /** Pabulib's mark for a withdrawn project. */
    public static final String WITHDRAWN_COST = "999999999";

    public static PabulibFile parse(String text) {
        return parse(new StringReader(text));
    }

    public static PabulibFile parse(Reader reader) {
        try {
            return new Parser(new SemicolonRecords(reader)).parse();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The projects the file says its rule funded (selected=1), if it has a selected column. Other marks are projects
     * funded otherwise (selected=2 in Gdynia, from a turnout award; 3 in Poznań, from other districts' funds).
     */
    public Optional<Set<String>> selected() {
        return selected(Set.of("1"));
    }

    /** The projects whose selected column holds one of these marks (Poznań's rule marks its reserve step 2). */
    public Optional<Set<String>> selected(Set<String> marks) {
        if (projectColumns.values().stream().noneMatch(columns -> columns.containsKey("selected"))) {
            return Optional.empty();
        }
        Set<String> selected = new java.util.LinkedHashSet<>();
        projectColumns.forEach((id, columns) -> {
            if (marks.contains(columns.getOrDefault("selected", "0").trim())) {
                selected.add(id);
            }
        });
        return Optional.of(selected);
    }

    private static final class Parser {
        private final SemicolonRecords records;
        private final Map<String, String> meta = new LinkedHashMap<>();
        private final List<Project> projects = new ArrayList<>();
        private final Map<String, Map<String, String>> projectColumns = new LinkedHashMap<>();
        private final List<Ballot> ballots = new ArrayList<>();
        private final List<String> voterIds = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private SemicolonRecords.Line pending;

        Parser(SemicolonRecords records) {
            this.records = records;
        }

        PabulibFile parse() throws IOException {
            expectSection("META", 1);
            readSection("META", List.of("key", "value"), this::metaLine);
            int projectsLine = pending == null ? -1 : pending.number();
            expectSection("PROJECTS", projectsLine);
            if (!meta.containsKey("budget")) {
                throw new PabulibFormatException(projectsLine, "META has no budget");
            }
            Rational budget = number(meta.get("budget"), projectsLine, "the budget");
            BallotKind kind;
            try {
                kind = BallotKind.fromPabulib(meta.getOrDefault("vote_type", "approval"));
            } catch (IllegalArgumentException e) {
                throw new PabulibFormatException(projectsLine, "META " + e.getMessage());
            }
            readSection("PROJECTS", List.of("project_id", "cost"), this::projectLine);
            int votesLine = pending == null ? -1 : pending.number();
            expectSection("VOTES", votesLine);
            BallotKind ballotKind = kind;
            readSection("VOTES", List.of("voter_id", "vote"), (line, columns) -> voteLine(line, columns, ballotKind));
            warnings.addAll(0, records.tolerated);
            return new PabulibFile(new Election(budget, projects, ballots, kind, meta), projectColumns, voterIds, List.copyOf(warnings));
        }

        private SemicolonRecords.Line next() throws IOException {
            if (pending != null) {
                SemicolonRecords.Line line = pending;
                pending = null;
                return line;
            }
            SemicolonRecords.Line line;
            do {
                line = records.next();
            } while (line != null && line.blank());
            return line;
        }

        private void expectSection(String name, int lineNumber) throws IOException {
            SemicolonRecords.Line line = next();
            if (line == null) {
                throw new PabulibFormatException(lineNumber, "the file ends before the " + name + " section");
            }
            if (!isSection(line, name)) {
                throw new PabulibFormatException(line.number(), "expected the " + name + " section, found \""
                        + String.join(";", line.fields()) + "\"");
            }
        }

        private static boolean isSection(SemicolonRecords.Line line, String name) {
            // a byte-order mark (files saved by some editors) before the first section's name is no part of it
            return line.fields().size() == 1 && line.fields().get(0).replace("\uFEFF", "").trim().equalsIgnoreCase(name);
        }

        private interface LineReader {
            void read(SemicolonRecords.Line line, Map<String, String> columns);
        }

        private void readSection(String name, List<String> required, LineReader reader) throws IOException {
            SemicolonRecords.Line header = next();
            if (header == null) {
                throw new PabulibFormatException(-1, "the " + name + " section has no header line");
            }
            List<String> columns = header.fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
            for (String column : required) {
                if (!columns.contains(column)) {
                    throw new PabulibFormatException(header.number(), "the " + name + " header has no " + column + " column");
                }
            }
            SemicolonRecords.Line line;
            while ((line = next()) != null) {
                if (isSection(line, "PROJECTS") || isSection(line, "VOTES") || isSection(line, "META")) {
                    pending = line;
                    return;
                }
                if (line.fields().size() != columns.size()) {
                    int size = line.fields().size();
                    throw new PabulibFormatException(line.number(), name + " line has " + size + (size == 1 ? " field" : " fields")
                            + " where the header has " + columns.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), line.fields().get(i));
                }
                reader.read(line, values);
            }
        }

        private void metaLine(SemicolonRecords.Line line, Map<String, String> columns) {
            String key = columns.get("key").trim();
            if (meta.put(key, columns.get("value").trim()) != null) {
                throw new PabulibFormatException(line.number(), "META key " + key + " appears twice");
            }
        }

        private void projectLine(SemicolonRecords.Line line, Map<String, String> columns) {
            String id = columns.get("project_id").trim();
            if (id.isEmpty()) {
                throw new PabulibFormatException(line.number(), "a project has no project_id");
            }
            if (projectColumns.containsKey(id)) {
                throw new PabulibFormatException(line.number(), "project " + id + " appears twice");
            }
            String costText = columns.get("cost").trim();
            Rational cost = number(costText, line.number(), "the cost of project " + id);
            if (cost.signum() < 0) {
                throw new PabulibFormatException(line.number(), "project " + id + " has a negative cost");
            }
            projects.add(new Project(id, cost, columns.getOrDefault("name", ""), costText.equals(WITHDRAWN_COST)));
            Map<String, String> others = new LinkedHashMap<>(columns);
            others.remove("project_id");
            others.remove("cost");
            projectColumns.put(id, others);
        }

        private final Set<String> seenVoters = new HashSet<>();

        private void voteLine(SemicolonRecords.Line line, Map<String, String> columns, BallotKind kind) {
            String voter = columns.get("voter_id").trim();
            if (!seenVoters.add(voter)) {
                throw new PabulibFormatException(line.number(), "voter " + voter + " has two ballots");
            }
            String vote = columns.get("vote").trim();
            List<String> chosen = vote.isEmpty() ? List.of() : List.of(vote.split(","));
            List<String> points = columns.containsKey("points") && !columns.get("points").isBlank()
                    ? List.of(columns.get("points").split(",")) : null;
            if (points != null && points.size() != chosen.size()) {
                throw new PabulibFormatException(line.number(), "voter " + voter + " gives " + points.size()
                        + " points for " + chosen.size() + " projects");
            }
            if ((kind == BallotKind.CUMULATIVE || kind == BallotKind.SCORING) && points == null && !chosen.isEmpty()) {
                throw new PabulibFormatException(line.number(), "a " + kind.pabulibName() + " ballot needs points");
            }
            Map<String, Rational> ballot = new LinkedHashMap<>();
            for (int i = 0; i < chosen.size(); i++) {
                String id = chosen.get(i).trim();
                if (!projectColumns.containsKey(id)) {
                    throw new PabulibFormatException(line.number(), "voter " + voter + " votes for project " + id
                            + ", which is not in PROJECTS");
                }
                Rational value = points != null ? number(points.get(i), line.number(), "voter " + voter + "'s points")
                        : kind == BallotKind.ORDINAL ? Rational.of(chosen.size() - i) : Rational.ONE;
                Rational before = ballot.putIfAbsent(id, value);
                if (before != null) {
                    if (!before.equals(value) && points != null) {
                        throw new PabulibFormatException(line.number(), "voter " + voter + " gives project " + id
                                + " two different scores (" + before.exact() + " and " + value.exact() + ")");
                    }
                    // seen in real files (Warsaw 2026): the same choice written twice is one choice
                    warnings.add("line " + line.number() + ": voter " + voter + " chooses project " + id + " twice; counted once");
                }
            }
            if (kind == BallotKind.CHOOSE_ONE && ballot.size() > 1) {
                throw new PabulibFormatException(line.number(), "voter " + voter + " chooses " + ballot.size()
                        + " projects on a choose-1 ballot");
            }
            ballots.add(new Ballot(ballot));
            voterIds.add(voter);
        }

        private static Rational number(String text, int line, String what) {
            try {
                return Rational.parse(text);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new PabulibFormatException(line, what + " is not a number: \"" + text + "\"");
            }
        }
    }
}
