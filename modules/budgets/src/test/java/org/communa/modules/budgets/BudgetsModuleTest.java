package org.communa.modules.budgets;

import org.communa.budgets.counting.Counting;
import org.communa.budgets.counting.CountingRule;
import org.communa.budgets.counting.TieBreak;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communa.budgets.counting.PabulibFile;
import org.communa.module.api.eligibility.Verification;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.testkit.KitRequest;
import org.communa.module.testkit.ModuleTestKit;
import org.communa.module.testkit.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The budgets module through the SDK test kit: real PostgreSQL, the host's permissions and row-level security. */
class BudgetsModuleTest {

    static ModuleTestKit kit;

    @BeforeAll
    static void start() throws Exception {
        // with the proposals module, whose published answers budgets imports as projects
        kit = ModuleTestKit.start(new BudgetsModule(), new org.communa.modules.proposals.ProposalsModule());
    }

    static JsonObject json(ModuleResponse response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static KitRequest admin(TestOrganisation org, UUID who, String method, String path) {
        return kit.request(org, method, path).as(who, "admin");
    }

    static String budget(TestOrganisation org, UUID admin, String body) {
        ModuleResponse created = admin(org, admin, "POST", "admin/budgets").body(body).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json(created).getString("id");
    }

    static String project(TestOrganisation org, UUID admin, String budget, String title, int cost) {
        ModuleResponse created = admin(org, admin, "POST", "admin/budgets/" + budget + "/projects")
                .body("{\"title\":\"" + title + "\",\"cost\":" + cost + "}").send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json(created).getString("id");
    }

    static KitRequest voting(TestOrganisation org, UUID who, String budget) {
        return kit.request(org, "POST", "budgets/" + budget + "/ballot").as(who).setting("voting_enabled", true);
    }

    static String ballot(String... projects) {
        return "{\"projects\":[" + String.join(",", List.of(projects).stream().map(p -> "\"" + p + "\"").toList()) + "]}";
    }

    static long count(String sql, Object... parameters) {
        try (Connection connection = kit.adminDataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void participantsVoteWithinTheEnvelopeOnceAndResultsComeWithTheirAudit() {
        TestOrganisation org = kit.organisation("vote");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Budget eau 2026\",\"envelope\":1000,\"currency\":\"EUR\"}");
        String pumps = project(org, admin, budget, "Fontaines publiques", 600);
        String garden = project(org, admin, budget, "Jardin de pluie", 500);
        String meters = project(org, admin, budget, "Compteurs connectés", 300);
        UUID ana = kit.participant(org, "Ana");
        UUID ben = kit.participant(org, "Ben");
        UUID cyd = kit.participant(org, "Cyd");

        // closed phase, over the envelope, unknown project, empty: refused, nothing written
        assertThat(kit.request(org, "POST", "budgets/" + budget + "/ballot").as(ana).body(ballot(pumps)).send().status()).isEqualTo(403);
        ModuleResponse over = voting(org, ana, budget).body(ballot(pumps, garden)).send();
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.body()).contains("1100").contains("1000");
        assertThat(voting(org, ana, budget).body(ballot(UUID.randomUUID().toString())).send().status()).isEqualTo(422);
        assertThat(voting(org, ana, budget).body("{\"projects\":[]}").send().status()).isEqualTo(422);
        assertThat(voting(org, ana, budget).body("[1,2]").send().status()).isEqualTo(400);
        assertThat(count("select count(*) from budgets_ballots where budget_id = ?::uuid", budget)).isZero();

        assertThat(voting(org, ana, budget).body(ballot(pumps, meters)).send().status()).isEqualTo(201);
        ModuleResponse again = voting(org, ana, budget).body(ballot(garden)).send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(voting(org, ben, budget).body(ballot(garden, meters)).send().status()).isEqualTo(201);
        assertThat(voting(org, cyd, budget).body(ballot(garden)).send().status()).isEqualTo(201);
        assertThat(json(kit.request(org, "GET", "budgets/" + budget).as(ana).send()).getJsonObject("myBallot")).containsOnlyKeys(pumps, meters);

        // results: hidden from participants until published; admins see them
        assertThat(kit.request(org, "GET", "budgets/" + budget + "/results").as(ana).send().status()).isEqualTo(403);
        JsonObject results = json(kit.request(org, "GET", "budgets/" + budget + "/results").as(ana).setting("results_published", true).send());
        // votes: garden 2, meters 2 (cheaper: first), pumps 1: greedy funds meters (300), garden (500); pumps (600) no longer fits
        assertThat(results.getJsonArray("winners").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("3", "2");
        assertThat(results.getJsonNumber("total_cost").intValue()).isEqualTo(800);
        assertThat(results.getJsonNumber("left").intValue()).isEqualTo(200);
        assertThat(results.getJsonObject("audit").getInt("ballots")).isEqualTo(3);
        assertThat(results.getJsonObject("audit").getString("ballot_set_hash")).hasSize(64);

        // open data: the Pabulib file recounts to the same winners, and says nothing of who voted
        ModuleResponse pb = kit.request(org, "GET", "budgets/" + budget + "/export.pb").setting("results_published", true).send();
        PabulibFile file = PabulibFile.parse(pb.body());
        assertThat(file.selected()).contains(Set.of("3", "2"));
        assertThat(file.voterIds()).containsExactly("1", "2", "3");
        assertThat(pb.body()).doesNotContain(ana.toString()).contains("Jardin de pluie");
        assertThat(kit.request(org, "GET", "budgets/" + budget + "/export.csv").as(admin, "admin").send().body())
                .contains("3,\"Compteurs connectés\",300,2,1");
        assertThat(kit.request(org, "GET", "budgets/" + budget + "/export.json").send().status()).isEqualTo(403);
    }

    @Test
    void aCensusDecidesWhoVotesAndNobodyVotesTwiceOnlineAndOnPaper() {
        TestOrganisation org = kit.organisation("census");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Budget étudiant\",\"envelope\":500,\"ballotRule\":\"approval\",\"maxChoices\":2}");
        String a = project(org, admin, budget, "Salle de sport", 200);
        String b = project(org, admin, budget, "Potager", 100);
        // the organisation's census (its admins upload it once, for every module), read through the SDK's eligibility
        kit.census(org, "S-1001", " s-1002 ", "S-1003");

        UUID student = kit.participant(org, "Étudiante");
        UUID other = kit.participant(org, "Autre");
        ModuleResponse unverified = voting(org, student, budget).setting("census_required", true).body(ballot(a)).send();
        assertThat(unverified.status()).isEqualTo(403);
        assertThat(unverified.body()).contains("census");
        KitRequest verify = kit.request(org, "POST", "verification").as(student).setting("voting_enabled", true).setting("census_required", true);
        assertThat(verify.body("{\"identifier\":\"S-9999\"}").send().status()).isEqualTo(422);
        assertThat(kit.request(org, "POST", "verification").as(student).setting("voting_enabled", true)
                .body("{\"identifier\":\"s-1001\"}").send().status()).isEqualTo(200);
        // the same identifier cannot be claimed by a second account
        assertThat(kit.request(org, "POST", "verification").as(other).setting("voting_enabled", true)
                .body("{\"identifier\":\"S-1001\"}").send().status()).isEqualTo(409);
        assertThat(voting(org, student, budget).setting("census_required", true).body(ballot(a, b)).send().status()).isEqualTo(201);

        // officers at a polling station (ambassadors): the identifier already used online is refused
        KitRequest paper = kit.request(org, "POST", "budgets/" + budget + "/paper-ballots").as(admin, "ambassador")
                .setting("voting_enabled", true).setting("census_required", true);
        assertThat(paper.body("{\"identifier\":\"S-1001\",\"projects\":[\"" + b + "\"]}").send().status()).isEqualTo(409);
        assertThat(kit.request(org, "POST", "budgets/" + budget + "/paper-ballots").as(admin, "ambassador").setting("voting_enabled", true)
                .setting("census_required", true).body("{\"identifier\":\"S-1002\",\"projects\":[\"" + b + "\"]}").send().status()).isEqualTo(201);
        assertThat(kit.request(org, "POST", "budgets/" + budget + "/paper-ballots").as(admin, "ambassador").setting("voting_enabled", true)
                .setting("census_required", true).body("{\"identifier\":\"S-1002\",\"projects\":[\"" + a + "\"]}").send().status()).isEqualTo(409);
        assertThat(kit.request(org, "POST", "budgets/" + budget + "/paper-ballots").as(admin, "ambassador").setting("voting_enabled", true)
                .setting("census_required", true).body("{\"identifier\":\"X-1\",\"projects\":[\"" + a + "\"]}").send().status()).isEqualTo(403);
        // a participant without the role cannot enter paper ballots
        assertThat(kit.request(org, "POST", "budgets/" + budget + "/paper-ballots").as(other).setting("voting_enabled", true)
                .setting("census_required", true).body("{\"identifier\":\"S-1003\",\"projects\":[\"" + a + "\"]}").send().status()).isEqualTo(403);
        assertThat(count("select count(*) from budgets_ballots where budget_id = ?::uuid", budget)).isEqualTo(2);
        // only hashes are stored
        assertThat(count("select count(*) from budgets_ballots where voter_key like '%1001%'")).isZero();
    }

    /** The census places people in scopes and ends: a voter votes in the budget of their scope, and not once their entry expired. */
    @Test
    void theCensusGivesEachVoterTheirScopeUntilItEnds() {
        TestOrganisation org = kit.organisation("scopes");
        UUID admin = kit.participant(org, "Admin");
        UUID north = kit.scope(org, "nord", "Nord", null);
        String budget = budget(org, admin, "{\"title\":\"Nord\",\"envelope\":100,\"scopeId\":\"" + north + "\"}");
        String bench = project(org, admin, budget, "Banc", 50);
        kit.census(org, java.util.Map.of("N-1", north), null);
        UUID resident = kit.participant(org, "Habitante");
        assertThat(kit.request(org, "POST", "verification").as(resident).setting("voting_enabled", true)
                .body("{\"identifier\":\"n-1\"}").send().status()).isEqualTo(200);
        Verification held = kit.request(org, "GET", "").as(resident)
                .call(request -> request.services().eligibility().held(Verification.CENSUS)).orElseThrow();
        assertThat(held.scopeId()).contains(north);
        assertThat(held.voterKey()).startsWith("census:").doesNotContainIgnoringCase("n-1");
        assertThat(voting(org, resident, budget).setting("census_required", true).setting("voting_mode", "scope").body(ballot(bench))
                .send().status()).isEqualTo(201);

        // an entry that ended no longer counts, and the proof made with it ends with it
        kit.census(org, java.util.Map.of("N-2", north), java.time.OffsetDateTime.now().minusDays(1));
        UUID late = kit.participant(org, "En retard");
        assertThat(kit.request(org, "POST", "verification").as(late).setting("voting_enabled", true)
                .body("{\"identifier\":\"N-2\"}").send().status()).isEqualTo(422);
        java.util.Optional<Verification> after = kit.request(org, "GET", "").as(resident)
                .call(request -> request.services().eligibility().held(Verification.CENSUS));
        assertThat(after).as("N-1 left the census with the new upload").isEmpty();
    }

    @Test
    void votingInOneBudgetOnlyAndChangingABallotWhereAllowed() {
        TestOrganisation org = kit.organisation("modes");
        UUID admin = kit.participant(org, "Admin");
        String north = budget(org, admin, "{\"title\":\"Nord\",\"envelope\":100}");
        String south = budget(org, admin, "{\"title\":\"Sud\",\"envelope\":100}");
        String n1 = project(org, admin, north, "Banc nord", 50);
        String n2 = project(org, admin, north, "Arbre nord", 40);
        String s1 = project(org, admin, south, "Banc sud", 50);
        UUID voter = kit.participant(org, "Voter");
        assertThat(voting(org, voter, north).setting("voting_mode", "one").body(ballot(n1)).send().status()).isEqualTo(201);
        ModuleResponse second = voting(org, voter, south).setting("voting_mode", "one").body(ballot(s1)).send();
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("one only");
        // where changes are allowed, a new checkout replaces the ballot
        assertThat(voting(org, voter, north).setting("ballot_changes_allowed", true).body(ballot(n2)).send().status()).isEqualTo(200);
        assertThat(json(kit.request(org, "GET", "budgets/" + north).as(voter).send()).getJsonObject("myBallot")).containsOnlyKeys(n2);
        assertThat(count("select count(*) from budgets_ballots where budget_id = ?::uuid", north)).isEqualTo(1);
        // rules cannot change once ballots are cast
        assertThat(admin(org, admin, "PUT", "admin/budgets/" + north).body("{\"title\":\"Nord\",\"envelope\":5000}").send().status()).isEqualTo(409);
    }

    @Test
    void twoThousandBallotsFromFiveHundredClientsLeaveExactlyOnePerParticipant() throws Exception {
        TestOrganisation org = kit.organisation("rush");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Ruée\",\"envelope\":1000}");
        String p1 = project(org, admin, budget, "Premier", 400);
        String p2 = project(org, admin, budget, "Second", 500);
        List<UUID> voters = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            voters.add(kit.participant(org, "Voter " + i));
        }
        ExecutorService clients = Executors.newFixedThreadPool(500);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (UUID voter : voters) {
                String choice = round % 2 == 0 ? ballot(p1, p2) : ballot(p2);
                answers.add(clients.submit(() -> voting(org, voter, budget).body(choice).send().status()));
            }
        }
        int cast = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            if (status == 201) {
                cast++;
            } else if (status == 409) {
                refused++;
            }
        }
        clients.shutdown();
        assertThat(cast).isEqualTo(500);
        assertThat(refused).isEqualTo(1500);
        assertThat(count("select count(*) from budgets_ballots where budget_id = ?::uuid", budget)).isEqualTo(500);
        assertThat(count("select count(distinct participant_id) from budgets_ballots where budget_id = ?::uuid", budget)).isEqualTo(500);
        // every stored ballot is whole: one or two choices, never none
        assertThat(count("select count(*) from budgets_ballots b where budget_id = ?::uuid and not exists "
                + "(select 1 from budgets_choices c where c.ballot_id = b.id)", budget)).isZero();
    }

    @Test
    void tiesAreBrokenAsTheBudgetAnnouncedBeforeTheVoteAndItsExportSaysHow() {
        TestOrganisation org = kit.organisation("ties");
        UUID admin = kit.participant(org, "Admin");
        assertThat(admin(org, admin, "POST", "admin/budgets").body("{\"title\":\"Budget\",\"envelope\":800,\"tieBreak\":\"coin\"}")
                .send().body()).contains("tieBreak must be lower-cost-first or listed-first");
        String budget = budget(org, admin, "{\"title\":\"Budget des quartiers\",\"envelope\":800,\"tieBreak\":\"listed-first\"}");
        String square = project(org, admin, budget, "Place ombragée", 600);
        String benches = project(org, admin, budget, "Bancs au bord de l'eau", 500);
        assertThat(json(kit.request(org, "GET", "budgets/" + budget).send()).getString("tieBreak"))
                .isEqualTo("listed-first");
        // the page announces it with the rules (budgets.tieBreak.listed-first)
        assertThat(kit.request(org, "GET", "budgets/" + budget).asPage().send().model().get("budget").toString())
                .contains("tieBreak=listed-first");
        assertThat(voting(org, kit.participant(org, "Ana"), budget).body(ballot(square)).send().status()).isEqualTo(201);
        assertThat(voting(org, kit.participant(org, "Ben"), budget).body(ballot(benches)).send().status()).isEqualTo(201);

        // one vote each: listed first, the square (600) is funded and the benches (500) no longer fit; lower cost
        // first would have funded the benches instead
        JsonObject results = json(kit.request(org, "GET", "budgets/" + budget + "/results").setting("results_published", true).send());
        assertThat(results.getJsonArray("winners").getString(0)).isEqualTo("1");
        assertThat(results.getJsonArray("winners")).hasSize(1);
        assertThat(results.getJsonObject("audit").getJsonObject("parameters").getString("tie_break")).isEqualTo("listed-first");
        PabulibFile file = PabulibFile.parse(kit.request(org, "GET", "budgets/" + budget + "/export.pb").setting("results_published", true)
                .send().body());
        assertThat(file.election().meta("tie_break")).contains("listed-first");
        assertThat(Counting.count(file.election(), CountingRule.GREEDY,
                new Counting.Options(null, false, TieBreak.ofFile(file.election())))
                .winners()).containsExactly("1");
        // announced, hence frozen with the other rules once ballots are cast
        assertThat(admin(org, admin, "PUT", "admin/budgets/" + budget).body("{\"title\":\"Budget des quartiers\",\"envelope\":800,"
                + "\"tieBreak\":\"lower-cost-first\"}").send().status()).isEqualTo(409);
    }

    @Test
    void acceptedProposalsBecomeProjectsWithTheirEstimatedCostAndTheirAuthorsAreTold() throws Exception {
        TestOrganisation org = kit.organisation("import");
        UUID admin = kit.participant(org, "Admin");
        UUID author = kit.participant(org, "Autrice");
        TestOrganisation ideas = kit.anotherComponent(org);
        try (Connection connection = kit.adminDataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("update components set module_key = 'proposals' where id = '" + ideas.componentId() + "'");
            String insert = "insert into proposals_proposals (id, tenant_id, component_id, reference, author_id, title, body, state, "
                    + "answer_state, cost, answer_published_at, published_at) values ";
            statement.execute(insert + "(gen_random_uuid(), '" + org.id() + "', '" + ideas.componentId() + "', 1, '" + author
                    + "', 'Récupérer l''eau de pluie', 'Des cuves pour arroser les jardins partagés.', 'published', 'accepted', 12000, now(), now()),"
                    + "(gen_random_uuid(), '" + org.id() + "', '" + ideas.componentId() + "', 2, '" + admin
                    + "', 'Fontaine au marché', 'Une fontaine d''eau potable place du marché.', 'published', 'rejected', null, now(), now()),"
                    + "(gen_random_uuid(), '" + org.id() + "', '" + ideas.componentId() + "', 3, '" + admin
                    + "', 'Accepté sans coût', 'Une proposition acceptée dont le coût manque.', 'published', 'accepted', null, now(), now())");
        }
        String budget = budget(org, admin, "{\"title\":\"Budget\",\"envelope\":50000}");
        ModuleResponse imported = admin(org, admin, "POST", "admin/budgets/" + budget + "/import-proposals")
                .body("{\"source\":\"" + ideas.componentId() + "\"}").send();
        assertThat(json(imported).getInt("imported")).isEqualTo(1);
        assertThat(json(imported).getInt("acceptedWithoutCost")).isEqualTo(1);
        assertThat(json(imported).getInt("authorsNotified")).isEqualTo(1);
        assertThat(kit.notifications(org, author)).anySatisfy(n -> assertThat(n).contains("idea_became_project"));
        JsonArray projects = json(kit.request(org, "GET", "budgets/" + budget).send()).getJsonArray("projects");
        assertThat(projects).hasSize(1);
        assertThat(projects.getJsonObject(0).getString("title")).isEqualTo("Récupérer l'eau de pluie");
        assertThat(projects.getJsonObject(0).getJsonNumber("cost").intValue()).isEqualTo(12000);
        assertThat(projects.getJsonObject(0).getString("proposalId")).isNotBlank();
        // imported once only
        assertThat(json(admin(org, admin, "POST", "admin/budgets/" + budget + "/import-proposals")
                .body("{\"source\":\"" + ideas.componentId() + "\"}").send()).getInt("imported")).isZero();
        assertThat(kit.request(org, "POST", "admin/budgets/" + budget + "/import-proposals").as(admin)
                .body("{\"source\":\"" + ideas.componentId() + "\"}").send().status()).isEqualTo(403);
    }

    @Test
    void aPabulibFileImportedIntoABudgetCountsAsTheCityCounted() throws Exception {
        TestOrganisation org = kit.organisation("pabulib");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Assen 2024\",\"envelope\":1,\"countingRule\":\"mes-add1\"}");
        String assen = Files.readString(Path.of("../../../shared/data/pabulib/Netherlands_Assen_2024.pb"));
        ModuleResponse broken = admin(org, admin, "POST", "admin/budgets/" + budget + "/import.pb").body(assen.replace("7200", "seven")).send();
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("line ");
        JsonObject imported = json(admin(org, admin, "POST", "admin/budgets/" + budget + "/import.pb").body(assen).send());
        assertThat(imported.getInt("projects")).isEqualTo(14);
        assertThat(imported.getInt("ballots")).isEqualTo(84);
        JsonObject results = json(admin(org, admin, "GET", "budgets/" + budget + "/results").send());
        // the projects are numbered in the file's order: map the winners back to the file's ids
        PabulibFile file = PabulibFile.parse(assen);
        Set<String> funded = new HashSet<>();
        results.getJsonArray("winners").getValuesAs(jakarta.json.JsonString.class)
                .forEach(w -> funded.add(file.election().projects().get(Integer.parseInt(w.getString()) - 1).id()));
        assertThat(funded).isEqualTo(file.selected().orElseThrow());
        assertThat(admin(org, admin, "POST", "admin/budgets/" + budget + "/import.pb").body(assen).send().status()).isEqualTo(409);
    }

    @Test
    void anotherOrganisationSeesNoneOfItAndBadInputIsRefused() {
        TestOrganisation org = kit.organisation("mine");
        TestOrganisation stranger = kit.organisation("theirs");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Privé\",\"envelope\":100}");
        project(org, admin, budget, "Projet", 10);
        UUID outsider = kit.participant(stranger, "Outsider");
        assertThat(kit.request(stranger, "GET", "budgets/" + budget).as(outsider).send().status()).isEqualTo(404);
        assertThat(json(kit.request(stranger, "GET", "").as(outsider).send()).getJsonArray("budgets")).isEmpty();
        List<org.communa.module.api.data.Row> theirProjects = kit.data(stranger).read(sql -> sql.query("select id from budgets_projects"));
        List<org.communa.module.api.data.Row> theirBudgets = kit.data(stranger).read(sql -> sql.query("select id from budgets_budgets"));
        assertThat(theirProjects).isEmpty();
        assertThat(theirBudgets).isEmpty();
        // bad budgets
        assertThat(admin(org, admin, "POST", "admin/budgets").body("{\"title\":\"X\",\"envelope\":100}").send().status()).isEqualTo(400);
        assertThat(admin(org, admin, "POST", "admin/budgets").body("{\"title\":\"Budget\",\"envelope\":-5}").send().status()).isEqualTo(400);
        assertThat(admin(org, admin, "POST", "admin/budgets").body("{\"title\":\"Budget\",\"envelope\":100,\"countingRule\":\"borda\"}")
                .send().body()).contains("unknown rule borda");
        assertThat(admin(org, admin, "POST", "admin/budgets").body("{\"title\":\"Budget\",\"envelope\":100,\"countingRule\":\"greedy-threshold\"}")
                .send().status()).isEqualTo(400);
        assertThat(admin(org, admin, "POST", "admin/budgets").body("{\"title\":\"Budget\",\"envelope\":100,\"ballotRule\":\"cumulative\"}")
                .send().status()).isEqualTo(400);
        assertThat(kit.request(org, "POST", "admin/budgets").as(outsider).body("{\"title\":\"Budget\",\"envelope\":100}").send().status()).isEqualTo(403);
    }

    @Test
    void theBallotPageShowsTheRunningTotalAndKeepsChoicesWhenRefused() {
        TestOrganisation org = kit.organisation("pages");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Budget des quartiers\",\"envelope\":1000}");
        String a = project(org, admin, budget, "Aire de jeux", 700);
        String b = project(org, admin, budget, "Bancs ombragés", 400);
        UUID voter = kit.participant(org, "Voter");
        ModuleResponse page = kit.request(org, "GET", "budgets/" + budget).as(voter).setting("voting_enabled", true)
                .query("p." + a, "1").query("p." + b, "1").asPage().send();
        assertThat(page.template()).isEqualTo("show");
        assertThat(page.model().get("total").toString()).contains("1").contains("100");
        assertThat(page.model().get("over")).isEqualTo(true);
        // the page's Update button posts (its form token stays out of the address): the same page, the same total
        ModuleResponse preview = kit.request(org, "POST", "budgets/" + budget + "/preview").as(voter).setting("voting_enabled", true)
                .form(java.util.Map.of("p." + a, "1", "p." + b, "1")).asPage().send();
        assertThat(preview.template()).isEqualTo("show");
        assertThat(preview.model().get("total")).isEqualTo(page.model().get("total"));
        assertThat(kit.request(org, "POST", "budgets/" + budget + "/preview").as(voter).body("{}").send().status()).isEqualTo(400);
        ModuleResponse refused = kit.request(org, "POST", "budgets/" + budget + "/ballot").as(voter).setting("voting_enabled", true)
                .form(java.util.Map.of("p." + a, "1", "p." + b, "1")).asPage().send();
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.template()).isEqualTo("show");
        assertThat(refused.model().get("problem").toString()).contains("budgets.problem.ballot.over_envelope");
        // amounts as the reader writes them, not the engine's exact numbers
        assertThat(refused.model().get("problem").toString()).contains("€");
        assertThat(refused.model().get("projects").toString()).contains("selected=true");
        ModuleResponse voted = kit.request(org, "POST", "budgets/" + budget + "/ballot").as(voter).setting("voting_enabled", true)
                .form(java.util.Map.of("p." + a, "1")).asPage().send();
        assertThat(voted.location()).isEqualTo("budgets/" + budget + "?voted=1");
        ModuleResponse list = kit.request(org, "GET", "").as(voter).asPage().send();
        assertThat(list.template()).isEqualTo("list");
        assertThat(list.model().get("budgets").toString()).contains("voted=true");
        ModuleResponse results = kit.request(org, "GET", "budgets/" + budget + "/results").as(voter).setting("results_published", true)
                .asPage().send();
        assertThat(results.template()).isEqualTo("results");
        assertThat(results.model().get("rows").toString()).contains("Aire de jeux").contains("funded=true");
        // a census the voter is not on: the page says why they cannot vote
        ModuleResponse unverified = kit.request(org, "GET", "budgets/" + budget).as(kit.participant(org, "Outsider"))
                .setting("voting_enabled", true).setting("census_required", true).asPage().send();
        assertThat(unverified.model().get("needsVerification")).isEqualTo(true);
    }

    @Test
    void fundedProjectsAreFollowedToTheirRealisationAndTheirVotersAreTold() {
        TestOrganisation org = kit.organisation("follow-up");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Budget des écoles\",\"envelope\":1000}");
        String roofs = project(org, admin, budget, "Cuves sur les toits des écoles", 600);
        UUID voter = kit.participant(org, "Parent");
        UUID other = kit.participant(org, "Voisin");
        assertThat(voting(org, voter, budget).body(ballot(roofs)).send().status()).isEqualTo(201);
        ModuleResponse before = kit.request(org, "GET", "budgets/" + budget + "/projects/" + roofs).as(other).asPage().send();
        assertThat(before.template()).isEqualTo("project");
        assertThat(before.model().get("status")).isEqualTo("");

        String progress = "{\"status\":\"in_progress\",\"progress\":40,\"date\":\"2026-09-01\",\"title\":\"Cuves livrées\","
                + "\"body\":\"Les cuves sont posées dans deux écoles sur cinq.\"}";
        assertThat(kit.request(org, "POST", "admin/budgets/" + budget + "/projects/" + roofs + "/progress").as(voter).body(progress)
                .send().status()).isEqualTo(403);
        assertThat(admin(org, admin, "POST", "admin/budgets/" + budget + "/projects/" + roofs + "/progress")
                .body(progress.replace("40", "140")).send().status()).isEqualTo(400);
        ModuleResponse recorded = admin(org, admin, "POST", "admin/budgets/" + budget + "/projects/" + roofs + "/progress").body(progress).send();
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(json(recorded).getInt("notified")).isEqualTo(1);
        assertThat(kit.notifications(org, voter)).anySatisfy(n -> assertThat(n).contains("project_progress"));
        assertThat(kit.notifications(org, other)).noneSatisfy(n -> assertThat(n).contains("project_progress"));
        admin(org, admin, "POST", "admin/budgets/" + budget + "/projects/" + roofs + "/progress")
                .body("{\"status\":\"completed\",\"progress\":100,\"date\":\"2027-03-15\",\"title\":\"Inauguration\"}").send();
        JsonObject followUp = json(kit.request(org, "GET", "budgets/" + budget + "/projects/" + roofs).send());
        assertThat(followUp.getString("status")).isEqualTo("completed");
        assertThat(followUp.getInt("progress")).isEqualTo(100);
        assertThat(followUp.getJsonArray("timeline")).hasSize(2);
        assertThat(followUp.getJsonArray("timeline").getJsonObject(0).getString("title")).isEqualTo("Inauguration");
        // another organisation cannot reach it
        TestOrganisation stranger = kit.organisation("follow-up-stranger");
        assertThat(kit.request(stranger, "GET", "budgets/" + budget + "/projects/" + roofs).send().status()).isEqualTo(404);
    }

    @Test
    void adminsDriveEverythingFromTheirPage() {
        TestOrganisation org = kit.organisation("admin-page");
        UUID admin = kit.participant(org, "Admin");
        assertThat(kit.request(org, "GET", "admin").as(kit.participant(org, "Curious")).asPage().send().status()).isEqualTo(403);
        ModuleResponse refused = admin(org, admin, "POST", "admin/budgets").form(java.util.Map.of("title", "Budget", "envelope", "beaucoup"))
                .asPage().send();
        assertThat(refused.template()).isEqualTo("admin");
        assertThat(refused.model().get("problem").toString()).contains("envelope");
        ModuleResponse created = admin(org, admin, "POST", "admin/budgets").form(java.util.Map.of("title", "Budget des campus",
                "envelope", "30 000", "ballotRule", "approval", "maxChoices", "3", "countingRule", "mes-add1", "greedyCompletion", "yes"))
                .asPage().send();
        assertThat(created.location()).isEqualTo("admin?saved=1");
        ModuleResponse page = admin(org, admin, "GET", "admin").asPage().send();
        assertThat(page.template()).isEqualTo("admin");
        String budget = page.model().get("budgets").toString().replaceAll("(?s).*?id=([0-9a-f-]{36}).*", "$1");
        assertThat(admin(org, admin, "POST", "admin/budgets/" + budget + "/projects").form(java.util.Map.of("title", "Abris vélos",
                "cost", "12 500,50")).asPage().send().location()).isEqualTo("admin?saved=1");
        JsonObject shown = json(kit.request(org, "GET", "budgets/" + budget).send());
        assertThat(shown.getString("ballotRule")).isEqualTo("approval");
        assertThat(shown.getBoolean("greedyCompletion")).isTrue();
        assertThat(shown.getJsonArray("projects").getJsonObject(0).getJsonNumber("cost").bigDecimalValue()).isEqualByComparingTo("12500.50");
    }

    /**
     * Equal Shares results explain themselves (the example of EqualSharesReportTest, worked by hand): in which
     * round each project was bought and by how many of its supporters, or when its supporters ran out and by
     * how much; the projects of each scope are summed up.
     */
    @Test
    void equalSharesResultsSayWhyEachProjectWasOrWasNotFundedAndSumUpEachScope() {
        TestOrganisation org = kit.organisation("why");
        UUID admin = kit.participant(org, "Admin");
        UUID north = kit.scope(org, "nord", "Campus Nord", null);
        UUID south = kit.scope(org, "sud", "Campus Sud", null);
        String budget = budget(org, admin, "{\"title\":\"Budget des campus\",\"envelope\":300,\"ballotRule\":\"approval\","
                + "\"countingRule\":\"mes-add1\"}");
        String[] ids = new String[3];
        Object[][] projects = {{"Amphi rénové", 200, north}, {"Bancs", 150, north}, {"Composteur", 90, south}};
        for (int i = 0; i < projects.length; i++) {
            ModuleResponse created = admin(org, admin, "POST", "admin/budgets/" + budget + "/projects").body("{\"title\":\"" + projects[i][0]
                    + "\",\"cost\":" + projects[i][1] + ",\"scopeId\":\"" + projects[i][2] + "\"}").send();
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids[i] = json(created).getString("id");
        }
        String[][] ballots = {{ids[0], ids[1]}, {ids[0]}, {ids[0], ids[2]}};
        for (String[] chosen : ballots) {
            assertThat(voting(org, kit.participant(org, "Votant"), budget).body(ballot(chosen)).send().status()).isEqualTo(201);
        }
        ModuleResponse page = kit.request(org, "GET", "budgets/" + budget + "/results").setting("results_published", true).asPage().send();
        assertThat(page.template()).isEqualTo("results");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) page.model().get("rows");
        Map<String, Object> amphi = rows.stream().filter(r -> r.get("title").equals("Amphi rénové")).findFirst().orElseThrow();
        assertThat(amphi.get("why").toString()).contains("kind=FUNDED_IN_ROUND").contains("round=1").contains("payers=3")
                .contains("supporters=3").contains("most=66,67\u00a0€");
        Map<String, Object> benches = rows.stream().filter(r -> r.get("title").equals("Bancs")).findFirst().orElseThrow();
        assertThat(benches.get("why").toString()).contains("kind=SUPPORTERS_RAN_OUT").contains("round=1").contains("after=Amphi rénové");
        assertThat(rows.stream().filter(r -> r.get("title").equals("Composteur")).findFirst().orElseThrow().get("why").toString())
                .contains("kind=FUNDED_IN_ROUND").contains("round=2").contains("payers=1");
        assertThat(page.model().get("share").toString()).endsWith("€");
        assertThat(page.model().get("byScope").toString()).contains("Campus Nord").contains("projects=2, funded=1")
                .contains("Campus Sud").contains("projects=1, funded=1, amount=90\u00a0€");
        // the chart marks funded projects with a sign, readable without colour
        assertThat(page.model().get("chart").toString()).contains("✓ Amphi rénové").contains("label=Bancs");
    }

    /** A ballot started and not checked out is kept, shown again, and reminded once before the vote closes; a cast one is not. */
    @Test
    void aStartedBallotIsKeptAndRemindedOnceBeforeTheVoteCloses() {
        TestOrganisation org = kit.organisation("reminder");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Budget des parcs\",\"envelope\":1000}");
        String fountain = project(org, admin, budget, "Fontaine", 400);
        UUID hesitant = kit.participant(org, "Hésitante");
        UUID decided = kit.participant(org, "Décidé");
        java.time.LocalDate closes = java.time.LocalDate.now().plusDays(10);
        kit.runJobs();
        int before = kit.scheduledTimes().size();

        KitRequest draft = kit.request(org, "POST", "budgets/" + budget + "/draft").as(hesitant).setting("voting_enabled", true)
                .phaseEndsOn(closes).body(ballot(fountain));
        assertThat(json(draft.send()).getBoolean("reminderScheduled")).isTrue();
        // two days before the end of the phase's last day, in the organisation's time zone (UTC in the kit)
        assertThat(kit.scheduledTimes().get(before)).isEqualTo(closes.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                .minus(java.time.Duration.ofDays(2)));
        assertThat(json(kit.request(org, "POST", "budgets/" + budget + "/draft").as(hesitant).setting("voting_enabled", true)
                .phaseEndsOn(closes).body(ballot(fountain)).send()).getBoolean("reminderScheduled")).as("scheduled once").isFalse();
        assertThat(kit.request(org, "GET", "budgets/" + budget).as(hesitant).setting("voting_enabled", true).asPage().send()
                .model().get("projects").toString()).as("shown again").contains("selected=true");
        assertThat(kit.request(org, "POST", "budgets/" + budget + "/draft").as(hesitant).body(ballot(fountain)).send().status())
                .as("not while the vote is closed").isEqualTo(403);
        assertThat(kit.request(org, "POST", "budgets/" + budget + "/draft").as(hesitant).setting("voting_enabled", true).body("[")
                .send().status()).isEqualTo(400);
        TestOrganisation other = kit.organisation("reminder-other");
        assertThat(kit.request(other, "POST", "budgets/" + budget + "/draft").as(kit.participant(other, "Ailleurs"))
                .setting("voting_enabled", true).body(ballot(fountain)).send().status()).as("another organisation's budget").isEqualTo(404);
        kit.request(org, "POST", "budgets/" + budget + "/draft").as(decided).setting("voting_enabled", true).phaseEndsOn(closes)
                .body(ballot(fountain)).send();
        assertThat(voting(org, decided, budget).body(ballot(fountain)).send().status()).isEqualTo(201);

        kit.runJobs();
        assertThat(kit.notifications(org, hesitant)).filteredOn(n -> n.contains("ballot_reminder")).hasSize(1);
        assertThat(kit.notifications(org, decided)).noneSatisfy(n -> assertThat(n).contains("ballot_reminder"));
        assertThat(count("select count(*) from budgets_drafts where budget_id = ?::uuid", budget)).as("a cast ballot's draft is gone")
                .isEqualTo(1);
    }

    @Test
    void theReminderComesTwoDaysBeforeTheCloseOrHalfWayWhenLessIsLeft() {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        java.time.Instant now = java.time.Instant.parse("2026-06-10T10:00:00Z");
        assertThat(SaveDraft.reminderDue(java.time.LocalDate.parse("2026-06-15"), paris, now))
                .isEqualTo(java.time.Instant.parse("2026-06-13T22:00:00Z"));
        assertThat(SaveDraft.reminderDue(java.time.LocalDate.parse("2026-06-10"), paris, now))
                .isEqualTo(java.time.Instant.parse("2026-06-10T16:00:00Z"));
        assertThat(SaveDraft.reminderDue(java.time.LocalDate.parse("2026-06-09"), paris, now)).isNull();
        assertThat(SaveDraft.reminderDue(null, paris, now)).isNull();
    }

    /** The module is built against the SDK only (and the counting engine it embeds): nothing of the host's or another module's classes. */
    @Test
    void dependsOnlyOnTheSdk() {
        org.communa.module.testkit.ModuleArchitecture.check(BudgetsModule.class, "org.communa.budgets.counting");
    }

    @Test
    void projectsAreFoundByTheOrganisationsSearchUntilTheyAreWithdrawn() {
        TestOrganisation org = kit.organisation("search-projects");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Budget 2027\",\"envelope\":100000,\"currency\":\"EUR\"}");
        String project = project(org, admin, budget, "Fontaines à eau dans les parcs", 20000);
        String path = "/processes/search-projects-space/c/" + org.componentId() + "/budgets/" + budget + "/projects/" + project;
        assertThat(kit.searchPaths(org, "fontaine parc")).containsExactly(path);
        assertThat(kit.searchPaths(kit.organisation("search-projects-other"), "fontaine")).isEmpty();
        admin(org, admin, "PUT", "admin/budgets/" + budget + "/projects/" + project)
                .body("{\"title\":\"Fontaines à eau dans les parcs\",\"cost\":20000,\"withdrawn\":true}").send();
        assertThat(kit.searchPaths(org, "fontaine parc")).isEmpty();
    }

    /**
     * Voters narrow the ballot to a theme or a district without losing a choice: a ticked project the filter hides is
     * carried in the page (and counted in the total); a project's page shows its theme and district.
     */
    @Test
    void theBallotFiltersByThemeAndScopeAndKeepsHiddenChoices() {
        TestOrganisation org = kit.organisation("ballot-filters");
        UUID admin = kit.participant(org, "Admin");
        UUID water = kit.category(org, "Eau");
        UUID trees = kit.category(org, "Nature");
        UUID north = kit.scope(org, "nord", "Quartier Nord", null);
        UUID school = kit.scope(org, "nord-ecole", "École du Nord", north);
        String budget = budget(org, admin, "{\"title\":\"Budget des quartiers\",\"envelope\":1000,\"currency\":\"EUR\"}");
        String fountain = projectIn(org, admin, budget, "Fontaine", 300, water, school);
        String orchard = projectIn(org, admin, budget, "Verger", 200, trees, north);
        String benches = projectIn(org, admin, budget, "Bancs", 100, trees, null);
        UUID voter = kit.participant(org, "Voter");

        ModuleResponse byTheme = kit.request(org, "POST", "budgets/" + budget + "/preview").as(voter).setting("voting_enabled", true)
                .form(java.util.Map.of("theme", water.toString(), "p." + orchard, "1")).asPage().send();
        assertThat(titles(byTheme.model().get("projects"))).containsExactly("Fontaine");
        assertThat(titles(byTheme.model().get("hiddenChoices"))).containsExactly("Verger");
        assertThat(byTheme.model().get("total").toString()).contains("200");

        // a district includes what is under it
        ModuleResponse byScope = kit.request(org, "GET", "budgets/" + budget).query("scope", north.toString()).asPage().send();
        assertThat(titles(byScope.model().get("projects"))).containsExactly("Fontaine", "Verger");
        assertThat(kit.request(org, "GET", "budgets/" + budget).query("theme", "not-an-id").asPage().send().status()).isEqualTo(400);

        ModuleResponse detail = kit.request(org, "GET", "budgets/" + budget + "/projects/" + fountain).asPage().send();
        assertThat(detail.model().get("theme").toString()).contains("Eau");
        assertThat(detail.model().get("scope").toString()).contains("École du Nord");
        assertThat(benches).isNotBlank();
    }

    static String projectIn(TestOrganisation org, UUID admin, String budget, String title, int cost, UUID category, UUID scope) {
        ModuleResponse created = admin(org, admin, "POST", "admin/budgets/" + budget + "/projects").body("{\"title\":\"" + title
                + "\",\"cost\":" + cost + ",\"categoryId\":\"" + category + "\"" + (scope == null ? "" : ",\"scopeId\":\"" + scope + "\"") + "}").send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json(created).getString("id");
    }

    @SuppressWarnings("unchecked")
    static List<Object> titles(Object projects) {
        return ((List<java.util.Map<String, Object>>) projects).stream().map(p -> p.get("title")).toList();
    }

    @Test
    void projectsWithAPositionShowOnTheBallotsMap() {
        TestOrganisation org = kit.organisation("map-projects");
        UUID admin = kit.participant(org, "Admin");
        String budget = budget(org, admin, "{\"title\":\"Budget 2027\",\"envelope\":1000,\"currency\":\"EUR\"}");
        ModuleResponse placed = admin(org, admin, "POST", "admin/budgets/" + budget + "/projects").body("{\"title\":\"Fontaine du parc\","
                + "\"cost\":300,\"address\":\"Parc de la Tête d’Or\",\"latitude\":45.777,\"longitude\":4.852}").send();
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(json(placed).getString("address")).isEqualTo("Parc de la Tête d’Or");
        project(org, admin, budget, "Bancs", 100);
        String id = json(placed).getString("id");
        ModuleResponse page = kit.request(org, "GET", "budgets/" + budget).asPage().send();
        assertThat(page.model().get("mapPoints").toString()).isEqualTo("[{\"title\":\"Fontaine du parc\",\"url\":\"budgets/" + budget
                + "/projects/" + id + "\",\"lat\":45.777,\"lon\":4.852}]");
        assertThat(admin(org, admin, "POST", "admin/budgets/" + budget + "/projects").body("{\"title\":\"Ailleurs\",\"cost\":1,"
                + "\"latitude\":45.7,\"longitude\":400}").send().status()).isEqualTo(400);
    }
}
