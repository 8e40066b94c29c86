package org.communa.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `./communa pb count` as analysts use it, on the real Wieliczka 2023 file and on broken input. */
class PbCommandTest {

    static final Path WIELICZKA = Path.of("../../../shared/data/pabulib/Poland_Wieliczka_2023_Green_Budget.pb");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int pb(String... args) {
        return PbCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void countsWieliczkaAsTheCityDid() {
        assertThat(pb("count", "--rule", "mes-add1-comparison", WIELICZKA.toString())).isZero();
        JsonObject json = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
        assertThat(json.getString("rule")).isEqualTo("mes-add1-comparison");
        assertThat(json.getJsonArray("winners")).hasSize(30);
        assertThat(json.getJsonNumber("total_cost").longValueExact()).isEqualTo(995_079);
        assertThat(json.getJsonObject("audit").getString("ballot_set_hash")).hasSize(64);
        assertThat(json.getJsonObject("audit").getInt("ballots")).isEqualTo(6586);
        assertThat(json.getJsonObject("audit").getJsonObject("parameters").getString("comparison_chose")).isEqualTo("equal_shares");
    }

    @Test
    void aMalformedFileGetsItsLineAndReasonAndStatus2() throws Exception {
        Path broken = Files.createTempFile(Path.of("target"), "broken", ".pb");
        Files.writeString(broken, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;ten\nVOTES\nvoter_id;vote\na;1\n");
        assertThat(pb("count", "--rule", "greedy", broken.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 6: the cost of project 1 is not a number");
        assertThat(out.size()).isZero();
    }

    @Test
    void wrongCommandsAreExplainedWithStatus2() {
        assertThat(pb("count", "--rule", "borda", WIELICZKA.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown rule borda");
        assertThat(pb("count", "--rule", "greedy", "no-such-file.pb")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file: no-such-file.pb");
        assertThat(pb("recount")).isEqualTo(2);
        assertThat(pb("count")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs a file or a directory");
    }

    @Test
    void withoutARuleTheFileSaysWhichAndEverySubcommandAnswersHelp() {
        assertThat(pb("count", WIELICZKA.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"rule\": \"mes-add1-comparison\"");
        out.reset();
        assertThat(pb("--help")).isZero();
        assertThat(pb("count", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("DIR|FILE.pb").contains("greedy-no-skip");
    }

    /** The shared sample, as a researcher recounts it: a row per file, then the totals. */
    @Test
    void aDirectoryIsRecountedFileByFileAgainstTheOfficialOutcomes() {
        assertThat(pb("count", WIELICZKA.getParent().toString())).isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("file\tvote_type\trule\tprojects\tvoters\tverdict");
        assertThat(table).contains("Poland_Wroclaw_2017_Rejon_nr_11_750.pb\tchoose-1\tgreedy-no-skip")
                // Poznań's rule, with its reserve step (selected=2)
                .contains("Poland_Poznan_2025_9_-_Stare_Miasto__small.pb\tchoose-1\tgreedy-custom\t")
                .contains("Poland_Warszawa_2024_Rembertow.pb\tapproval\tgreedy-exclusive")
                .contains("named only in the file's comment")
                // META rule unknown: greedy is assumed, and said
                .contains("US_Stanford_Dataset_2022_Jersey_City_Ward_C_vote_knapsacks.pb\tapproval\tgreedy (META: unknown)");
        assertThat(table.lines().filter(l -> l.contains("\tagrees\t"))).hasSize(12);
        String totals = table.lines().reduce((a, b) -> b).orElseThrow();
        assertThat(totals).startsWith("total: 16 files").contains("12 agrees").contains("0 disagrees").contains("0 refused")
                .contains("1 rule_not_implemented");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("voter 230580 chooses project 1557 twice; counted once");
    }
}
