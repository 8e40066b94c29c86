package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communa.server.it.PlatformIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two populated organisations, A and B. Every endpoint called on A with B's ids answers 404/403, even
 * right after B's admin read the same object; under the application role with A's tenant set, no table
 * shows a row of B. Also: organisation admins' API, export/import round trip, and deletion.
 */
class TenantIsolationIT extends ServerIT {


    Http http;
    Scenario scenario;

    /** An organisation with an admin, a scope tree, a published process with phases and categories. */
    record Populated(JsonObject organisation, Scenario.Session admin, String scopeId, String spaceId, String spaceSlug,
            String phaseId, String categoryId, String participantId, String componentId, String proposalPath, String budgetPath,
            String surveyPath, String newsletterId) {
        String host() {
            return organisation.getString("primaryHost");
        }

        String id() {
            return organisation.getString("id");
        }

        /** The API address of the proposals component ("api/spaces/budget/c/ID"). */
        String proposalBase() {
            return proposalPath.substring(0, proposalPath.indexOf("/proposals/"));
        }

        String proposalId() {
            return proposalPath.substring(proposalPath.lastIndexOf('/') + 1);
        }
    }

    @BeforeEach
    void setUp() {
        http = http();
        scenario = scenario();
    }

    Populated populate(String prefix) {
        JsonObject org = scenario.organisation(prefix);
        Scenario.Session admin = scenario.admin(org);
        JsonObject campus = Scenario.created(admin.call("POST", "api/admin/scopes").json(Json.createObjectBuilder()
                .add("code", "campus-nord").add("name", Scenario.titled("Campus Nord")).build()).send());
        JsonObject space = Scenario.created(admin.call("POST", "api/admin/spaces").json(Json.createObjectBuilder()
                .add("kind", "process").add("slug", "budget").add("title", Scenario.titled("Budget"))
                .add("scopeId", campus.getString("id")).add("published", true).build()).send());
        admin.call("PUT", "api/admin/spaces/" + space.getString("id")).json(Json.createObjectBuilder()
                .add("slug", "budget").add("title", Scenario.titled("Budget")).add("scopeId", campus.getString("id"))
                .add("published", true).build()).send();
        JsonObject phase = Scenario.created(admin.call("POST", "api/admin/spaces/" + space.getString("id") + "/phases")
                .json(Json.createObjectBuilder().add("title", Scenario.titled("Idées")).add("startsOn", "2026-01-01")
                        .add("endsOn", "2026-02-01").build()).send());
        JsonObject category = Scenario.created(admin.call("POST", "api/admin/spaces/" + space.getString("id") + "/categories")
                .json(Json.createObjectBuilder().add("name", Scenario.titled("Eau")).build()).send());
        String email = scenario.participant(org.getString("primaryHost"), "membre");
        String participantId = admin.call("GET", "api/admin/participants?limit=500").send().body()
                .replaceAll("(?s).*\"id\":\"([^\"]+)\",\"email\":\"" + java.util.regex.Pattern.quote(email) + "\".*", "$1");
        JsonObject component = Scenario.created(admin.call("POST", "api/admin/spaces/" + space.getString("id") + "/components")
                .json(Json.createObjectBuilder().add("module", "pages").add("name", Scenario.titled("Informations"))
                        .add("settings", Json.createObjectBuilder().add("show_table_of_contents", false))
                        .add("published", true).build()).send());
        Scenario.created(admin.call("POST", "api/spaces/budget/c/" + component.getString("id") + "/pages").json(Json.createObjectBuilder()
                .add("slug", "informations").add("title", Scenario.titled("Informations pratiques"))
                .add("body", Json.createObjectBuilder().add("fr", "<p>Horaires <img src=x onerror=alert(1)></p>")).build()).send());
        Http.Reply logo = admin.call("PUT", "api/admin/branding/logo").bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a,
                0, 0, 0, 0}, "image/png").send();
        assertThat(logo.status()).as(logo.body()).isEqualTo(204);
        Http.Reply footer = admin.call("PUT", "api/admin/templates/partials/footer")
                .raw("<footer class=\"site-footer\"><p>" + prefix + "</p></footer>", "text/plain").send();
        assertThat(footer.status()).as(footer.body()).isEqualTo(204);
        String proposal = proposalWithParticipation(org, admin, space.getString("id"), phase.getString("id"), email);
        String budget = budgetWithBallot(org, admin, space.getString("id"), phase.getString("id"), email);
        String meeting = meetingWithRegistration(org, admin, space.getString("id"), email);
        proposalBornAt(org, admin, proposal.substring(0, proposal.indexOf("/proposals/")), meeting);
        String survey = surveyWithAnswer(org, admin, space.getString("id"), email);
        censusVerified(org, admin, email);
        String newsletter = newsletterSent(org, admin, email);
        demographicsDeclared(org, admin, email, campus.getString("id"));
        assertThat(admin.call("POST", "api/admin/spaces/" + space.getString("id") + "/analyses").send().status()).isEqualTo(201);
        assertThat(admin.call("POST", "api/admin/statistics/recount").send().status()).isEqualTo(204);
        federated(org);
        return new Populated(org, admin, campus.getString("id"), space.getString("id"), "budget",
                phase.getString("id"), category.getString("id"), participantId, component.getString("id"), proposal, budget, survey,
                newsletter);
    }

    /** An attribute, reference figures for the campus, and the member's declaration of it. */
    private void demographicsDeclared(JsonObject org, Scenario.Session admin, String memberEmail, String campusId) {
        assertThat(admin.call("PUT", "api/admin/representativeness/attributes").json(Json.createObjectBuilder().add("items",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "age").add("name", Scenario.titled("Âge"))
                        .add("choices", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("code", "18-24").add("name", Scenario.titled("18-24")))
                                .add(Json.createObjectBuilder().add("code", "25+").add("name", Scenario.titled("25+")))))).build())
                .send().status()).isEqualTo(200);
        assertThat(admin.call("PUT", "api/admin/representativeness/references/scope").json(Json.createObjectBuilder()
                .add(campusId, 1200).build()).send().status()).isEqualTo(204);
        Scenario.Session member = scenario.signIn(org.getString("primaryHost"), memberEmail, Scenario.PASSWORD);
        assertThat(member.call("PUT", "api/account/demographics").json(Json.createObjectBuilder().add("consent", true)
                .add("values", Json.createObjectBuilder().add("scope", campusId).add("age", "18-24")).build()).send().status())
                .isEqualTo(200);
    }

    /** The member consents to newsletters and receives one (its deliveries are rows of the organisation). */
    private String newsletterSent(JsonObject org, Scenario.Session admin, String memberEmail) {
        Scenario.Session member = scenario.signIn(org.getString("primaryHost"), memberEmail, Scenario.PASSWORD);
        assertThat(member.call("PUT", "api/account/contact").json(Json.createObjectBuilder().add("emailNotifications", "weekly")
                .add("newsletter", true).build()).send().status()).isEqualTo(204);
        String image = Scenario.created(admin.call("POST", "api/admin/newsletters/images").bytes(ParticipationIT.PNG, "image/png")
                .send()).getString("url");
        String id = Scenario.created(admin.call("POST", "api/admin/newsletters").json(Json.createObjectBuilder()
                .add("subject", Json.createObjectBuilder().add("fr", "Nouvelles"))
                .add("body", Json.createObjectBuilder().add("fr", "<p>Bientôt le vote.</p><img src=\"" + image + "\" alt=\"\">"))
                .add("audience", Json.createObjectBuilder().add("everyone", true)).build()).send()).getString("id");
        assertThat(admin.call("POST", "api/admin/newsletters/" + id + "/send").json(Json.createObjectBuilder().build()).send().status())
                .isEqualTo(202);
        Mailbox.await(memberEmail, "Nouvelles");
        return id;
    }

    /** A surveys component with a one-question poll the member answered (a fediverse vote is added with the federation rows). */
    private String surveyWithAnswer(JsonObject org, Scenario.Session admin, String spaceId, String memberEmail) {
        String base = "api/spaces/budget/c/" + Scenario.created(admin.call("POST", "api/admin/spaces/" + spaceId + "/components")
                .json(Json.createObjectBuilder().add("module", "surveys").add("name", Scenario.titled("Enquêtes")).add("published", true)
                        .build()).send()).getString("id");
        String survey = Scenario.created(admin.call("POST", base + "/admin/surveys").json(Json.createObjectBuilder().add("title", "Sondage")
                .add("questionnaire", Json.createObjectBuilder().add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "q").add("type", "single_choice").add("text", "Oui ou non ?").add("choices", Json.createArrayBuilder().add("Oui").add("Non")))))
                .build()).send()).getString("id");
        assertThat(admin.call("POST", base + "/admin/surveys/" + survey + "/open").send().status()).isEqualTo(200);
        Scenario.Session member = scenario.signIn(org.getString("primaryHost"), memberEmail, Scenario.PASSWORD);
        Http.Reply answered = member.call("POST", base + "/surveys/" + survey + "/answers").json(Json.createObjectBuilder().add("q", "c1").build()).send();
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        return base + "/surveys/" + survey;
    }

    /**
     * An ambassador files a proposal collected at the meeting ("COMPONENT/meeting/ID"): the proposal says where it
     * was born and the meeting lists it (a link between two modules' resources); a meeting that does not exist is refused.
     */
    private void proposalBornAt(JsonObject org, Scenario.Session admin, String proposals, String meeting) {
        Http.Reply refused = admin.call("POST", proposals + "/proposals").json(Json.createObjectBuilder().add("title", "Des bancs au square")
                .add("body", "Recueillie à l'atelier du quartier.").add("bornAt", meeting.replaceAll("[0-9a-f-]{36}$", java.util.UUID.randomUUID().toString()))
                .build()).send();
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("bornAt: there is no public meeting");
        String born = Scenario.created(admin.call("POST", proposals + "/proposals").json(Json.createObjectBuilder().add("title", "Des bancs au square")
                .add("body", "Recueillie à l'atelier du quartier.").add("bornAt", meeting).build()).send()).getString("id");
        String host = org.getString("primaryHost");
        String proposalPage = proposals.replace("api/spaces/budget", "processes/budget") + "/proposals/" + born;
        assertThat(admin.call("GET", proposalPage).header("Accept", "text/html").send().body()).contains("Née lors de")
                .contains("Atelier du quartier");
        String meetingPage = "processes/budget/c/" + meeting.replace("/meeting/", "/meetings/");
        assertThat(admin.call("GET", meetingPage).header("Accept", "text/html").send().body()).as("a draft is listed nowhere")
                .doesNotContain("Des bancs au square").contains("new?bornAt=" + meeting);
        assertThat(admin.call("POST", proposals + "/proposals/" + born + "/publish").send().status()).isEqualTo(200);
        assertThat(http.to(host, "GET", meetingPage).header("Accept", "text/html").send().body()).contains("Propositions nées lors de cette rencontre")
                .contains("Des bancs au square").doesNotContain("new?bornAt=");
    }

    /** The organisation's census, and the member verified against it. */
    private void censusVerified(JsonObject org, Scenario.Session admin, String memberEmail) {
        String identifier = "ID-" + org.getString("id").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(identifier.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        assertThat(admin.call("PUT", "api/admin/verifications/census").raw(hash, "text/plain").send().status()).isEqualTo(200);
        assertThat(admin.call("PUT", "api/admin/verifications/methods/census").json(Json.createObjectBuilder().add("validityDays", 365)
                .build()).send().status()).isEqualTo(200);
        Scenario.Session member = scenario.signIn(org.getString("primaryHost"), memberEmail, Scenario.PASSWORD);
        assertThat(member.call("POST", "api/account/verifications/census").json(Json.createObjectBuilder().add("identifier", identifier).build())
                .send().status()).isEqualTo(201);
    }

    /** A meetings component with a meeting the member registered for; answers "COMPONENT/meeting/ID". */
    private String meetingWithRegistration(JsonObject org, Scenario.Session admin, String spaceId, String memberEmail) {
        String base = "api/spaces/budget/c/" + Scenario.created(admin.call("POST", "api/admin/spaces/" + spaceId + "/components")
                .json(Json.createObjectBuilder().add("module", "meetings").add("name", Scenario.titled("Ateliers")).add("published", true)
                        .build()).send()).getString("id");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now().plusDays(7).withNano(0);
        String meeting = Scenario.created(admin.call("POST", base + "/admin/meetings").json(Json.createObjectBuilder()
                .add("title", "Atelier du quartier").add("kind", "in_person").add("address", "Maison des associations")
                .add("startsAt", start.toString()).add("endsAt", start.plusHours(2).toString()).add("capacity", 30).build()).send())
                .getString("id");
        Scenario.Session member = scenario.signIn(org.getString("primaryHost"), memberEmail, Scenario.PASSWORD);
        assertThat(member.call("POST", base + "/meetings/" + meeting + "/registration").send().status()).isEqualTo(200);
        assertThat(member.call("POST", base + "/calendar-token").send().status()).isEqualTo(201);
        return base.substring(base.lastIndexOf('/') + 1) + "/meeting/" + meeting;
    }

    /**
     * A proposals component open for ideas and supports, with one proposal carrying every kind of
     * participation row: a support, a comment and a vote on it, follows, a notification, a report, its
     * search document. Answers the proposal's path under the API ("api/spaces/budget/c/ID/proposals/ID").
     */
    private String proposalWithParticipation(JsonObject org, Scenario.Session admin, String spaceId, String phaseId, String memberEmail) {
        String host = org.getString("primaryHost");
        assertThat(admin.call("POST", "api/admin/spaces/" + spaceId + "/phases/" + phaseId + "/activate").send().status()).isEqualTo(200);
        JsonObject proposals = Scenario.created(admin.call("POST", "api/admin/spaces/" + spaceId + "/components").json(Json.createObjectBuilder()
                .add("module", "proposals").add("name", Scenario.titled("Idées")).add("published", true)
                .add("phaseSettings", Json.createObjectBuilder().add(phaseId, Json.createObjectBuilder()
                        .add("creation_enabled", true).add("supports_enabled", true))).build()).send());
        String base = "api/spaces/budget/c/" + proposals.getString("id");
        Scenario.Session member = scenario.signIn(host, memberEmail, Scenario.PASSWORD);
        JsonObject draft = Scenario.created(member.call("POST", base + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Des fontaines dans le parc").add("body", "Installer des fontaines à boire près des jeux.").build()).send());
        String id = draft.getString("id");
        assertThat(member.call("POST", base + "/proposals/" + id + "/publish").send().status()).isEqualTo(200);
        String resource = base + "/r/proposal/" + id;
        assertThat(admin.call("POST", resource + "/supports").send().status()).isEqualTo(200);
        JsonObject comment = Scenario.created(admin.call("POST", resource + "/comments").json(Json.createObjectBuilder()
                .add("body", "Bonne idée, et des bancs ?").add("alignment", 1).build()).send());
        assertThat(member.call("PUT", resource + "/comments/" + comment.getString("id") + "/vote")
                .json(Json.createObjectBuilder().add("value", 1).build()).send().status()).isEqualTo(200);
        assertThat(admin.call("PUT", resource + "/follow").send().status()).isEqualTo(204);
        Scenario.created(member.call("POST", resource + "/reports").json(Json.createObjectBuilder().add("reason", "spam")
                .add("commentId", comment.getString("id")).build()).send());
        Scenario.created(member.call("POST", resource + "/attachments").header("X-File-Name", "plan.png")
                .bytes(ParticipationIT.PNG, "image/png").send());
        return base + "/proposals/" + id;
    }

    /**
     * A budgets component voting in one budget only, with a census: the member verifies and votes, which
     * fills every table of the module (budget, project, census, verification, ballot, choice, single choice).
     */
    private String budgetWithBallot(JsonObject org, Scenario.Session admin, String spaceId, String phaseId, String memberEmail) {
        JsonObject component = Scenario.created(admin.call("POST", "api/admin/spaces/" + spaceId + "/components").json(Json.createObjectBuilder()
                .add("module", "budgets").add("name", Scenario.titled("Vote")).add("published", true)
                .add("settings", Json.createObjectBuilder().add("census_required", true).add("voting_mode", "one"))
                .add("phaseSettings", Json.createObjectBuilder().add(phaseId, Json.createObjectBuilder().add("voting_enabled", true)))
                .build()).send());
        String base = "api/spaces/budget/c/" + component.getString("id");
        JsonObject budget = Scenario.created(admin.call("POST", base + "/admin/budgets").json(Json.createObjectBuilder()
                .add("title", "Budget de l'eau").add("envelope", 1000).build()).send());
        JsonObject project = Scenario.created(admin.call("POST", base + "/admin/budgets/" + budget.getString("id") + "/projects")
                .json(Json.createObjectBuilder().add("title", "Fontaine").add("cost", 400).build()).send());
        assertThat(admin.call("PUT", "api/admin/verifications/census").raw(sha256("E-" + memberEmail.toUpperCase(java.util.Locale.ROOT))
                + "\n", "text/plain").send().status()).isEqualTo(200);
        Scenario.Session member = scenario.signIn(org.getString("primaryHost"), memberEmail, Scenario.PASSWORD);
        assertThat(member.call("POST", base + "/verification").json(Json.createObjectBuilder().add("identifier", "e-" + memberEmail)
                .build()).send().status()).isEqualTo(200);
        Scenario.created(member.call("POST", base + "/budgets/" + budget.getString("id") + "/ballot").json(Json.createObjectBuilder()
                .add("projects", Json.createArrayBuilder().add(project.getString("id"))).build()).send());
        // a ballot started and not checked out (kept as a draft, with its reminder)
        assertThat(admin.call("POST", base + "/budgets/" + budget.getString("id") + "/draft").json(Json.createObjectBuilder()
                .add("projects", Json.createArrayBuilder().add(project.getString("id"))).build()).send().status()).isEqualTo(200);
        Scenario.created(admin.call("POST", base + "/admin/budgets/" + budget.getString("id") + "/projects/" + project.getString("id") + "/progress")
                .json(Json.createObjectBuilder().add("status", "in_progress").add("progress", 30).add("title", "Travaux lancés").build()).send());
        return base + "/budgets/" + budget.getString("id");
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address of the attachment populate() put on the organisation's proposal, read from the proposal's page. */
    private String attachmentOf(Populated p) {
        String page = http.to(p.host(), "GET", p.proposalPath().replace("api/spaces", "processes")).header("Accept", "text/html").send().body();
        return page.replaceAll("(?s).*href=\"(/attachments/[0-9a-f-]{36})\".*", "$1");
    }

    @Test
    void organisationAdminsManageSpacesPhasesScopesAndRoles() {
        Populated a = populate("admin");
        JsonObject space = http.to(a.host(), "GET", "api/spaces/budget").send().json();
        assertThat(space.getJsonObject("title").getString("fr")).isEqualTo("Budget");
        assertThat(http.to(a.host(), "GET", "api/spaces/budget/phases").send().body()).contains("Idées").contains("2026-01-01");
        assertThat(http.to(a.host(), "GET", "api/scopes").send().body()).contains("campus-nord");

        Scenario.Session member = scenario.signIn(a.host(), scenario.participant(a.host(), "simple"), Scenario.PASSWORD);
        assertProblem(member.call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "assembly")
                .add("slug", "x").add("title", Scenario.titled("x")).build()).send(), 403, "admin");
        assertProblem(http.to(a.host(), "GET", "api/admin/spaces").send(), 401, null);

        assertThat(a.admin().call("PUT", "api/admin/participants/" + a.participantId() + "/roles/evaluator").send().status()).isEqualTo(204);
        assertThat(a.admin().call("GET", "api/admin/participants?limit=500").send().body()).contains("evaluator");
        assertProblem(a.admin().call("PUT", "api/admin/participants/" + a.participantId() + "/roles/king").send(), 400, "role");

        assertProblem(a.admin().call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "process")
                .add("slug", "budget").add("title", Scenario.titled("Doublon")).build()).send(), 409, "slug");
        assertProblem(a.admin().call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "forum")
                .add("slug", "y").add("title", Scenario.titled("y")).build()).send(), 400, "kind");
        assertProblem(a.admin().call("POST", "api/admin/spaces/" + a.spaceId() + "/phases").json(Json.createObjectBuilder()
                .add("title", Scenario.titled("p")).add("startsOn", "2026-05-01").add("endsOn", "2026-04-01").build()).send(), 400, "before");
        assertProblem(a.admin().call("POST", "api/admin/spaces/" + a.spaceId() + "/phases").json(Json.createObjectBuilder()
                .add("title", Scenario.titled("p")).add("startsOn", "demain").build()).send(), 400, "startsOn");
        // phases follow their dates: one that begins today becomes current at once, one that begins tomorrow waits; after an
        // admin's switch by hand, a phase's dates do not take it back
        JsonObject process = Scenario.created(a.admin().call("POST", "api/admin/spaces").json(Json.createObjectBuilder()
                .add("kind", "process").add("slug", "dated").add("title", Scenario.titled("Dates")).build()).send());
        String phases = "api/admin/spaces/" + process.getString("id") + "/phases";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        JsonObject later = Scenario.created(a.admin().call("POST", phases).json(Json.createObjectBuilder().add("title", Scenario.titled("Vote"))
                .add("startsOn", today.plusDays(1).toString()).build()).send());
        assertThat(later.getBoolean("active")).isFalse();
        JsonObject now = Scenario.created(a.admin().call("POST", phases).json(Json.createObjectBuilder().add("title", Scenario.titled("Idées"))
                .add("startsOn", today.minusDays(1).toString()).add("endsOn", today.toString()).add("position", 1).build()).send());
        assertThat(now.getBoolean("active")).as("its dates include today").isTrue();
        assertThat(a.admin().call("POST", phases + "/" + later.getString("id") + "/activate").send().status()).isEqualTo(200);
        assertThat(a.admin().call("PUT", phases + "/" + now.getString("id")).json(Json.createObjectBuilder().add("title", Scenario.titled("Idées !"))
                .add("startsOn", today.minusDays(1).toString()).add("endsOn", today.toString()).build()).send().json().getBoolean("active"))
                .as("switched once by its dates, then by hand: it stays as the admin chose").isFalse();
        assertProblem(a.admin().call("PUT", "api/admin/scopes/" + a.scopeId()).json(Json.createObjectBuilder()
                .add("code", "campus-nord").add("name", Scenario.titled("n")).add("parentId", a.scopeId()).build()).send(), 400, "cycle");
        assertProblem(a.admin().call("DELETE", "api/admin/scopes/" + a.scopeId()).send(), 409, "spaces");

        JsonObject settings = a.admin().call("PUT", "api/admin/organisation").json(Json.createObjectBuilder()
                .add("name", "Ville renommée").add("availableLocales", Json.createArrayBuilder().add("fr").add("ca"))
                .add("defaultLocale", "ca").add("timeZone", "Europe/Madrid").build()).send().json();
        assertThat(settings.getString("name")).isEqualTo("Ville renommée");
        assertThat(settings.getString("timeZone")).isEqualTo("Europe/Madrid");
        assertProblem(a.admin().call("PUT", "api/admin/organisation").json(Json.createObjectBuilder()
                .add("name", "x").add("timeZone", "Nowhere/None").build()).send(), 400, "timeZone");
    }

    @Test
    void adminsAddComponentsThatParticipantsReachThroughTheModule() {
        Populated a = populate("component");
        String base = "api/admin/spaces/" + a.spaceId() + "/components";
        assertProblem(a.admin().call("POST", base).json(Json.createObjectBuilder().add("module", "pages")
                .add("name", Scenario.titled("x")).add("settings", Json.createObjectBuilder().add("show_table_of_contents", "yes"))
                .build()).send(), 400, "show_table_of_contents must be true or false");
        assertProblem(a.admin().call("POST", base).json(Json.createObjectBuilder().add("module", "pages")
                .add("name", Scenario.titled("x")).add("settings", Json.createObjectBuilder().add("colour", "blue"))
                .build()).send(), 400, "colour is not a setting");
        assertProblem(a.admin().call("POST", base).json(Json.createObjectBuilder().add("module", "petitions")
                .add("name", Scenario.titled("x")).build()).send(), 403, "not enabled the module petitions");

        JsonObject draft = Scenario.created(a.admin().call("POST", base).json(Json.createObjectBuilder().add("module", "pages")
                .add("name", Scenario.titled("Brouillon")).build()).send());
        assertThat(draft.getJsonObject("settings").getBoolean("show_table_of_contents")).isTrue(); // the default
        String draftRoute = "api/spaces/budget/c/" + draft.getString("id");
        assertThat(http.to(a.host(), "GET", draftRoute).send().status()).isEqualTo(404);
        assertThat(http.to(a.host(), "GET", "api/spaces/budget/components").send().body()).doesNotContain(draft.getString("id"));

        a.admin().call("PUT", base + "/" + draft.getString("id")).json(Json.createObjectBuilder()
                .add("name", Scenario.titled("Publié")).add("published", true).build()).send();
        Http.Reply index = http.to(a.host(), "GET", draftRoute).send();
        assertThat(index.status()).as(index.body()).isEqualTo(200);
        assertThat(index.json().getString("component")).isEqualTo(draft.getString("id"));
        assertThat(index.json().getJsonArray("pages")).isEmpty();
        // participants read what admins write, sanitised; only admins write
        JsonObject page = Json.createObjectBuilder().add("slug", "faq").add("title", Scenario.titled("Questions"))
                .add("body", Json.createObjectBuilder().add("fr", "<h2>Qui ?</h2><script>alert(1)</script>")).build();
        assertProblem(http.to(a.host(), "POST", draftRoute + "/pages").json(page).send(), 401, "sign in");
        Scenario.Session member = scenario.signIn(a.host(), scenario.participant(a.host(), "lecteur"), Scenario.PASSWORD);
        assertProblem(member.call("POST", draftRoute + "/pages").json(page).send(), 403, "may not edit");
        assertProblem(a.admin().withoutCsrf("POST", draftRoute + "/pages").json(page).send(), 403, "X-CSRF-Token");
        Scenario.created(a.admin().call("POST", draftRoute + "/pages").json(page).send());
        assertProblem(a.admin().call("POST", draftRoute + "/pages").json(page).send(), 409, null);
        Http.Reply faq = http.to(a.host(), "GET", draftRoute + "/pages/faq").send();
        assertThat(faq.json().getString("body")).isEqualTo("<h2>Qui ?</h2>");
        assertThat(http.to(a.host(), "GET", draftRoute).send().json().getJsonArray("pages")).hasSize(1);
        assertThat(http.to(a.host(), "GET", "api/spaces/budget/components").send().body()).contains(draft.getString("id"));
        assertProblem(http.to(a.host(), "GET", draftRoute + "/no/such/page").send(), 404, "no page");

        assertThat(a.admin().call("DELETE", base + "/" + draft.getString("id")).send().status()).isEqualTo(204);
        assertThat(http.to(a.host(), "GET", draftRoute).send().status()).isEqualTo(404);
    }

    @Test
    void moduleUpgradeWithAMigrationUnderLoadFailsNoRequestAndRemovalKeepsData() throws Exception {
        Populated a = populate("upgrade");
        String route = "api/spaces/budget/c/" + a.componentId() + "/pages/informations";
        long pagesBundle = bundleOf("pages");

        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.List<Thread> load = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    Http.Reply reply = http.to(a.host(), "GET", route).send();
                    if (reply.status() == 200 && reply.body().contains("Horaires")) {
                        served.incrementAndGet();
                    } else {
                        failures.add(reply.status() + " " + reply.body());
                    }
                }
            });
            t.start();
            load.add(t);
        }
        Thread.sleep(1_000);
        Http.Reply upgraded = http.system("PUT", "api/system/modules/" + pagesBundle)
                .bytes(Bundles.pagesRelease("9.1.0", java.util.Map.of("db/pages/V2__summary.sql",
                        "alter table pages_pages add column summary text")), "application/java-archive").send();
        Thread.sleep(1_000);
        running.set(false);
        for (Thread t : load) {
            t.join();
        }
        assertThat(upgraded.status()).as(upgraded.body()).isEqualTo(200);
        assertThat(upgraded.json().getString("version")).isEqualTo("9.1.0");
        assertThat(upgraded.json().getString("state")).isEqualTo("ACTIVE");
        assertThat(upgraded.json().getBoolean("quarantined")).as(upgraded.body()).isFalse();
        assertThat(failures).as("requests failed during the upgrade").isEmpty();
        assertThat(served.get()).isGreaterThan(20);
        try (Connection admin = TestInfrastructure.admin(TestInfrastructure.DATABASE)) {
            assertThat(count(admin, "select count(*) from module_history_pages where success and type = 'SQL'")).isEqualTo(2);
            assertThat(count(admin, "select count(*) from information_schema.columns where table_name = 'pages_pages' "
                    + "and column_name = 'summary'")).isEqualTo(1);
        }

        // a release whose migration touches a host table is refused, and the running version stays as it was
        assertProblem(http.system("PUT", "api/system/modules/" + pagesBundle).bytes(Bundles.pagesRelease("9.2.0",
                java.util.Map.of("db/pages/V2__summary.sql", "alter table pages_pages add column summary text",
                        "db/pages/V3__steal.sql", "update participants set display_name = 'volé'")), "application/java-archive")
                .send(), 422, "the previous version kept: the migrations of module pages are refused: they touch participants");
        assertThat(http.to(a.host(), "GET", route).send().body()).contains("Horaires");
        assertThat(http.system("GET", "api/system/modules").send().body()).contains("\"version\":\"9.1.0\"");
        try (Connection admin = TestInfrastructure.admin(TestInfrastructure.DATABASE)) {
            assertThat(count(admin, "select count(*) from participants where display_name = 'volé'")).isZero();
            assertThat(count(admin, "select count(*) from module_history_pages where success and type = 'SQL'")).isEqualTo(2);
        }

        assertThat(http.system("DELETE", "api/system/modules/" + pagesBundle).send().status()).isEqualTo(204);
        try {
            assertProblem(http.to(a.host(), "GET", route).send(), 503, "not available");
            assertThat(a.admin().call("GET", "api/admin/spaces/" + a.spaceId() + "/components").send().body())
                    .contains(a.componentId());
        } finally {
            // the previous release comes back: its data is still there, the newer migration is simply ahead of it
            Http.Reply reinstalled = http.system("POST", "api/system/modules").bytes(Bundles.pages(), "application/java-archive").send();
            assertThat(reinstalled.status()).as(reinstalled.body()).isEqualTo(201);
        }
        assertThat(http.to(a.host(), "GET", route).send().body()).contains("Horaires");
        assertProblem(http.system("DELETE", "api/system/modules/0").send(), 404, null);
    }

    @Test
    void aModuleThatKeepsFailingIsQuarantinedAndOthersKeepServing() {
        Populated a = populate("faulty");
        Http.Reply installed = http.system("POST", "api/system/modules").bytes(Bundles.faultyModule("faulty"), "application/java-archive").send();
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
        long bundle = installed.json().getJsonNumber("bundleId").longValue();
        try {
            JsonObject component = Scenario.created(a.admin().call("POST", "api/admin/spaces/" + a.spaceId() + "/components")
                    .json(Json.createObjectBuilder().add("module", "faulty").add("name", Scenario.titled("Fautif"))
                            .add("published", true).build()).send());
            String faultyRoute = "api/spaces/budget/c/" + component.getString("id");
            // anonymous failures, however many, and one signed-in caller's alone never switch a module off for everyone
            for (int i = 0; i < 12; i++) {
                assertProblem(http.to(a.host(), "GET", faultyRoute).send(), 503, "failed to answer");
            }
            for (int i = 0; i < 4; i++) {
                assertProblem(a.admin().call("GET", faultyRoute).send(), 503, "failed to answer");
            }
            assertThat(moduleEntry(bundle).getBoolean("quarantined")).isFalse();
            // a fifth failure in a row, to a second signed-in caller, does
            Scenario.Session member = scenario.signIn(a.host(), scenario.participant(a.host(), "second"), Scenario.PASSWORD);
            assertProblem(member.call("GET", faultyRoute).send(), 503, "failed to answer");
            assertProblem(http.to(a.host(), "GET", faultyRoute).send(), 503, "not available");
            JsonObject listed = moduleEntry(bundle);
            assertThat(listed.getBoolean("quarantined")).isTrue();
            assertThat(listed.getString("error")).contains("quarantined after 5 failed answers in a row to 2 signed-in callers")
                    .contains("index is broken");
            // the other modules and the host keep serving
            assertThat(http.to(a.host(), "GET", "api/spaces/budget/c/" + a.componentId()).send().status()).isEqualTo(200);

            Http.Reply restored = http.system("POST", "api/system/modules/" + bundle + "/restore").send();
            assertThat(restored.json().getBoolean("quarantined")).as(restored.body()).isFalse();
            assertProblem(http.to(a.host(), "GET", faultyRoute).send(), 503, "failed to answer");
        } finally {
            assertThat(http.system("DELETE", "api/system/modules/" + bundle).send().status()).isEqualTo(204);
        }
    }

    @Test
    void aModuleRunsItsJobsThroughTheDurableQueueAndLogsItsActions() throws Exception {
        Populated a = populate("jobs");
        Http.Reply installed = http.system("POST", "api/system/modules").bytes(Bundles.template(), "application/java-archive").send();
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
        long bundle = installed.json().getJsonNumber("bundleId").longValue();
        try {
            a.admin().call("POST", "api/admin/spaces/" + a.spaceId() + "/phases/" + a.phaseId() + "/activate").send();
            JsonObject component = Scenario.created(a.admin().call("POST", "api/admin/spaces/" + a.spaceId() + "/components")
                    .json(Json.createObjectBuilder().add("module", "template").add("name", Scenario.titled("Idées"))
                            .add("published", true).add("phaseSettings", Json.createObjectBuilder().add(a.phaseId(),
                                    Json.createObjectBuilder().add("creation_enabled", true))).build()).send());
            String route = "api/spaces/budget/c/" + component.getString("id");
            Scenario.Session member = scenario.signIn(a.host(), scenario.participant(a.host(), "auteur"), Scenario.PASSWORD);
            Scenario.created(member.call("POST", route + "/items").json(Json.createObjectBuilder()
                    .add("body", "Des fontaines dans chaque quartier").build()).send());
            // the module queued a job; the server's durable queue runs it in the background
            long deadline = System.currentTimeMillis() + 15_000;
            String items = "";
            while (System.currentTimeMillis() < deadline && !items.contains("\"words\":5")) {
                Thread.sleep(200);
                items = http.to(a.host(), "GET", route).send().body();
            }
            assertThat(items).contains("\"words\":5");
            // the action, written with the item, is in the organisation's log, for its admins only
            assertThat(a.admin().call("GET", "api/admin/action-log?module=template").send().body())
                    .contains("\"action\":\"create\"").contains("\"resourceType\":\"item\"");
            assertProblem(member.call("GET", "api/admin/action-log").send(), 403, null);
        } finally {
            assertThat(http.system("DELETE", "api/system/modules/" + bundle + "?purge=true").send().status()).isEqualTo(200);
        }
    }

    @Test
    void purgingAModuleDropsItsTablesAndComponentsInEveryOrganisation() throws Exception {
        Populated a = populate("purge-a");
        Populated b = populate("purge-b");
        Http.Reply purged = http.system("DELETE", "api/system/modules/" + bundleOf("pages") + "?purge=true").send();
        try {
            assertThat(purged.status()).as(purged.body()).isEqualTo(200);
            assertThat(purged.json().getJsonArray("droppedTables").getString(0)).isEqualTo("pages_pages");
            assertThat(purged.json().getInt("deletedComponents")).isGreaterThanOrEqualTo(2);
            try (Connection admin = TestInfrastructure.admin(TestInfrastructure.DATABASE)) {
                assertThat(count(admin, "select count(*) from pg_tables where tablename in ('pages_pages', 'module_history_pages')")).isZero();
                assertThat(count(admin, "select count(*) from components where module_key = 'pages'")).isZero();
                assertThat(count(admin, "select count(*) from audit_events where action = 'module.purged'")).isPositive();
            }
            assertThat(a.admin().call("GET", "api/admin/spaces/" + a.spaceId() + "/components").send().body())
                    .doesNotContain(a.componentId());
            assertThat(http.to(b.host(), "GET", "api/spaces/budget/c/" + b.componentId()).send().status()).isEqualTo(404);
        } finally {
            Http.Reply reinstalled = http.system("POST", "api/system/modules").bytes(Bundles.pages(), "application/java-archive").send();
            assertThat(reinstalled.status()).as(reinstalled.body()).isEqualTo(201);
        }
        // a fresh install starts from an empty table
        Populated c = populate("purge-c");
        assertThat(http.to(c.host(), "GET", "api/spaces/budget/c/" + c.componentId()).send().json().getJsonArray("pages")).hasSize(1);
    }

    private long bundleOf(String moduleKey) {
        return http.system("GET", "api/system/modules").send().json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(m -> moduleKey.equals(m.getString("module", "")))
                .findFirst().orElseThrow().getJsonNumber("bundleId").longValue();
    }

    private JsonObject moduleEntry(long bundleId) {
        return http.system("GET", "api/system/modules").send().json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getJsonNumber("bundleId").longValue() == bundleId)
                .findFirst().orElseThrow();
    }

    @Test
    void everyEndpointRefusesAnotherOrganisationsObjects() {
        Populated a = populate("iso-a");
        Populated b = populate("iso-b");
        // each organisation's own footer template shows on its pages only
        assertThat(http.to(a.host(), "GET", "processes").header("Accept", "text/html").send().body())
                .contains("<p>iso-a</p>").doesNotContain("iso-b");
        Scenario.created(b.admin().call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "assembly")
                .add("slug", "only-b").add("title", Scenario.titled("Seulement B")).add("published", true).build()).send());
        for (String path : List.of("api/spaces/only-b", "api/spaces/only-b/phases", "api/spaces/only-b/categories")) {
            assertThat(http.to(b.host(), "GET", path).send().status()).isEqualTo(200);
            assertProblem(http.to(a.host(), "GET", path).send(), 404, "only-b");
        }
        assertThat(http.to(a.host(), "GET", "api/spaces").send().body()).doesNotContain("only-b").doesNotContain(b.spaceId());
        // maps: each organisation's scopes' outlines and tile server are its own
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[4.8,45.7],[4.9,45.7],[4.9,45.8],[4.8,45.8],[4.8,45.7]]]}";
        assertThat(a.admin().call("PUT", "api/admin/scopes/" + a.scopeId() + "/outline").raw(square, "application/json").send().status())
                .isEqualTo(204);
        assertProblem(a.admin().call("PUT", "api/admin/scopes/" + b.scopeId() + "/outline").raw(square, "application/json").send(), 404, null);
        assertProblem(a.admin().call("PUT", "api/admin/scopes/" + a.scopeId() + "/outline").raw("{\"type\":\"Point\",\"coordinates\":[4.8,45.7]}",
                "application/json").send(), 400, "Polygon");
        assertThat(http.to(a.host(), "GET", "map/outlines.geojson").send().body()).contains("campus-nord").contains("45.8");
        assertThat(http.to(b.host(), "GET", "map/outlines.geojson").send().body()).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
        JsonObject settings = a.admin().call("GET", "api/admin/organisation").send().json();
        assertThat(a.admin().call("PUT", "api/admin/organisation").json(Json.createObjectBuilder(settings)
                .add("mapTiles", "https://{s}.tiles.example.org/{z}/{x}/{y}.png").add("mapAttribution", "© Example").build()).send().status())
                .isEqualTo(200);
        assertThat(http.to(a.host(), "GET", "processes").header("Accept", "text/html").send().header("Content-Security-Policy"))
                .contains("img-src 'self' data: https://*.tiles.example.org;");
        assertThat(http.to(b.host(), "GET", "processes").header("Accept", "text/html").send().header("Content-Security-Policy"))
                .doesNotContain("tiles.example.org");
        assertProblem(a.admin().call("PUT", "api/admin/organisation").json(Json.createObjectBuilder(settings).add("name", "Renamed")
                .add("mapTiles", "http://tiles.example.org/{z}/{x}/{y}.png").add("mapAttribution", "x").build()).send(), 400, "https");
        assertThat(a.admin().call("GET", "api/admin/organisation").send().json().getString("name")).isEqualTo(settings.getString("name"));
        // the search page finds each organisation's own space and page, never the other's
        assertThat(http.to(b.host(), "GET", "search?q=seulement").header("Accept", "text/html").send().body()).contains("href=\"/assemblies/only-b\"");
        assertThat(http.to(a.host(), "GET", "search?q=seulement").header("Accept", "text/html").send().body()).doesNotContain("only-b");
        assertThat(http.to(a.host(), "GET", "search?q=horaires").header("Accept", "text/html").send().body())
                .contains("/c/" + a.componentId() + "/pages/informations").doesNotContain(b.componentId());
        assertThat(http.to(a.host(), "GET", "api/scopes").send().body()).doesNotContain(b.scopeId());
        // B's own admin reads B's objects first, so that no cache can answer A's requests
        assertThat(b.admin().call("GET", "api/spaces/budget/phases").send().status()).isEqualTo(200);
        assertThat(b.admin().call("GET", "api/admin/spaces").send().body()).contains(b.spaceId());

        String followedByB = b.admin().call("GET", "api/admin/federation/subscriptions").send().body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(http.to(b.host(), "GET", "api/federated/" + followedByB).send().status()).isEqualTo(200);
        List<Http.Request> crossTenant = List.of(
                a.admin().call("GET", "api/federated/" + followedByB),
                a.admin().call("DELETE", "api/admin/federation/subscriptions/" + followedByB),
                a.admin().call("POST", "api/federated/replies").json(Json.createObjectBuilder()
                        .add("object", "http://peer.example/objects/" + b.organisation().getString("id")).add("body", "intrusion").build()),
                a.admin().call("POST", "api/federated/supports").json(Json.createObjectBuilder()
                        .add("object", "http://peer.example/objects/" + b.organisation().getString("id")).build()),
                a.admin().call("PUT", "api/admin/spaces/" + b.spaceId()).json(Json.createObjectBuilder()
                        .add("slug", "stolen").add("title", Scenario.titled("x")).build()),
                a.admin().call("DELETE", "api/admin/spaces/" + b.spaceId()),
                a.admin().call("PUT", "api/admin/spaces/" + b.spaceId() + "/publication").json(Json.createObjectBuilder()
                        .add("published", false).build()),
                a.admin().call("PUT", "api/admin/scopes/" + b.scopeId() + "/outline").raw(square, "application/json"),
                a.admin().call("POST", "api/admin/spaces/" + b.spaceId() + "/phases").json(Json.createObjectBuilder()
                        .add("title", Scenario.titled("x")).build()),
                a.admin().call("PUT", "api/admin/spaces/" + b.spaceId() + "/phases/" + b.phaseId()).json(Json.createObjectBuilder()
                        .add("title", Scenario.titled("x")).build()),
                a.admin().call("PUT", "api/admin/spaces/" + a.spaceId() + "/phases/" + b.phaseId()).json(Json.createObjectBuilder()
                        .add("title", Scenario.titled("x")).build()),
                a.admin().call("POST", "api/admin/spaces/" + b.spaceId() + "/phases/" + b.phaseId() + "/activate"),
                a.admin().call("DELETE", "api/admin/spaces/" + b.spaceId() + "/phases/" + b.phaseId()),
                a.admin().call("POST", "api/admin/spaces/" + b.spaceId() + "/categories").json(Json.createObjectBuilder()
                        .add("name", Scenario.titled("x")).build()),
                a.admin().call("POST", "api/admin/spaces/" + a.spaceId() + "/categories").json(Json.createObjectBuilder()
                        .add("name", Scenario.titled("x")).add("parentId", b.categoryId()).build()),
                a.admin().call("PUT", "api/admin/spaces/" + b.spaceId() + "/categories/" + b.categoryId()).json(Json.createObjectBuilder()
                        .add("name", Scenario.titled("x")).build()),
                a.admin().call("DELETE", "api/admin/spaces/" + b.spaceId() + "/categories/" + b.categoryId()),
                a.admin().call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "process")
                        .add("slug", "with-foreign-scope").add("title", Scenario.titled("x")).add("scopeId", b.scopeId()).build()),
                a.admin().call("PUT", "api/admin/scopes/" + b.scopeId()).json(Json.createObjectBuilder()
                        .add("code", "x").add("name", Scenario.titled("x")).build()),
                a.admin().call("POST", "api/admin/scopes").json(Json.createObjectBuilder()
                        .add("code", "child").add("name", Scenario.titled("x")).add("parentId", b.scopeId()).build()),
                a.admin().call("DELETE", "api/admin/scopes/" + b.scopeId()),
                a.admin().call("PUT", "api/admin/participants/" + b.participantId() + "/roles/admin"),
                a.admin().call("GET", "api/admin/spaces/" + b.spaceId() + "/components"),
                a.admin().call("POST", "api/admin/spaces/" + b.spaceId() + "/components").json(Json.createObjectBuilder()
                        .add("module", "pages").add("name", Scenario.titled("x")).build()),
                a.admin().call("PUT", "api/admin/spaces/" + b.spaceId() + "/components/" + b.componentId()).json(Json.createObjectBuilder()
                        .add("name", Scenario.titled("x")).build()),
                a.admin().call("PUT", "api/admin/spaces/" + a.spaceId() + "/components/" + b.componentId()).json(Json.createObjectBuilder()
                        .add("name", Scenario.titled("x")).build()),
                a.admin().call("DELETE", "api/admin/spaces/" + a.spaceId() + "/components/" + b.componentId()),
                a.admin().call("PUT", "api/admin/spaces/" + a.spaceId() + "/components/" + a.componentId()).json(Json.createObjectBuilder()
                        .add("name", Scenario.titled("x")).add("phaseSettings", Json.createObjectBuilder()
                                .add(b.phaseId(), Json.createObjectBuilder())).build()),
                a.admin().call("GET", "api/spaces/budget/c/" + b.componentId()),
                a.admin().call("GET", b.proposalPath()),
                a.admin().call("POST", b.proposalPath() + "/publish"),
                a.admin().call("POST", b.proposalPath() + "/answer").json(Json.createObjectBuilder().add("answerState", "rejected")
                        .add("answer", "x").build()),
                // A's own proposals component, B's proposal id: the module and the host both look in A only
                a.admin().call("GET", a.proposalBase() + "/proposals/" + b.proposalId()),
                a.admin().call("POST", a.proposalBase() + "/r/proposal/" + b.proposalId() + "/supports"),
                a.admin().call("GET", a.proposalBase() + "/r/proposal/" + b.proposalId() + "/comments"),
                a.admin().call("POST", a.proposalBase() + "/r/proposal/" + b.proposalId() + "/comments").json(Json.createObjectBuilder()
                        .add("body", "intrusion").build()),
                a.admin().call("PUT", a.proposalBase() + "/r/proposal/" + b.proposalId() + "/follow"),
                a.admin().call("POST", a.proposalBase() + "/r/proposal/" + b.proposalId() + "/reports").json(Json.createObjectBuilder()
                        .add("reason", "spam").build()),
                a.admin().call("POST", b.proposalBase() + "/r/proposal/" + b.proposalId() + "/supports"),
                a.admin().call("POST", a.proposalBase() + "/r/proposal/" + b.proposalId() + "/attachments").header("X-File-Name", "x.png")
                        .bytes(ParticipationIT.PNG, "image/png"),
                // budgets: B's budget through B's component, and B's budget id under A's own component
                a.admin().call("GET", b.budgetPath()),
                a.admin().call("GET", b.budgetPath() + "/results"),
                a.admin().call("GET", b.budgetPath() + "/export.pb"),
                a.admin().call("POST", b.budgetPath() + "/ballot").json(Json.createObjectBuilder().add("projects", Json.createArrayBuilder()).build()),
                a.admin().call("POST", b.budgetPath() + "/draft").json(Json.createObjectBuilder().add("projects", Json.createArrayBuilder()).build()),
                a.admin().call("GET", a.budgetPath().replaceAll("/budgets/.*", "") + "/budgets/" + b.budgetPath().replaceAll(".*/budgets/", "")),
                a.admin().call("POST", a.budgetPath().replaceAll("/budgets/.*", "") + "/admin/budgets/"
                        + b.budgetPath().replaceAll(".*/budgets/", "") + "/projects").json(Json.createObjectBuilder()
                        .add("title", "Intrusion").add("cost", 1).build()),
                // surveys: B's survey through B's component, and B's survey id under A's own surveys component
                a.admin().call("GET", b.surveyPath()),
                a.admin().call("GET", b.surveyPath() + "/results"),
                a.admin().call("POST", b.surveyPath() + "/answers").json(Json.createObjectBuilder().add("q", "c2").build()),
                a.admin().call("GET", b.surveyPath().replace("/surveys/", "/admin/surveys/") + "/answers.csv"),
                a.admin().call("GET", a.surveyPath().replaceAll("/surveys/.*", "") + "/surveys/" + b.surveyPath().replaceAll(".*/surveys/", "")),
                a.admin().call("GET", a.surveyPath().replaceAll("/surveys/.*", "") + "/admin/surveys/" + b.surveyPath().replaceAll(".*/surveys/", "")
                        + "/answers.json"),
                a.admin().call("POST", a.surveyPath().replaceAll("/surveys/.*", "") + "/admin/surveys/" + b.surveyPath().replaceAll(".*/surveys/", "")
                        + "/close"),
                a.admin().call("GET", "api/admin/spaces/" + b.spaceId() + "/components/" + b.componentId() + "/verifications"),
                a.admin().call("PUT", "api/admin/spaces/" + b.spaceId() + "/components/" + b.componentId() + "/verifications")
                        .json(Json.createObjectBuilder().build()),
                a.admin().call("PUT", "api/admin/spaces/" + a.spaceId() + "/components/" + b.componentId() + "/verifications")
                        .json(Json.createObjectBuilder().build()),
                // contribution analysis of B's space through A's host
                a.admin().call("POST", "api/admin/spaces/" + b.spaceId() + "/analyses"),
                a.admin().call("GET", "api/admin/spaces/" + b.spaceId() + "/analyses"),
                // who is absent: B's space through A's host, and B's campus as one of A's choices
                a.admin().call("GET", "api/admin/representativeness?space=" + b.spaceId()),
                a.admin().call("GET", "api/admin/representativeness/export.csv?space=" + b.spaceId()),
                a.admin().call("PUT", "api/admin/representativeness/references/scope").json(Json.createObjectBuilder()
                        .add(b.scopeId(), 10).build()),
                // statistics of B's space or component through A's host
                a.admin().call("GET", "api/admin/statistics?space=" + b.spaceId()),
                a.admin().call("GET", "api/admin/statistics/daily.csv?space=" + b.spaceId() + "&component=" + b.componentId()),
                // newsletters: B's by id through A's host, and an audience naming B's space
                a.admin().call("GET", "api/admin/newsletters/" + b.newsletterId()),
                a.admin().call("PUT", "api/admin/newsletters/" + b.newsletterId()).json(Json.createObjectBuilder()
                        .add("subject", Json.createObjectBuilder().add("fr", "x")).add("body", Json.createObjectBuilder().add("fr", "x"))
                        .add("audience", Json.createObjectBuilder().add("everyone", true)).build()),
                a.admin().call("GET", "api/admin/newsletters/" + b.newsletterId() + "/preview"),
                a.admin().call("POST", "api/admin/newsletters/" + b.newsletterId() + "/test").json(Json.createObjectBuilder().build()),
                a.admin().call("POST", "api/admin/newsletters/" + b.newsletterId() + "/cancel"),
                a.admin().call("POST", "api/admin/newsletters/audience").json(Json.createObjectBuilder().add("audience",
                        Json.createObjectBuilder().add("followersOf", Json.createArrayBuilder().add(b.spaceId()))).build()),
                a.admin().call("DELETE", "api/admin/participants/" + b.participantId() + "/roles/admin"));
        for (Http.Request request : crossTenant) {
            Http.Reply reply = request.send();
            assertThat(reply.status()).as(reply.body()).isIn(400, 403, 404, 422);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        // B's session means nothing on A's host, and B's admin cannot act on A through A's host
        assertThat(http.to(a.host(), "GET", "api/admin/spaces").header("Cookie", b.admin().cookie()).send().status()).isEqualTo(401);
        // a participant list never shows the other organisation's people
        assertThat(a.admin().call("GET", "api/admin/participants?limit=500").send().body()).doesNotContain(b.participantId());
        // B is intact
        assertThat(http.to(b.host(), "GET", "api/federated/" + followedByB).send().json().getJsonArray("items")).hasSize(1);
        assertThat(http.to(b.host(), "GET", "api/spaces/budget/c/" + b.componentId()).send().body()).contains(b.componentId());
        assertThat(http.to(b.host(), "GET", "api/spaces/budget/phases").send().body()).contains(b.phaseId());
        assertThat(http.to(b.host(), "GET", "api/spaces/budget/categories").send().body()).contains(b.categoryId());
        assertThat(http.to(b.host(), "GET", b.proposalBase() + "/r/proposal/" + b.proposalId() + "/supports").send().json().getInt("count"))
                .isEqualTo(1);
        assertThat(http.to(b.host(), "GET", b.proposalPath()).send().json().getString("answerState")).isEqualTo("not_answered");
        // B's attachment is served on B's host only
        String attachmentUrl = attachmentOf(b);
        assertThat(http.to(b.host(), "GET", attachmentUrl.substring(1)).send().status()).isEqualTo(200);
        assertThat(http.to(a.host(), "GET", attachmentUrl.substring(1)).send().status()).isEqualTo(404);
    }

    /**
     * The organisation on the fediverse: a peer follows its space (keys, remote actor, follower, received
     * activity, known host), its published proposal is a federated object, and it has a federation policy.
     */
    private void federated(JsonObject organisation) {
        String host = organisation.getString("primaryHost");
        String spaceActor = "http://" + host + "/actors/spaces/budget";
        try (FediversePeer peer = new FediversePeer((keyId, fresh) -> org.communa.federation.signatures.PemKeys.publicKey(
                http.to(host, "GET", "actors/spaces/budget").header("Accept", "application/activity+json").send().json()
                        .getJsonObject("publicKey").getString("publicKeyPem")))) {
            byte[] follow = Json.createObjectBuilder().add("id", peer.actorId() + "/follows/" + java.util.UUID.randomUUID()).add("type", "Follow")
                    .add("actor", peer.actorId()).add("object", spaceActor).build().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Http.Request post = http.to(host, "POST", "actors/spaces/budget/inbox").bytes(follow, "application/activity+json");
            peer.sign(org.communa.federation.signatures.SignatureScheme.DRAFT_CAVAGE, "POST",
                    java.net.URI.create("http://" + host + ":" + base.getPort() + "/actors/spaces/budget/inbox"), follow).forEach(post::header);
            assertThat(post.send().status()).isEqualTo(202);
            long deadline = System.currentTimeMillis() + 30_000;
            while (peer.inbox.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(peer.inbox).as("the Accept of the follow").isNotEmpty();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        // the policy has no admin form yet: written as the application role inside the organisation, as the server does
        try (Connection app = DriverManager.getConnection(TestInfrastructure.adminUrl(TestInfrastructure.DATABASE), "communa_it_app", "communa_app")) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("select set_config('communa.tenant_id', ?, true)")) {
                set.setString(1, organisation.getString("id"));
                set.execute();
            }
            app.createStatement().execute("insert into federation_policies (moderate_remote_comments) values (true)");
            // a followed space of another server, one of its items, and a reply sent there (InteropIT does it over HTTP)
            app.createStatement().execute("insert into federation_subscriptions (remote_actor, handle, follow_id, state) values "
                    + "('http://peer.example/actors/spaces/x', 'x@peer.example', 'http://org.example/actors/organisation#follows/1', 'accepted')");
            app.createStatement().execute("insert into federation_remote_objects (object_id, subscription_id, type, name) select "
                    + "'http://peer.example/objects/' || tenant_id, id, 'Page', 'Item' from federation_subscriptions");
            app.createStatement().execute("insert into federation_sent (activity_id, participant_id, kind, object_id, inbox) "
                    + "select 'http://org.example/notes/' || id, id, 'Note', 'http://peer.example/objects/' || tenant_id, "
                    + "'http://peer.example/inbox' from participants limit 1");
            app.createStatement().execute("insert into surveys_remote_votes (survey_id, actor, choice_id, activity_id) "
                    + "select id, 'http://peer.example/users/a', 'c1', 'http://peer.example/votes/1' from surveys_surveys");
            // where a participant's files for a survey go (the surveys kit test uploads through it)
            app.createStatement().execute("insert into surveys_responses (id, survey_id, participant_id) "
                    + "select gen_random_uuid(), s.id, p.id from surveys_surveys s cross join participants p limit 1");
            app.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void applicationRoleSeesNoRowOfAnotherTenantInAnyTable() throws SQLException {
        Populated a = populate("sql-a");
        Populated b = populate("sql-b");
        try (Connection app = DriverManager.getConnection(TestInfrastructure.adminUrl(TestInfrastructure.DATABASE),
                "communa_it_app", "communa_app")) {
            List<String> tables = tenantTables(app);
            assertThat(tables).contains("participants", "sessions", "spaces", "phases", "scopes", "categories", "components", "pages_pages", "action_log", "organisation_images",
                    "organisation_templates", "proposals_proposals", "resource_stats", "supports", "comments", "comment_votes", "follows",
                    "notifications", "reports", "search_documents", "attachments", "budgets_budgets", "budgets_projects",
                    "verification_methods", "budgets_ballots", "budgets_choices", "budgets_single_choice", "budgets_results", "budgets_timeline", "budgets_drafts",
                    "meetings_meetings", "meetings_registrations", "meetings_calendar_tokens", "resource_links", "organisation_census", "participant_verifications", "surveys_surveys", "surveys_answers", "surveys_respondents", "surveys_remote_votes", "surveys_responses",
                    "newsletters", "newsletter_deliveries", "newsletter_images", "statistics_daily", "statistics_participants", "statistics_state",
                    "demographic_attributes", "population_references", "participant_demographics", "contribution_analyses",
                    "email_tokens", "participant_roles", "organisation_hosts", "federation_keys", "federation_remote_actors",
                    "federation_followers", "federation_received", "federation_objects", "federation_hosts", "federation_policies",
                    "federation_subscriptions", "federation_remote_objects", "federation_sent");
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("select set_config('communa.tenant_id', ?, true)")) {
                set.setString(1, a.id());
                set.execute();
            }
            for (String table : tables) {
                assertThat(count(app, "select count(*) from " + table + " where tenant_id <> '" + a.id() + "'"))
                        .as("rows of other tenants visible in " + table).isZero();
                assertThat(count(app, "select count(*) from " + table)).as("own rows in " + table).isPositive();
            }
            assertThat(count(app, "select count(*) from organisations")).isEqualTo(1);
            app.rollback();
            // without a tenant, nothing at all
            for (String table : tables) {
                assertThat(count(app, "select count(*) from " + table)).as("rows without tenant in " + table).isZero();
            }
            app.rollback();
            // and writing a row for another tenant is refused by the database itself
            try (PreparedStatement set = app.prepareStatement("select set_config('communa.tenant_id', ?, true)")) {
                set.setString(1, a.id());
                set.execute();
            }
            try (PreparedStatement forge = app.prepareStatement(
                    "insert into scopes (id, tenant_id, code, name) values (gen_random_uuid(), ?::uuid, 'forged', '{}')")) {
                forge.setString(1, b.id());
                forge.executeUpdate();
                throw new AssertionError("the database accepted a row for another tenant");
            } catch (SQLException expected) {
                assertThat(expected.getMessage()).contains("row-level security");
            }
            app.rollback();
            // the instance's own settings are shared: an organisation reads them, never changes them
            assertThat(count(app, "select count(*) from instance_settings")).isEqualTo(1);
            try (PreparedStatement rename = app.prepareStatement("update instance_settings set name = 'taken over'")) {
                rename.executeUpdate();
                throw new AssertionError("the application role changed the instance's settings");
            } catch (SQLException expected) {
                assertThat(expected.getMessage()).contains("permission denied");
            }
            app.rollback();
        }
    }

    static List<String> tenantTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'
                 where n.nspname = 'public' and c.relkind = 'r' order by 1""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * An organisation full of every shipped module's data, exported, imported on a fresh instance (its own
     * database): the listed reads (OrganisationSnapshot) answer the same JSON there, ids, times and hosts aside;
     * deleted there, no row of it remains in any table, the modules' included.
     */
    @Test
    void everyModulesDataSurvivesAnExportAndImportOnAFreshInstance() throws Exception {
        Populated a = populate("aller");
        String memberEmail = Json.createReader(new java.io.StringReader(a.admin().call("GET", "api/admin/participants?limit=500").send().body()))
                .readArray().getValuesAs(JsonObject.class).stream().filter(p -> p.getString("id").equals(a.participantId())).findFirst().orElseThrow()
                .getString("email");
        Scenario.Session member = scenario.signIn(a.host(), memberEmail, Scenario.PASSWORD);
        java.util.Map<String, String> before = OrganisationSnapshot.of(http, a.host(), member, a.spaceSlug());
        assertThat(before.keySet()).anyMatch(k -> k.startsWith("proposals ")).anyMatch(k -> k.startsWith("budgets "))
                .anyMatch(k -> k.startsWith("meetings ")).anyMatch(k -> k.startsWith("surveys ")).anyMatch(k -> k.startsWith("pages "));
        byte[] archive = http.system("GET", "api/system/organisations/" + a.id() + "/export").send().raw().body();

        try (CommunaInstance fresh = CommunaInstance.start("r")) {
            Http there = fresh.http();
            String host = Scenario.unique("retour") + ".test";
            Http.Reply imported = there.system("POST", "api/system/organisations/import?slug=" + host.replace(".test", "")
                    + "&primaryHost=" + host).bytes(archive, "application/zip").send();
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            Scenario.Session memberThere = new Scenario(there).signIn(host, memberEmail, Scenario.PASSWORD);
            java.util.Map<String, String> after = OrganisationSnapshot.of(there, host, memberThere, a.spaceSlug());
            assertThat(after.keySet()).isEqualTo(before.keySet());
            List<String> differ = before.keySet().stream().filter(read -> !before.get(read).equals(after.get(read)))
                    .map(read -> read + ":\n  before " + before.get(read) + "\n  after  " + after.get(read)).toList();
            assertThat(differ).as("reads that differ after the round trip").isEmpty();
            assertThat(before).hasSizeGreaterThan(15);

            String id = imported.json().getString("id");
            assertThat(there.system("DELETE", "api/system/organisations/" + id).send().status()).isEqualTo(200);
            try (Connection admin = TestInfrastructure.admin(CommunaInstance.database("r"))) {
                List<String> tables = tenantTables(admin);
                assertThat(tables).contains("proposals_proposals", "budgets_ballots", "meetings_registrations", "surveys_answers",
                        "pages_pages", "participant_verifications");
                for (String table : tables) {
                    assertThat(count(admin, "select count(*) from " + table + " where tenant_id = '" + id + "'")).as("rows left in " + table)
                            .isZero();
                }
            }
        }
    }

    @Test
    void exportImportRoundTripThenDeletion() throws Exception {
        Populated a = populate("export");
        Populated other = populate("bystander");
        String participantEmail = scenario.participant(a.host(), "voyageur");

        Http.Reply export = http.system("GET", "api/system/organisations/" + a.id() + "/export").send();
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/zip");
        byte[] archive = export.raw().body();
        String everything = unzipAll(archive);
        assertThat(everything).contains(a.spaceId()).contains(a.phaseId()).contains(participantEmail)
                .contains("pages_pages").contains("Informations pratiques");
        assertThat(everything).doesNotContain(other.id()).doesNotContain(other.spaceId()).doesNotContain(other.participantId());

        String newSlug = Scenario.unique("imported");
        Http.Reply imported = http.system("POST", "api/system/organisations/import?slug=" + newSlug + "&primaryHost=" + newSlug + ".test")
                .bytes(archive, "application/zip").send();
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String newHost = newSlug + ".test";
        String phases = http.to(newHost, "GET", "api/spaces/budget/phases").send().body();
        assertThat(phases).contains("Idées").doesNotContain(a.phaseId());
        String importedComponent = http.to(newHost, "GET", "api/spaces/budget/components").send().body()
                .replaceAll("(?s)^.*?\"id\":\"([0-9a-f-]{36})\".*$", "$1");
        assertThat(importedComponent).isNotEqualTo(a.componentId());
        assertThat(http.to(newHost, "GET", "api/spaces/budget/c/" + importedComponent + "/pages/informations").send().body())
                .contains("Horaires");
        // the participant's account came along, password included
        scenario.signIn(newHost, participantEmail, Scenario.PASSWORD);
        // and the attachment's file, renamed with its row's new id, served again from the copy
        assertThat(attachmentEntries(archive)).hasSize(1);
        try (Connection admin = TestInfrastructure.admin(TestInfrastructure.DATABASE)) {
            String copy;
            try (var rs = admin.createStatement().executeQuery("select id from attachments where tenant_id = '"
                    + imported.json().getString("id") + "'")) {
                assertThat(rs.next()).isTrue();
                copy = rs.getString(1);
            }
            Http.Reply served = http.to(newHost, "GET", "attachments/" + copy).send();
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.raw().body()).isEqualTo(ParticipationIT.PNG);
        }
        // the original is untouched
        assertThat(http.to(a.host(), "GET", "api/spaces/budget/phases").send().body()).contains(a.phaseId());

        assertProblem(http.system("POST", "api/system/organisations/import").bytes("not a zip".getBytes(StandardCharsets.UTF_8),
                "application/zip").send(), 400, "manifest");
        // a file entry that would land outside the organisation's directory, or name no row, is refused before anything is written
        for (String hostile : java.util.List.of("files/attachments/../../../etc/cron.d/x", "files/attachments/" + java.util.UUID.randomUUID())) {
            assertProblem(http.system("POST", "api/system/organisations/import?slug=" + Scenario.unique("hostile") + "&primaryHost="
                    + Scenario.unique("hostile") + ".test").bytes(withEntry(archive, hostile), "application/zip").send(), 400, hostile);
        }
        assertProblem(http.system("POST", "api/system/organisations/import?slug=" + Scenario.unique("dup") + "&primaryHost=" + a.host())
                .bytes(archive, "application/zip").send(), 409, null);

        Http.Reply deleted = http.system("DELETE", "api/system/organisations/" + a.id()).send();
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().getJsonObject("rows").getInt("spaces")).isEqualTo(1);
        assertThat(http.to(a.host(), "GET", "api/spaces").send().status()).isEqualTo(404);
        // its attachments' files went with it; the bystander's are still there
        java.nio.file.Path files = java.nio.file.Path.of("target/it-files");
        assertThat(files.resolve(a.id())).doesNotExist();
        assertThat(files.resolve(other.id())).isDirectory();
        try (Connection admin = TestInfrastructure.admin(TestInfrastructure.DATABASE)) {
            for (String table : tenantTables(admin)) {
                assertThat(count(admin, "select count(*) from " + table + " where tenant_id = '" + a.id() + "'"))
                        .as("rows left in " + table).isZero();
            }
            assertThat(count(admin, "select count(*) from organisations where id = '" + a.id() + "'")).isZero();
            assertThat(count(admin, "select count(*) from audit_events where action = 'organisation.delete' and subject_organisation_id = '"
                    + a.id() + "' and actor = 'system-admin:bootstrap'")).isEqualTo(1);
            assertThat(count(admin, "select count(*) from audit_events where action = 'organisation.export' and subject_organisation_id = '"
                    + a.id() + "'")).isEqualTo(1);
        }
        // the bystander and the imported copy still work
        assertThat(http.to(other.host(), "GET", "api/spaces/budget").send().status()).isEqualTo(200);
        assertThat(http.to(newHost, "GET", "api/spaces/budget").send().status()).isEqualTo(200);
        assertProblem(http.system("DELETE", "api/system/organisations/" + a.id()).send(), 404, null);
    }

    /** The archive with one more entry. */
    private static byte[] withEntry(byte[] archive, String name) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive));
                var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry(name));
            out.write(ParticipationIT.PNG);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The names of the archive's file entries (files/...). */
    private static java.util.List<String> attachmentEntries(byte[] archive) throws java.io.IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("files/attachments/")) {
                    names.add(entry.getName());
                }
            }
        }
        return names;
    }

    private static String unzipAll(byte[] archive) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                all.append(entry.getName()).append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
