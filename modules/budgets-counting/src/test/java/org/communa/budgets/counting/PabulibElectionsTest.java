package org.communa.budgets.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real election in ../shared/data/pabulib (Pabulib: Faliszewski, Flis, Peters, Pierczyński, Skowron,
 * Stolicki, Szufa, Talmon, "Participatory Budgeting: Data, Tools, and Analysis", IJCAI 2023), counted with
 * the rule its META names, must fund exactly what the city funded (the selected column).
 */
class PabulibElectionsTest {

    static final Path DATA = Path.of(System.getProperty("communa.pabulib.dir", "../../../shared/data/pabulib"));

    /**
     * Files of the shared data the engine refuses today, with the reason it gives: rules named in META that it
     * does not implement. Each must be refused with its reason, never miscounted.
     */
    static final Map<String, String> NOT_COUNTED_YET = Map.of(
            "Poland_Warszawa_2024_Rembertow.pb", "unknown rule greedy-exclusive",
            "US_Stanford_Dataset_2022_Jersey_City_Ward_C_vote_knapsacks.pb", "unknown rule unknown");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(DATA)) {
            return list.filter(p -> p.toString().endsWith(".pb"))
                    .filter(p -> !NOT_COUNTED_YET.containsKey(p.getFileName().toString())).sorted().toList().stream();
        }
    }

    @Test
    void filesTheEngineCannotCountYetAreRefusedWithTheirReason() {
        NOT_COUNTED_YET.forEach((name, reason) -> assertThatThrownBy(() -> {
            PabulibFile pb = read(DATA.resolve(name));
            Counting.count(pb.election(), CountingRule.fromName(pb.election().meta("rule").orElseThrow()));
        }).as(name).hasMessageContaining(reason));
    }

    static PabulibFile read(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
            return PabulibFile.parse(reader);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void theRuleNamedInTheFileFundsWhatTheCityFunded(Path file) throws IOException {
        PabulibFile pb = read(file);
        CountingRule rule = CountingRule.fromName(pb.election().meta("rule").orElseThrow());
        // as the cities counted: equal scores in the order the file lists the projects
        Outcome outcome = Counting.count(pb.election(), rule, new Counting.Options(null, false, TieBreak.LISTED_FIRST));
        // a file without the selected column (Krakow 2018) has no official outcome to reproduce: it must still fit
        pb.selected(rule.selectedMarks()).ifPresent(selected -> assertThat(new HashSet<>(outcome.winners())).as(file.getFileName()
                + " with " + rule.cliName()).isEqualTo(selected));
        if (rule.forBudgets()) {
            assertThat(outcome.totalCost().compareTo(pb.election().budget())).isLessThanOrEqualTo(0);
        }
    }

    /** Choose-1 ballots are read (one project each), a project listed twice by a voter counts once, with a warning. */
    @Test
    void choose1BallotsAndAProjectListedTwiceAreReadAndReported() throws IOException {
        PabulibFile wroclaw = read(DATA.resolve("Poland_Wroclaw_2017_Rejon_nr_11_750.pb"));
        assertThat(wroclaw.election().kind()).isEqualTo(BallotKind.CHOOSE_ONE);
        assertThat(wroclaw.election().ballots()).allSatisfy(b -> assertThat(b.points()).hasSizeLessThanOrEqualTo(1));
        PabulibFile tarchomin = read(DATA.resolve("Poland_Warszawa_2026_Tarchomin.pb"));
        assertThat(tarchomin.warnings()).anyMatch(w -> w.matches("line \\d+: voter 230580 chooses project 1557 twice; counted once"));
        assertThatThrownBy(() -> PabulibFile.parse("""
                META
                key;value
                budget;100
                vote_type;choose-1
                PROJECTS
                project_id;cost
                1;50
                2;50
                VOTES
                voter_id;vote
                a;1,2
                """)).hasMessageContaining("voter a chooses 2 projects on a choose-1 ballot");
        PabulibFile bom = PabulibFile.parse("\uFEFFMETA\r\nkey;value\r\nbudget;100\r\nPROJECTS\r\nproject_id;cost;name\r\n1;50;\"Parc; jardin\"\r\n"
                + "VOTES\r\nvoter_id;vote;extra\r\nv;1;\r\n");
        assertThat(bom.projectColumns().get("1").get("name")).isEqualTo("Parc; jardin");
        // Częstochowa 2020 Grabówka: a name that starts with a quoted word is read as written, and said
        PabulibFile quoted = PabulibFile.parse("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost;name\n"
                + "47;50;\"Odkupmy\" i my - kosze\nVOTES\nvoter_id;vote\nv;47\n");
        assertThat(quoted.projectColumns().get("47").get("name")).isEqualTo("\"Odkupmy\" i my - kosze");
        assertThat(quoted.warnings()).containsExactly("line 6: a field starts with a quoted word and goes on; read as written");
        assertThat(bom.election().ballots()).hasSize(1);
    }

    /**
     * META min_project_score_threshold applies whatever the rule (Gdynia, under greedy-no-skip), and equal scores
     * follow the file's order when asked to (recounts) and lower cost first otherwise (the platform's default).
     */
    @Test
    void theThresholdAppliesWhateverTheRuleAndTiesFollowTheOrderAsked() {
        PabulibFile pb = PabulibFile.parse("""
                META
                key;value
                budget;100
                min_project_score_threshold;2
                PROJECTS
                project_id;cost
                a;60
                b;40
                c;10
                VOTES
                voter_id;vote
                1;a,b
                2;a,b,c
                """);
        Outcome noSkip = Counting.count(pb.election(), CountingRule.GREEDY_NO_SKIP);
        assertThat(noSkip.winners()).containsExactly("b", "a").doesNotContain("c");
        assertThat(noSkip.audit().parameters()).containsEntry("threshold", "2");
        assertThat(Counting.count(pb.election(), CountingRule.GREEDY, new Counting.Options(null, false, TieBreak.LISTED_FIRST)).winners())
                .containsExactly("a", "b");
        assertThat(Counting.count(pb.election(), CountingRule.GREEDY, new Counting.Options(null, false, TieBreak.LISTED_FIRST))
                .audit().tieBreak()).contains("the file's order");
    }

    @ParameterizedTest
    @MethodSource("files")
    void aFileWrittenBackReadsAsTheSameElection(Path file) throws IOException {
        PabulibFile pb = read(file);
        CountingRule rule = CountingRule.fromName(pb.election().meta("rule").orElseThrow());
        Outcome outcome = Counting.count(pb.election(), rule);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        pb.projectColumns().forEach((id, columns) -> names.put(id, columns.getOrDefault("name", "")));
        PabulibFile again = PabulibFile.parse(PabulibWriter.write(pb.election(), names, outcome));
        assertThat(BallotSetHash.of(again.election())).isEqualTo(BallotSetHash.of(pb.election()));
        assertThat(again.selected()).contains(new HashSet<>(outcome.winners()));
        assertThat(again.election().budget()).isEqualTo(pb.election().budget());
        assertThat(again.election().meta("description")).isEqualTo(pb.election().meta("description"));
        assertThat(again.projectColumns()).allSatisfy((id, columns) -> assertThat(columns.get("name")).isEqualTo(names.get(id)));
    }
}
