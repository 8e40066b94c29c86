package org.communa.budgets.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PabulibFileTest {

    static final String GOOD = """
            META
            key;value
            description;"A ""quoted"" text; with a semicolon
            over two lines"
            budget;100
            vote_type;approval
            PROJECTS
            project_id;cost;name;selected
            1;40;First;1
            2;70;Second;0
            VOTES
            voter_id;vote
            a;1,2
            b;2
            """;

    @Test
    void readsQuotedFieldsOverSeveralLinesAndKeepsOtherColumns() {
        PabulibFile file = PabulibFile.parse(GOOD);
        assertThat(file.election().meta("description")).contains("A \"quoted\" text; with a semicolon\nover two lines");
        assertThat(file.election().budget()).isEqualTo(Rational.of(100));
        assertThat(file.election().projects()).extracting(Project::id).containsExactly("1", "2");
        assertThat(file.projectColumns().get("2")).containsEntry("name", "Second");
        assertThat(file.selected()).contains(java.util.Set.of("1"));
        assertThat(file.voterIds()).containsExactly("a", "b");
        assertThat(file.election().ballots().get(0).points()).containsOnlyKeys("1", "2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no budget | budget;100 | country;X | 7 | META has no budget",
        "cost not a number | 1;40;First;1 | 1;forty;First;1 | 9 | the cost of project 1 is not a number",
        "unknown project | a;1,2 | a;1,3 | 13 | voter a votes for project 3, which is not in PROJECTS",
        "two ballots | b;2 | a;2 | 14 | voter a has two ballots",
        "missing field | 2;70;Second;0 | 2;70;Second | 10 | PROJECTS line has 3 fields where the header has 4",
        "duplicate project | 2;70;Second;0 | 1;70;Second;0 | 10 | project 1 appears twice",
        "no VOTES | VOTES | NOTES | 11 | PROJECTS line has 1 field where the header has 4",
        "unknown vote type | vote_type;approval | vote_type;borda | 7 | unknown vote_type borda",
    })
    void refusesAFileThatDoesNotHoldTogetherWithTheLineAndTheReason(String what, String line, String replacement, int number, String reason) {
        PabulibFormatException e = catchThrowableOfType(PabulibFormatException.class,
                () -> PabulibFile.parse(GOOD.replace(line + "\n", replacement + "\n")));
        assertThat(e).as(what).isNotNull();
        assertThat(e.line()).as(what).isEqualTo(number);
        assertThat(e.getMessage()).as(what).contains(reason).startsWith("line " + number + ": ");
    }

    @Test
    void pointsMustMatchTheProjectsChosen() {
        String cumulative = GOOD.replace("vote_type;approval", "vote_type;cumulative")
                .replace("voter_id;vote\na;1,2\nb;2", "voter_id;vote;points\na;1,2;3\nb;2;1");
        PabulibFormatException e = catchThrowableOfType(PabulibFormatException.class, () -> PabulibFile.parse(cumulative));
        assertThat(e.line()).isEqualTo(13);
        assertThat(e.reason()).isEqualTo("voter a gives 1 points for 2 projects");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        PabulibFormatException e = catchThrowableOfType(PabulibFormatException.class,
                () -> PabulibFile.parse(GOOD.replace("1;40;First;1", "1;40;\"First;1")));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.reason()).contains("not closed");
    }
}
