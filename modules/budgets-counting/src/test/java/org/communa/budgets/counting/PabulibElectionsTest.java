package org.communa.budgets.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real election in ../shared/data/pabulib (Pabulib: Faliszewski, Flis, Peters, Pierczyński, Skowron,
 * Stolicki, Szufa, Talmon, "Participatory Budgeting: Data, Tools, and Analysis", IJCAI 2023), counted with
 * the rule its META names, must fund exactly what the city funded (the selected column).
 */
class PabulibElectionsTest {

    static final Path DATA = Path.of(System.getProperty("communa.pabulib.dir", "../../../shared/data/pabulib"));

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(DATA)) {
            return list.filter(p -> p.toString().endsWith(".pb")).sorted().toList().stream();
        }
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
        Outcome outcome = Counting.count(pb.election(), rule);
        assertThat(new HashSet<>(outcome.winners())).as(file.getFileName() + " with " + rule.cliName())
                .isEqualTo(pb.selected().orElseThrow());
        assertThat(outcome.totalCost().compareTo(pb.election().budget())).isLessThanOrEqualTo(0);
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
