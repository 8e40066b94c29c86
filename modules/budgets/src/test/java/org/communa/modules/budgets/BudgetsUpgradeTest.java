package org.communa.modules.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communa.module.api.eligibility.Verification;
import org.communa.module.testkit.KitRequest;
import org.communa.module.testkit.ModuleTestKit;
import org.communa.module.testkit.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An instance running budgets 1.1 (its own census per component) upgraded to this version: the dump made at
 * cc7cc78 (src/test/resources/fixtures) goes through the host's migrations, then budgets' own. The census
 * and the proofs join the organisation's, with their scopes; ballots already cast keep their voter keys, so
 * nobody who voted before can vote again, online or on paper; the other organisation's rows stay its own.
 */
class BudgetsUpgradeTest {

    static ModuleTestKit kit;
    static TestOrganisation lycee;
    static TestOrganisation mairie;

    @BeforeAll
    static void upgrade() {
        kit = ModuleTestKit.startFromDump("fixtures/budgets-1.1-at-cc7cc78.sql", new BudgetsModule());
        lycee = kit.existing("lycee", "Composant");
        mairie = kit.existing("mairie", "Composant");
    }

    @Test
    void theCensusAndTheProofsBecomeTheOrganisationsWithTheirScopes() throws Exception {
        assertThat(rows("select to_regclass('budgets_census') is null and to_regclass('budgets_verifications') is null")).containsExactly("t");
        // lycee: E-1..E-5 once each (E-1 keeps the campus its first listing gave), mairie: E-1
        assertThat(rows("select o.slug || ' ' || count(*) from organisation_census c join organisations o on o.id = c.tenant_id "
                + "group by o.slug order by o.slug")).containsExactly("lycee 5", "mairie 1");
        assertThat(rows("select s.code from organisation_census c join organisations o on o.id = c.tenant_id join scopes s on s.id = c.scope_id "
                + "where o.slug = 'lycee' and c.identifier_sha256 = '" + hash("E-1") + "'")).containsExactly("nord");
        assertThat(rows("select p.display_name || ' ' || coalesce(s.code, '-') from participant_verifications v "
                + "join participants p on p.id = v.participant_id left join scopes s on s.id = v.scope_id order by 1"))
                .containsExactly("Ana nord", "Bruno nord", "Claire -");

        Verification ana = kit.request(lycee, "GET", "").as(participant("Ana"))
                .call(request -> request.services().eligibility().held(Verification.CENSUS)).orElseThrow();
        assertThat(ana.voterKey()).isEqualTo("census:" + hash("E-1"));
    }

    @Test
    void whoVotedBeforeTheUpgradeCannotVoteAgainOnlineOrOnPaper() throws Exception {
        String budget = rows("select id from budgets_budgets where component_id = '" + lycee.componentId() + "'").get(0);
        String bench = rows("select id from budgets_projects where budget_id = '" + budget + "'").get(0);
        UUID officer = participant("Agent");
        assertThat(vote(participant("Ana"), budget, bench).send().status()).isEqualTo(409);
        assertThat(paper(officer, budget, "E-1", bench).status()).isEqualTo(409);
        assertThat(paper(officer, budget, "e-3", bench).status()).isEqualTo(409);
        // those who had not voted still can, once each
        assertThat(vote(participant("Bruno"), budget, bench).send().status()).isEqualTo(201);
        assertThat(paper(officer, budget, "E-2", bench).status()).isEqualTo(409);
        assertThat(paper(officer, budget, "E-4", bench).status()).isEqualTo(201);
        assertThat(rows("select count(*) from budgets_ballots where budget_id = '" + budget + "'")).containsExactly("4");
        // mairie's E-1 is another person: its census and its proof are its own
        UUID claire = kit.participant(mairie, "Claire 2");
        assertThat(kit.request(mairie, "POST", "verification").as(claire).setting("voting_enabled", true)
                .body("{\"identifier\":\"E-1\"}").send().status()).as("Claire holds mairie's E-1").isEqualTo(409);
    }

    private static KitRequest vote(UUID who, String budget, String project) {
        return kit.request(lycee, "POST", "budgets/" + budget + "/ballot").as(who).setting("voting_enabled", true)
                .setting("census_required", true).body("{\"projects\":[\"" + project + "\"]}");
    }

    private static org.communa.module.api.http.ModuleResponse paper(UUID officer, String budget, String identifier, String project) {
        return kit.request(lycee, "POST", "budgets/" + budget + "/paper-ballots").as(officer, "ambassador").setting("voting_enabled", true)
                .setting("census_required", true).body("{\"identifier\":\"" + identifier + "\",\"projects\":[\"" + project + "\"]}").send();
    }

    private static UUID participant(String name) throws Exception {
        return UUID.fromString(rows("select id from participants where display_name = '" + name + "'").get(0));
    }

    /** What organisations upload for an identifier: SHA-256, hex, of it trimmed and upper-cased. */
    private static String hash(String identifier) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(identifier.strip().toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = kit.adminDataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet found = statement.executeQuery()) {
            while (found.next()) {
                rows.add(found.getString(1));
            }
        }
        return rows;
    }
}
