package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communa.server.it.PlatformIT.assertProblem;
import static org.communa.server.it.Scenario.created;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communa.launcher.PbCommand;
import org.communa.launcher.demo.OrganisationApi;
import org.communa.launcher.demo.WaterBudgetStory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The participant's core journey over real HTTP: proposals, supports, comments, follows, notifications,
 * reports and moderation, with the permission service deciding per phase.
 */
class ParticipationIT extends ServerIT {

    Http http;
    Scenario scenario;
    JsonObject org;
    String host;
    Scenario.Session admin;
    String spaceId;
    String phaseId;
    String base;

    @BeforeEach
    void consultation() {
        http = http();
        scenario = scenario();
        org = scenario.organisation("ideas");
        host = org.getString("primaryHost");
        admin = scenario.admin(org);
        spaceId = created(admin.call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "process")
                .add("slug", "budget").add("title", Scenario.titled("Budget")).add("published", true).build()).send()).getString("id");
        phaseId = created(admin.call("POST", "api/admin/spaces/" + spaceId + "/phases").json(Json.createObjectBuilder()
                .add("title", Scenario.titled("Idées")).build()).send()).getString("id");
        admin.call("POST", "api/admin/spaces/" + spaceId + "/phases/" + phaseId + "/activate").send();
        base = "api/spaces/budget/c/" + component(true, 2);
    }

    /** A proposals component; supports open in the active phase or not; each participant may support limit proposals. */
    private String component(boolean supportsOpen, int limit) {
        return created(admin.call("POST", "api/admin/spaces/" + spaceId + "/components").json(Json.createObjectBuilder()
                .add("module", "proposals").add("name", Scenario.titled("Idées")).add("published", true)
                .add("settings", Json.createObjectBuilder().add("support_limit", limit))
                .add("phaseSettings", Json.createObjectBuilder().add(phaseId, Json.createObjectBuilder()
                        .add("creation_enabled", true).add("supports_enabled", supportsOpen))).build()).send()).getString("id");
    }

    private Scenario.Session participant(String name) {
        return scenario.signIn(host, scenario.participant(host, name), Scenario.PASSWORD);
    }

    private String publish(Scenario.Session author, String path, String title, String body) {
        String id = created(author.call("POST", path + "/proposals").json(Json.createObjectBuilder().add("title", title)
                .add("body", body).build()).send()).getString("id");
        assertThat(author.call("POST", path + "/proposals/" + id + "/publish").send().status()).isEqualTo(200);
        return id;
    }

    @Test
    void aProposalGoesFromDraftToAnsweredWithSupportsCommentsAndNotifications() {
        Scenario.Session author = participant("autrice");
        Scenario.Session voter = participant("votant");
        publish(voter, base, "Récupérer l'eau de pluie des écoles", "Des cuves pour arroser les jardins des écoles.");
        // the draft: only its author sees it, with similar proposals before publishing
        String id = created(author.call("POST", base + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Récupération de l'eau de pluie à l'école").add("body", "Arroser la cour avec l'eau du toit.").build()).send())
                .getString("id");
        assertThat(voter.call("GET", base + "/proposals/" + id).send().status()).isEqualTo(404);
        assertThat(author.call("GET", base + "/proposals/" + id + "/similar").send().body()).contains("Récupérer l'eau de pluie des écoles");
        assertThat(author.call("POST", base + "/proposals/" + id + "/publish").send().status()).isEqualTo(200);
        String resource = base + "/r/proposal/" + id;

        // supports: one per participant, exact counts, the component's limit
        assertThat(voter.call("POST", resource + "/supports").send().json().getInt("count")).isEqualTo(1);
        assertThat(voter.call("POST", resource + "/supports").send().json().getInt("count")).isEqualTo(1);
        String third = publish(author, base, "Des bancs à l'ombre", "Des bancs sous les arbres du parc central.");
        String fourth = publish(author, base, "Des toilettes publiques", "Des toilettes ouvertes la nuit près de la gare.");
        assertThat(voter.call("POST", base + "/r/proposal/" + third + "/supports").send().status()).isEqualTo(200);
        assertProblem(voter.call("POST", base + "/r/proposal/" + fourth + "/supports").send(), 409, "withdraw one first");
        assertProblem(http.to(host, "POST", resource + "/supports").send(), 401, null);
        JsonObject listed = http.to(host, "GET", base + "?order=most_supported").send().json();
        assertThat(listed.getJsonArray("items").getJsonObject(0).getString("id")).isIn(id, third);
        // supports closed in this phase elsewhere: the permission service says why
        String closed = "api/spaces/budget/c/" + component(false, 0);
        String closedId = publish(author, closed, "Une idée sans soutiens", "Les soutiens ne sont pas ouverts ici.");
        assertProblem(voter.call("POST", closed + "/r/proposal/" + closedId + "/supports").send(), 403, "current phase");

        // comments: threaded, plain text, the author is told
        JsonObject comment = created(voter.call("POST", resource + "/comments").json(Json.createObjectBuilder()
                .add("body", "Oui ! <script>alert(1)</script>").add("alignment", 1).build()).send());
        String reply = comment.getString("id");
        for (int depth = 1; depth <= 3; depth++) {
            reply = created(author.call("POST", resource + "/comments").json(Json.createObjectBuilder().add("body", "Réponse " + depth)
                    .add("parentId", reply).build()).send()).getString("id");
        }
        assertProblem(voter.call("POST", resource + "/comments").json(Json.createObjectBuilder().add("body", "Trop profond")
                .add("parentId", reply).build()).send(), 400, "levels deep");
        assertProblem(voter.call("POST", resource + "/comments").json(Json.createObjectBuilder().add("body", "x".repeat(5001)).build()).send(),
                400, "5000");
        assertProblem(voter.call("POST", resource + "/comments").json(Json.createObjectBuilder().add("body", "  ").build()).send(), 400, "body");
        assertProblem(author.call("PUT", resource + "/comments/" + comment.getString("id")).json(Json.createObjectBuilder()
                .add("body", "Réécrit").build()).send(), 403, "author");
        assertThat(author.call("PUT", resource + "/comments/" + comment.getString("id") + "/vote").json(Json.createObjectBuilder()
                .add("value", 1).build()).send().json().getInt("upVotes")).isEqualTo(1);
        assertThat(http.to(host, "GET", resource + "/comments").send().json().getJsonArray("items")).hasSize(4);
        String html = http.to(host, "GET", "processes/budget/c/" + base.substring(base.lastIndexOf('/') + 1) + "/proposals/" + id)
                .header("Accept", "text/html").send().body();
        assertThat(html).contains("Oui ! &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

        // answers: drafted by an evaluator, published together; authors and followers are told
        JsonObject notifications = author.call("GET", "api/notifications").send().json();
        assertThat(notifications.getJsonArray("items").toString()).contains("comment_created");
        assertThat(admin.call("POST", base + "/proposals/" + id + "/answer").json(Json.createObjectBuilder()
                .add("answerState", "accepted").add("answer", "Retenue : le service des eaux s'en charge.").add("cost", "18000").build())
                .send().status()).isEqualTo(200);
        assertThat(http.to(host, "GET", base + "/proposals/" + id).send().json().getString("answerState")).isEqualTo("not_answered");
        assertThat(admin.call("POST", base + "/admin/answers/publish").send().json().getInt("published")).isEqualTo(1);
        assertThat(http.to(host, "GET", base + "/proposals/" + id).send().json().getString("cost")).isEqualTo("18000.00");
        // the fediverse's view: a Page with its comments as Note replies and its supports as likes
        Http.Reply activity = http.to(host, "GET", resource + "/activity").header("Accept", "application/activity+json").send();
        assertThat(activity.status()).as(activity.body()).isEqualTo(200);
        JsonObject page = activity.json();
        assertThat(page.getString("type")).isEqualTo("Page");
        assertThat(page.getString("name")).isEqualTo("Récupération de l'eau de pluie à l'école");
        assertThat(page.getString("content")).isEqualTo("<p>Arroser la cour avec l'eau du toit.</p>");
        String componentId = base.substring(base.lastIndexOf('/') + 1);
        // the id stays the same whatever page shows the proposal; url is the page people read
        assertThat(page.getString("id")).endsWith("/objects/" + componentId + "/proposal/" + id);
        assertThat(page.getString("url")).endsWith("/processes/budget/c/" + componentId + "/proposals/" + id);
        assertThat(page.getString("communa:answer")).isEqualTo("accepted");
        assertThat(page.getJsonObject("likes").getInt("totalItems")).isEqualTo(1);
        JsonObject replies = page.getJsonObject("replies");
        assertThat(replies.getInt("totalItems")).isEqualTo(4);
        assertThat(replies.getJsonArray("items").getJsonObject(0).getString("type")).isEqualTo("Note");
        assertThat(replies.getJsonArray("items").getJsonObject(0).getString("content")).isEqualTo("<p>Oui ! &lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertThat(replies.getJsonArray("items").getJsonObject(1).getString("inReplyTo")).endsWith("#comment-" + comment.getString("id"));
        assertThat(http.to(host, "GET", base + "/r/proposal/" + created(author.call("POST", base + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Un brouillon privé").add("body", "Ce brouillon ne doit pas sortir.").build()).send()).getString("id")
                + "/activity").send().status()).isEqualTo(404);

        JsonObject told = author.call("GET", "api/notifications").send().json();
        assertThat(told.getJsonArray("items").toString()).contains("proposal_answered");
        assertThat(told.getInt("unread")).isPositive();
        assertThat(author.call("POST", "api/notifications/read").send().json().getInt("marked")).isPositive();
        assertThat(author.call("GET", "api/notifications").send().json().getInt("unread")).isZero();
        assertThat(voter.call("GET", "api/notifications").send().json().getJsonArray("items").toString())
                .as("followers of what they commented are told too").contains("proposal_answered");
    }

    /**
     * The water utility's participatory budget as it ran (the demo's story), through the HTTP API as its three
     * roles drove it, with every hand-over checked: no idea lost, answers public, costs carried into projects,
     * authors told, census-checked ballots, results, follow-up told to voters, and an export that
     * `./communa pb count` recounts to the published winners.
     */
    @Test
    void theWaterUtilitysBudgetRunsFromIdeasToFundedWorks() throws Exception {
        long started = System.nanoTime();
        Scenario.Session staff = participant("etudes");
        String staffId = staff.call("GET", "api/account").send().json().getString("id");
        assertThat(admin.call("PUT", "api/admin/participants/" + staffId + "/roles/evaluator").send().status()).isEqualTo(204);
        List<Scenario.Session> residents = new ArrayList<>();
        List<WaterBudgetStory.Resident> cast = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Scenario.Session resident = participant("habitant" + i);
            residents.add(resident);
            cast.add(new WaterBudgetStory.Resident(account(resident), "EAU-" + i));
        }
        List<WaterBudgetStory.Idea> ideas = WaterBudgetStory.demoIdeas();
        List<WaterBudgetStory.Idea> feasible = ideas.stream().filter(WaterBudgetStory.Idea::feasible).toList();
        OrganisationApi api = new OrganisationApi(http.base().toURI(), host);

        WaterBudgetStory.Outcome outcome = new WaterBudgetStory(api, new WaterBudgetStory.Cast(account(admin), account(staff), cast), ideas).run();

        // ideas: every one filed is listed, and answered in public (a reason for those not feasible)
        assertThat(outcome.ideaIds()).hasSize(48);
        assertThat(outcome.ideasListed()).isEqualTo(48);
        assertThat(outcome.answersPublished()).isEqualTo(48);
        int rejected = ideas.indexOf(ideas.stream().filter(i -> !i.feasible()).findFirst().orElseThrow());
        JsonObject refused = http.to(host, "GET", outcome.ideasPath() + "/proposals/" + outcome.ideaIds().get(rejected)).send().json();
        assertThat(refused.getString("answerState")).isEqualTo("rejected");
        assertThat(refused.getString("answer")).isEqualTo(ideas.get(rejected).answer());
        assertThat(http.to(host, "GET", outcome.ideasPath().replace("api/spaces", "processes") + "?page=2").header("Accept", "text/html")
                .send().status()).as("the ideas' second page").isEqualTo(200);
        // projects: exactly the feasible ideas, with their estimate, theme and a link back; every author told
        assertThat(outcome.imported().getInt("imported")).isEqualTo(feasible.size());
        assertThat(outcome.imported().getInt("acceptedWithoutCost")).isZero();
        assertThat(outcome.imported().getInt("authorsNotified")).isEqualTo(feasible.size());
        java.util.Map<String, java.math.BigDecimal> costs = new java.util.HashMap<>();
        outcome.projects().forEach(p -> costs.put(p.getString("title"), p.getJsonNumber("cost").bigDecimalValue()));
        feasible.forEach(idea -> assertThat(costs.get(idea.title())).as(idea.title()).isEqualByComparingTo(idea.cost()));
        assertThat(outcome.projects()).allSatisfy(p -> {
            assertThat(outcome.ideaIds()).contains(p.getString("proposalId"));
            assertThat(p.getString("categoryId", null)).isNotNull();
        });
        long ideasOfTheFirst = java.util.stream.IntStream.range(0, ideas.size()).filter(i -> i % 8 == 0 && ideas.get(i).feasible()).count();
        assertThat(residents.get(0).call("GET", "api/notifications?limit=100").send().json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.toString().contains("idea_became_project")).count())
                .isEqualTo(ideasOfTheFirst);
        // the vote: one census-checked ballot per resident, counted within the envelope
        assertThat(outcome.ballots()).isEqualTo(8);
        assertThat(outcome.results().getJsonObject("audit").getInt("ballots")).isEqualTo(8);
        assertThat(outcome.results().getJsonNumber("total_cost").bigDecimalValue()).isLessThanOrEqualTo(WaterBudgetStory.ENVELOPE);
        assertThat(outcome.results().getJsonArray("winners")).isNotEmpty();
        // the results page explains, project by project, in plain French
        String results = http.to(host, "GET", outcome.budgetPath().replace("api/spaces", "processes") + "/budgets/" + outcome.budgetId()
                + "/results").header("Accept", "text/html").send().body();
        assertThat(results).contains("Financé au tour 1 :").contains("Non financé :").contains("parts égales");
        // follow-up: the voters of funded projects hear of the works
        assertThat(outcome.followersTold()).isPositive();
        assertThat(residents.stream().filter(r -> r.call("GET", "api/notifications?limit=100").send().body().contains("project_progress"))
                .count()).isPositive();
        // the published count is reproduced from the export by ./communa pb count
        java.nio.file.Path export = java.nio.file.Files.createTempDirectory("water-budget");
        java.nio.file.Files.writeString(export.resolve("eau-2026.pb"), outcome.pabulib());
        java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
        int exit = PbCommand.run(List.of("count", export.toString()), new java.io.PrintStream(table, true, "UTF-8"), System.err);
        assertThat(table.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\tagrees\t").contains("1 agrees");
        assertThat(exit).isZero();
        System.out.printf("whole flow of the water budget (48 ideas, 8 voters) through the API: %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    private static OrganisationApi.Account account(Scenario.Session session) {
        return new OrganisationApi.Account(session.cookie(), session.csrf());
    }

    /** An admin prepares a budget in a process nobody sees yet: its components answer the admin, and only the admin. */
    @Test
    void anAdminPreparesABudgetBeforeTheProcessIsPublished() {
        String draftSpace = created(admin.call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "process")
                .add("slug", "budget-2027").add("title", Scenario.titled("Budget 2027")).add("published", false).build()).send())
                .getString("id");
        String component = created(admin.call("POST", "api/admin/spaces/" + draftSpace + "/components").json(Json.createObjectBuilder()
                .add("module", "budgets").add("name", Scenario.titled("Vote")).add("published", false).build()).send()).getString("id");
        String api = "api/spaces/budget-2027/c/" + component;
        String budget = created(admin.call("POST", api + "/admin/budgets").json(Json.createObjectBuilder().add("title", "Budget 2027")
                .add("envelope", 50000).build()).send()).getString("id");
        created(admin.call("POST", api + "/admin/budgets/" + budget + "/projects").json(Json.createObjectBuilder()
                .add("title", "Bancs au bord du canal").add("cost", 12000).build()).send());
        assertThat(admin.call("GET", "processes/budget-2027/c/" + component + "/admin").header("Accept", "text/html").send().status())
                .isEqualTo(200);
        // nobody else: a visitor or a participant gets the same 404 as for a space that does not exist
        assertProblem(http.to(host, "GET", api + "/budgets/" + budget).send(), 404, "no space budget-2027");
        assertProblem(participant("curieux").call("GET", api + "/budgets/" + budget).send(), 404, "no space budget-2027");
        assertProblem(http.to(host, "GET", "api/spaces/budget-2027/c/" + java.util.UUID.randomUUID()).send(), 404, "no space budget-2027");
    }

    @Test
    void aComponentRequiresTheCensusAndEachPersonProvesItOnce() throws Exception {
        // the organisation's census: SHA-256 of identifiers trimmed and upper-cased; never the identifiers
        String e12345 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("E12345".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String other = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("E67890".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertProblem(admin.call("PUT", "api/admin/verifications/census").raw(e12345 + "\nE12345\n", "text/plain").send(), 400, "line 2");
        assertThat(admin.call("PUT", "api/admin/verifications/census").raw(e12345 + "\n" + other + "\n\n", "text/plain").send().json()
                .getInt("entries")).isEqualTo(2);
        Scenario.Session student = participant("etudiante");
        assertProblem(student.call("PUT", "api/admin/verifications/census").raw(e12345, "text/plain").send(), 403, "admin");

        // supports in this component need the census (its admins chose so; the proposals module itself asks for none)
        String supports = "api/admin/spaces/" + spaceId + "/components/" + base.substring(base.lastIndexOf('/') + 1) + "/verifications";
        assertProblem(admin.call("PUT", supports).json(Json.createObjectBuilder().add("support", "passport").build()).send(), 400, "one of");
        assertProblem(admin.call("PUT", supports).json(Json.createObjectBuilder().add("fly", "census").build()).send(), 400, "no action fly");
        assertThat(admin.call("PUT", supports).json(Json.createObjectBuilder().add("support", "census").build()).send().status()).isEqualTo(200);
        String proposal = publish(participant("auteur"), base, "Des casiers au foyer", "Pour ranger nos affaires entre deux cours.");
        assertProblem(student.call("POST", base + "/r/proposal/" + proposal + "/supports").send(), 403, "you need the census verification");

        assertProblem(student.call("POST", "api/account/verifications/census").json(Json.createObjectBuilder().add("identifier", "E99999").build())
                .send(), 422, "not in the organisation's census");
        Http.Reply verified = student.call("POST", "api/account/verifications/census").json(Json.createObjectBuilder()
                .add("identifier", "  e12345 ").build()).send();
        assertThat(verified.status()).as(verified.body()).isEqualTo(201);
        assertThat(verified.json().getJsonArray("methods").toString()).isEqualTo("[\"census\",\"email\"]");
        assertProblem(participant("usurpateur").call("POST", "api/account/verifications/census").json(Json.createObjectBuilder()
                .add("identifier", "E12345").build()).send(), 409, "already been used");
        assertThat(student.call("POST", base + "/r/proposal/" + proposal + "/supports").send().status()).isEqualTo(200);

        // a new census without the identifier takes the verification away
        admin.call("PUT", "api/admin/verifications/census").raw(other, "text/plain").send();
        assertThat(student.call("GET", "api/account/verifications").send().json().getJsonArray("methods").toString()).isEqualTo("[\"email\"]");
        assertThat(admin.call("GET", supports).send().json().getString("support")).isEqualTo("census");
        // entries may place people in a scope and end on a date: an ended entry proves nothing; bad input changes nothing
        assertProblem(admin.call("PUT", "api/admin/verifications/census?validUntil=demain").raw(e12345, "text/plain").send(), 400, "validUntil");
        assertProblem(admin.call("PUT", "api/admin/verifications/census").raw(e12345 + ";" + java.util.UUID.randomUUID(), "text/plain").send(),
                400, "is not a scope of this organisation");
        assertProblem(admin.call("PUT", "api/admin/verifications/census").raw(e12345 + ";campus-nord", "text/plain").send(), 400, "line 1");
        assertThat(admin.call("GET", "api/admin/verifications/census").send().json().getInt("entries")).isEqualTo(1);
        // a method switched off proves nothing; a proof lasts no longer than the validity the organisation gives it
        assertProblem(admin.call("PUT", "api/admin/verifications/methods/census").json(Json.createObjectBuilder().add("validityDays", 0)
                .build()).send(), 400, "validityDays");
        assertProblem(admin.call("PUT", "api/admin/verifications/methods/passport").json(Json.createObjectBuilder().build()).send(), 404, "census");
        admin.call("PUT", "api/admin/verifications/census").raw(e12345, "text/plain").send();
        assertThat(student.call("POST", "api/account/verifications/census").json(Json.createObjectBuilder().add("identifier", "E12345")
                .build()).send().status()).isEqualTo(201);
        assertThat(admin.call("PUT", "api/admin/verifications/methods/census").json(Json.createObjectBuilder().add("enabled", false)
                .build()).send().json().getJsonArray("items").getJsonObject(0).getBoolean("enabled")).isFalse();
        assertThat(student.call("GET", "api/account/verifications").send().json().getJsonArray("methods").toString()).isEqualTo("[\"email\"]");
        assertThat(admin.call("PUT", "api/admin/verifications/methods/census").json(Json.createObjectBuilder().add("validityDays", 30)
                .build()).send().status()).isEqualTo(200);
        assertThat(student.call("GET", "api/account/verifications").send().json().getJsonArray("methods").toString())
                .isEqualTo("[\"census\",\"email\"]");
        try (java.sql.Connection database = TestInfrastructure.admin(TestInfrastructure.DATABASE); java.sql.Statement read = database.createStatement();
                java.sql.ResultSet days = read.executeQuery("select extract(day from expires_at - verified_at) from participant_verifications "
                        + "where identifier_sha256 = '" + e12345 + "'")) {
            assertThat(days.next()).isTrue();
            assertThat(days.getInt(1)).as("a proof lasts the method's 30 days").isEqualTo(30);
        }
        assertProblem(student.call("PUT", "api/admin/verifications/methods/census").json(Json.createObjectBuilder().build()).send(), 403, "admin");
        assertThat(admin.call("PUT", "api/admin/verifications/census?validUntil=2020-01-01").raw(e12345, "text/plain").send().status())
                .isEqualTo(200);
        assertThat(student.call("GET", "api/account/verifications").send().json().getJsonArray("methods").toString()).isEqualTo("[\"email\"]");
        assertProblem(student.call("POST", "api/account/verifications/census").json(Json.createObjectBuilder().add("identifier", "E12345")
                .build()).send(), 422, "not in the organisation's census");
        // the account page offers the census form, the component's admin page the choice
        assertThat(student.call("GET", "account").header("Accept", "text/html").send().body()).contains("/account/verifications/census");
        assertThat(admin.call("GET", supports.replace("api/admin", "admin").replace("/verifications", "")).header("Accept", "text/html").send().body())
                .contains("name=\"verify.support\"");
        // the admin page takes identifiers as the organisation knows them (and a scope by its code): only hashes are kept
        assertThat(admin.call("POST", "api/admin/scopes").json(Json.createObjectBuilder().add("code", "campus-nord")
                .add("name", Scenario.titled("Campus Nord")).build()).send().status()).isEqualTo(201);
        Http.Reply uploaded = admin.call("POST", "admin/census").header("Accept", "text/html").raw("csrf=" + admin.csrf()
                + "&identifiers=" + java.net.URLEncoder.encode(" e12345 ;campus-nord\nE67890\n", java.nio.charset.StandardCharsets.UTF_8)
                + "&lines=&validUntil=", "application/x-www-form-urlencoded").send();
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        assertThat(admin.call("GET", "api/admin/verifications/census").send().json().getInt("entries")).isEqualTo(2);
        try (java.sql.Connection database = TestInfrastructure.admin(TestInfrastructure.DATABASE); java.sql.Statement read = database.createStatement();
                java.sql.ResultSet kept = read.executeQuery("select count(*) from organisation_census where identifier_sha256 = '" + e12345
                        + "' and scope_id is not null")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getInt(1)).as("E12345 kept as its hash, in campus-nord").isEqualTo(1);
        }
    }

    @Test
    void reportsHideContentEverywhereAndModeratorsRestoreIt() {
        String authorEmail = scenario.participant(host, "auteur");
        Scenario.Session author = scenario.signIn(host, authorEmail, Scenario.PASSWORD);
        String id = publish(author, base, "Une publicité pour mon magasin", "Venez acheter chez nous, prix imbattables.");
        String resource = base + "/r/proposal/" + id;
        JsonObject settings = admin.call("GET", "api/admin/organisation").send().json();
        assertThat(settings.getInt("hideAfterReports")).isEqualTo(3);
        assertProblem(admin.call("PUT", "api/admin/organisation").json(Json.createObjectBuilder(settings).add("hideAfterReports", 0).build())
                .send(), 400, "hideAfterReports");
        List<Scenario.Session> reporters = List.of(participant("r1"), participant("r2"), participant("r3"));
        assertProblem(reporters.get(0).call("POST", resource + "/reports").json(Json.createObjectBuilder().add("reason", "boring").build())
                .send(), 400, "reason");
        for (int i = 0; i < 3; i++) {
            JsonObject outcome = created(reporters.get(i).call("POST", resource + "/reports").json(Json.createObjectBuilder()
                    .add("reason", "spam").add("details", "publicité").build()).send());
            assertThat(outcome.getBoolean("hidden")).isEqualTo(i == 2);
            if (i == 0) {
                assertProblem(reporters.get(0).call("POST", resource + "/reports").json(Json.createObjectBuilder().add("reason", "spam")
                        .build()).send(), 409, "already reported");
            }
        }
        // hidden, it cannot be reported, supported or commented any more
        assertProblem(reporters.get(0).call("POST", resource + "/supports").send(), 404, null);
        // hidden everywhere: the proposal, the list, similar proposals
        assertThat(http.to(host, "GET", base + "/proposals/" + id).send().status()).isEqualTo(404);
        assertThat(http.to(host, "GET", base).send().json().getInt("total")).isZero();
        String draft = created(author.call("POST", base + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Une publicité pour mon magasin bis").add("body", "Encore une publicité pour le magasin.").build()).send())
                .getString("id");
        assertThat(author.call("GET", base + "/proposals/" + draft + "/similar").send().body()).doesNotContain(id);

        assertProblem(author.call("GET", "api/admin/moderation").send(), 403, "moderator");
        JsonObject queue = admin.call("GET", "api/admin/moderation").send().json();
        JsonObject item = queue.getJsonArray("items").getJsonObject(0);
        assertThat(item.getInt("reports")).isEqualTo(3);
        assertThat(item.getBoolean("hidden")).isTrue();
        assertThat(item.getString("excerpt")).isEqualTo("Une publicité pour mon magasin");
        assertThat(item.getString("reasons")).isEqualTo("spam");
        String moderate = "api/admin/moderation/" + item.getString("componentId") + "/proposal/" + id;
        assertThat(admin.call("POST", moderate + "/restore").send().status()).isEqualTo(204);
        assertThat(http.to(host, "GET", base + "/proposals/" + id).send().status()).isEqualTo(200);
        assertThat(admin.call("POST", moderate + "/hide").send().status()).isEqualTo(204);
        assertThat(http.to(host, "GET", base).send().json().getInt("total")).isZero();
        assertThat(admin.call("GET", "api/admin/action-log").send().body()).contains("\"hide\"").contains("\"restore\"");
        assertProblem(admin.call("POST", "api/admin/moderation/" + item.getString("componentId") + "/proposal/nothing/hide").send(), 404, null);

        // the author of abuse is blocked: the session ends, signing in is refused until unblocked
        String block = "api/admin/moderation/participants/" + item.getString("authorId");
        assertProblem(author.call("POST", block + "/block").send(), 403, "moderator");
        assertThat(admin.call("POST", block + "/block").send().status()).isEqualTo(204);
        assertThat(author.call("GET", "api/account").send().status()).isEqualTo(401);
        assertThat(admin.call("GET", "api/admin/moderation").send().json().getJsonArray("items").getJsonObject(0).getBoolean("authorBlocked"))
                .isTrue();
        String email = author.call("GET", "api/account").send().status() == 401 ? authorEmail : "";
        assertProblem(http.to(host, "POST", "api/account/sign-in").json(Json.createObjectBuilder().add("email", email)
                .add("password", Scenario.PASSWORD).build()).send(), 403, "blocked");
        assertThat(admin.call("POST", block + "/unblock").send().status()).isEqualTo(204);
        scenario.signIn(host, email, Scenario.PASSWORD);
        assertThat(admin.call("GET", "api/admin/action-log").send().body()).contains("\"block\"").contains("\"unblock\"");
    }

    @Test
    void notificationsAreEmailedAsEachParticipantChose() throws Exception {
        String authorEmail = scenario.participant(host, "pressee");
        Scenario.Session author = scenario.signIn(host, authorEmail, Scenario.PASSWORD);
        assertThat(author.call("PUT", "api/account/contact").json(Json.createObjectBuilder().add("emailNotifications", "immediate").build())
                .send().status()).isEqualTo(204);
        // the same address in another organisation is another account, which must hear nothing of this one
        String otherHost = scenario.organisation("ailleurs").getString("primaryHost");
        assertThat(http.to(otherHost, "POST", "api/account/sign-up").json(Json.createObjectBuilder().add("email", authorEmail)
                .add("password", Scenario.PASSWORD).add("displayName", "Homonyme").add("acceptTerms", true).build()).send().status()).isEqualTo(202);
        String readerEmail = scenario.participant(host, "patient");
        Scenario.Session reader = scenario.signIn(host, readerEmail, Scenario.PASSWORD);
        String quietEmail = scenario.participant(host, "discret");
        Scenario.Session quiet = scenario.signIn(host, quietEmail, Scenario.PASSWORD);
        quiet.call("PUT", "api/account/contact").json(Json.createObjectBuilder().add("emailNotifications", "none").build()).send();
        String id = publish(author, base, "Un jardin partagé au campus", "Des carrés potagers pour les étudiants et le quartier.");
        String resource = base + "/r/proposal/" + id;
        assertThat(reader.call("PUT", resource + "/follow").send().status()).isEqualTo(204);
        assertThat(quiet.call("PUT", resource + "/follow").send().status()).isEqualTo(204);
        int before = Mailbox.count(readerEmail);
        Scenario.Session commenter = participant("jardinier");
        created(commenter.call("POST", resource + "/comments").json(Json.createObjectBuilder().add("body", "Je peux aider à l'arrosage.").build()).send());

        // at once for the author; the reader's first digest is due at once too (none was ever sent)
        String body = Mailbox.body(Mailbox.await(authorEmail, "Du nouveau"));
        assertThat(body).contains("Nouveau commentaire sur « Un jardin partagé au campus »")
                .contains("http://" + host).contains("/processes/budget/c/").contains("/proposals/" + id + "#comment-").contains("/account");
        assertThat(Mailbox.body(Mailbox.await(readerEmail, "Votre résumé"))).contains("Un jardin partagé au campus");
        assertThat(body).doesNotContain(otherHost);
        // the next comment: the author is told again, the reader's next digest waits a day, the quiet one never hears
        int authorMails = Mailbox.count(authorEmail);
        created(commenter.call("POST", resource + "/comments").json(Json.createObjectBuilder().add("body", "Et à la récolte !").build()).send());
        Mailbox.awaitCount(authorEmail, authorMails + 1);
        Thread.sleep(5_000);
        assertThat(Mailbox.count(readerEmail)).isEqualTo(before + 1);
        assertThat(Mailbox.count(quietEmail)).as("only the sign-up confirmation").isEqualTo(1);
        assertThat(quiet.call("GET", "api/notifications").send().json().getInt("unread")).isEqualTo(2);
    }

    /** A real 1×1 PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @Test
    void authorsAttachImagesAndPdfCheckedByTheirContent() {
        Scenario.Session author = participant("photographe");
        Scenario.Session other = participant("curieux");
        String id = publish(author, base, "Un kiosque dans le parc", "Un kiosque pour les concerts du dimanche.");
        String files = base + "/r/proposal/" + id + "/attachments";
        JsonObject image = created(author.call("POST", files).header("X-File-Name", "../../kiosque.exe.png").bytes(PNG, "text/plain").send());
        assertThat(image.getString("contentType")).isEqualTo("image/png");
        assertThat(image.getString("fileName")).isEqualTo("kiosque.exe.png");
        Http.Reply served = http.to(host, "GET", image.getString("url").substring(1)).send();
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.raw().headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(served.raw().headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
        assertThat(served.raw().body()).isEqualTo(PNG);
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(created(author.call("POST", files).header("X-File-Name", "plan.pdf").bytes(pdf, "application/pdf").send())
                .getString("contentType")).isEqualTo("application/pdf");
        // a page disguised as an image, an executable, an empty file, someone else's proposal
        assertProblem(author.call("POST", files).header("X-File-Name", "photo.png")
                .bytes("<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/png").send(), 415, "PDF");
        assertProblem(author.call("POST", files).header("X-File-Name", "a.png").bytes(new byte[] {'M', 'Z', 0, 0, 1, 2, 3}, "image/png").send(),
                415, "images");
        assertProblem(author.call("POST", files).header("X-File-Name", "vide.png").bytes(new byte[0], "image/png").send(), 400, "empty");
        assertProblem(other.call("POST", files).header("X-File-Name", "x.png").bytes(PNG, "image/png").send(), 403, "author");
        String html = http.to(host, "GET", base.replace("api/spaces", "processes") + "/proposals/" + id).header("Accept", "text/html").send().body();
        assertThat(html).contains("alt=\"kiosque.exe.png\"").contains("plan.pdf");
        assertThat(author.call("DELETE", files + "/" + image.getString("id")).send().status()).isEqualTo(204);
        assertThat(http.to(host, "GET", image.getString("url").substring(1)).send().status()).isEqualTo(404);
    }

    @Test
    void anAttachmentIsSeenOnlyByWhoeverMaySeeItsResource() {
        Scenario.Session author = participant("brouillon");
        Scenario.Session other = participant("indiscret");
        String draft = created(author.call("POST", base + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Un abri à vélos près de la gare").add("body", "Un abri couvert pour les vélos des voyageurs.").build())
                .send()).getString("id");
        String url = created(author.call("POST", base + "/r/proposal/" + draft + "/attachments").header("X-File-Name", "abri.png")
                .bytes(PNG, "image/png").send()).getString("url").substring(1);
        // a draft is its author's: its attachment too, whoever knows the address
        assertThat(author.call("GET", url).send().status()).isEqualTo(200);
        assertProblem(other.call("GET", url).send(), 404, "no attachment");
        assertProblem(http.to(host, "GET", url).send(), 404, "no attachment");
        assertThat(author.call("POST", base + "/proposals/" + draft + "/publish").send().status()).isEqualTo(200);
        assertThat(http.to(host, "GET", url).send().status()).isEqualTo(200);
        // hidden by moderators: as its page, gone for everyone (moderators read it in their queue)
        String moderate = "api/admin/moderation/" + base.substring(base.lastIndexOf('/') + 1) + "/proposal/" + draft;
        assertThat(admin.call("POST", moderate + "/hide").send().status()).isEqualTo(204);
        assertProblem(http.to(host, "GET", url).send(), 404, "no attachment");
        assertProblem(author.call("GET", url).send(), 404, "no attachment");
        assertProblem(admin.call("GET", url).send(), 404, "no attachment");
        assertThat(admin.call("POST", moderate + "/restore").send().status()).isEqualTo(204);
        assertThat(http.to(host, "GET", url).send().status()).isEqualTo(200);
    }

    @Test
    void concurrentSupportsNeverPassTheLimitNorCountTwice() throws Exception {
        Scenario.Session author = participant("auteur");
        String limited = "api/spaces/budget/c/" + component(true, 3);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(publish(author, limited, "Proposition concurrente " + i, "Le texte de la proposition concurrente " + i + "."));
        }
        Scenario.Session voter = participant("rapide");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> clicks = new ArrayList<>();
            ids.forEach(id -> clicks.add(() -> voter.call("POST", limited + "/r/proposal/" + id + "/supports").send().status()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(clicks)) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(3);
            assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(5);
            // the same proposal supported from eight tabs at once: one support
            List<Callable<Integer>> tabs = new ArrayList<>();
            Scenario.Session other = participant("onglets");
            for (int i = 0; i < 8; i++) {
                tabs.add(() -> other.call("POST", limited + "/r/proposal/" + ids.get(0) + "/supports").send().status());
            }
            for (Future<Integer> f : pool.invokeAll(tabs)) {
                assertThat(f.get()).isEqualTo(200);
            }
            long total = ids.stream().mapToLong(id -> http.to(host, "GET", limited + "/r/proposal/" + id + "/supports").send().json()
                    .getInt("count")).sum();
            assertThat(total).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }
}
