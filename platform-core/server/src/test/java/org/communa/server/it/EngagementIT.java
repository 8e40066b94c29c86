package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communa.server.it.PlatformIT.assertProblem;
import static org.communa.server.it.Scenario.created;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Engagement (issue 9) on an instance run as operators run it, which the tests may stop and start again:
 * newsletters reach the audience chosen among those who consented, through the real mail server
 * (GreenMail), at the configured rate, with a one-click unsubscribe, and a restart in the middle of a
 * sending neither repeats nor forgets anyone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngagementIT {

    /** 10 e-mails a second, passes of 2 seconds: slow enough to stop the server in the middle of a sending. */
    static final Map<String, String> SETTINGS = Map.of("COMMUNA_NEWSLETTERS_RATE_PER_SECOND", "10",
            "COMMUNA_NEWSLETTERS_BATCH_SECONDS", "2", "COMMUNA_STATISTICS_EVERY_SECONDS", "2");
    static CommunaInstance instance;

    /** The organisation each test starts from, made by {@link #newOrganisation}. */
    Http http;
    Scenario scenario;
    JsonObject org;
    String host;
    Scenario.Session admin;

    @BeforeAll
    static void startInstance() throws Exception {
        instance = CommunaInstance.start("e", SETTINGS);
    }

    /** A new organisation on the instance, with a signed-in admin. */
    private void newOrganisation(String prefix) {
        http = instance.http();
        scenario = new Scenario(http);
        org = scenario.organisation(prefix);
        host = org.getString("primaryHost");
        admin = scenario.admin(org);
    }

    @AfterAll
    static void stopInstance() {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    @Order(1)
    void aNewsletterReachesItsAudienceAmongThoseWhoConsentedAndUnsubscribesInOneClick() throws Exception {
        newOrganisation("news");
        String component = Scenario.consultation(admin, "budget", "Budget de l'eau");
        String space = http.to(host, "GET", "api/spaces/budget").send().json().getString("id");

        Scenario.Session alice = participant(scenario, host, "alice", true);
        assertThat(alice.call("PUT", "api/spaces/budget/follow").send().status()).isBetween(200, 204);
        Scenario.Session bob = participant(scenario, host, "bob", true);
        created(bob.call("POST", "api/spaces/budget/c/" + component + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Des fontaines dans les parcs").add("body", "Boire de l'eau fraîche en été.").build()).send());
        Scenario.Session carol = participant(scenario, host, "carol", false);
        assertThat(carol.call("PUT", "api/spaces/budget/follow").send().status()).isBetween(200, 204);

        // bad input: clear refusals, nothing written
        assertProblem(admin.call("POST", "api/admin/newsletters").json(letter("Vide", "<p>rien</p>",
                Json.createObjectBuilder().build())).send(), 422, "audience is empty");
        assertProblem(admin.call("POST", "api/admin/newsletters").json(letter("Ailleurs", "<p>rien</p>", Json.createObjectBuilder()
                .add("followersOf", Json.createArrayBuilder().add(UUID.randomUUID().toString())).build())).send(), 422, "does not have");
        assertProblem(admin.call("POST", "api/admin/newsletters").json(Json.createObjectBuilder()
                .add("subject", Json.createObjectBuilder().add("fr", "Sujet").add("en", "Subject"))
                .add("body", Json.createObjectBuilder().add("fr", "<p>texte</p>"))
                .add("audience", Json.createObjectBuilder().add("everyone", true)).build()).send(), 422, "each language");
        assertProblem(alice.call("POST", "api/admin/newsletters").json(letter("Moi", "<p>x</p>", everyone())).send(), 403, null);
        assertThat(admin.call("GET", "api/admin/newsletters").send().json().getJsonArray("items")).isEmpty();

        // audiences: only those who consented (carol follows but did not consent; the admin did not consent)
        assertThat(count(admin, Json.createObjectBuilder().add("followersOf", Json.createArrayBuilder().add(space)).build())).isEqualTo(1);
        assertThat(count(admin, Json.createObjectBuilder().add("components", Json.createArrayBuilder().add(component)).build())).isEqualTo(1);
        assertThat(count(admin, everyone())).isEqualTo(2);

        JsonObject draft = created(admin.call("POST", "api/admin/newsletters").json(Json.createObjectBuilder()
                .add("subject", Json.createObjectBuilder().add("fr", "Lettre des abonnés").add("en", "Followers' letter"))
                .add("body", Json.createObjectBuilder()
                        .add("fr", "<h2>Bonjour</h2><p>Venez <a href=\"/processes/budget\">voter</a>.</p><script>alert(1)</script>")
                        .add("en", "<p>Hello</p>"))
                .add("audience", Json.createObjectBuilder().add("followersOf", Json.createArrayBuilder().add(space))).build()).send());
        String id = draft.getString("id");
        assertThat(draft.getJsonObject("body").getString("fr")).contains("<h2>Bonjour</h2>").doesNotContain("script");
        assertThat(draft.getInt("recipients")).isEqualTo(1);
        assertThat(draft.getString("state")).isEqualTo("draft");

        Http.Reply preview = admin.call("GET", "api/admin/newsletters/" + id + "/preview?language=en").send();
        assertThat(preview.contentType()).startsWith("text/html");
        assertThat(preview.body()).contains("Hello").contains("Unsubscribe");
        assertThat(preview.header("Content-Security-Policy")).contains("sandbox");

        // a test to the admin, marked as such
        Http.Reply test = admin.call("POST", "api/admin/newsletters/" + id + "/test").json(Json.createObjectBuilder()
                .add("language", "fr").build()).send();
        assertThat(test.status()).as(test.body()).isEqualTo(202);
        Mailbox.await(test.json().getString("sentTo"), "[Test] Lettre des abonnés");

        // sent: alice only, once, with RFC 8058 headers, absolute links, no script, and a text twin
        assertThat(admin.call("POST", "api/admin/newsletters/" + id + "/send").json(Json.createObjectBuilder().build()).send().status())
                .isEqualTo(202);
        JsonObject sent = awaitState(admin, id, "sent");
        assertThat(sent.getJsonObject("progress").getInt("sent")).isEqualTo(1);
        assertThat(sent.getJsonObject("progress").getInt("total")).isEqualTo(1);
        MimeMessage received = Mailbox.await(email(alice), "Lettre des abonnés");
        String unsubscribe = received.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).matches("<https?://" + host.replace(".", "\\.") + "(:\\d+)?/newsletter/unsubscribe/[0-9a-f-]{36}>");
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(part(received, "text/html")).contains("<h2>Bonjour</h2>").contains("://" + host).contains("/processes/budget\"")
                .doesNotContain("<script");
        assertThat(part(received, "text/plain")).contains("Bonjour").contains("Venez voter.").contains("/newsletter/unsubscribe/");
        assertThat(received(List.of(email(carol), email(bob)), "Lettre des abonnés")).as("only the audience receives it").isEmpty();
        assertProblem(admin.call("PUT", "api/admin/newsletters/" + id).json(letter("Changée", "<p>x</p>", everyone())).send(), 409,
                "scheduled or sent");

        // one click: opening the link changes nothing, posting to it (what mail programs do) unsubscribes, without a session
        String path = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)).getPath().substring(1);
        assertThat(http.to(host, "GET", path).send().body()).contains("Me désabonner");
        assertThat(alice.call("GET", "api/account").send().json().getString("newsletterConsentAt")).isNotEqualTo("null");
        Http.Reply oneClick = http.to(host, "POST", path).raw("List-Unsubscribe=One-Click", "application/x-www-form-urlencoded").send();
        assertThat(oneClick.status()).as(oneClick.body()).isEqualTo(200);
        assertThat(alice.call("GET", "api/account").send().json().getString("newsletterConsentAt")).isEqualTo("null");
        assertThat(http.to(host, "POST", path).raw("List-Unsubscribe=One-Click", "application/x-www-form-urlencoded").send().status())
                .isEqualTo(200);
        assertThat(http.to(host, "POST", "newsletter/unsubscribe/" + UUID.randomUUID()).raw("List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded").send().status()).isEqualTo(404);
        assertThat(count(admin, everyone())).as("alice left the audience").isEqualTo(1);

        // images uploaded for newsletters: served at their address of the organisation's host only
        Http.Reply image = admin.call("POST", "api/admin/newsletters/images").bytes(ParticipationIT.PNG, "image/png").send();
        assertThat(image.status()).as(image.body()).isEqualTo(201);
        String imageUrl = image.json().getString("url");
        assertThat(http.to(host, "GET", imageUrl.substring(1)).send().contentType()).startsWith("image/png");
        assertProblem(admin.call("POST", "api/admin/newsletters/images").bytes("<svg/>".getBytes(), "image/png").send(), 400, "PNG, JPEG or WebP");
        assertProblem(alice.call("POST", "api/admin/newsletters/images").bytes(ParticipationIT.PNG, "image/png").send(), 403, null);

        // later: scheduled in the organisation's future, back to draft; a past time is refused
        String later = created(admin.call("POST", "api/admin/newsletters").json(letter("Plus tard", "<p>demain</p>", everyone())).send())
                .getString("id");
        assertProblem(admin.call("POST", "api/admin/newsletters/" + later + "/send").json(Json.createObjectBuilder()
                .add("at", OffsetDateTime.now().minusDays(1).toString()).build()).send(), 422, "past");
        JsonObject scheduled = admin.call("POST", "api/admin/newsletters/" + later + "/send").json(Json.createObjectBuilder()
                .add("at", OffsetDateTime.now().plusDays(1).toString()).build()).send().json();
        assertThat(scheduled.getString("state")).isEqualTo("scheduled");
        assertThat(admin.call("POST", "api/admin/newsletters/" + later + "/cancel").send().json().getString("state")).isEqualTo("draft");

        // another organisation sees none of it, and alice's link means nothing there
        JsonObject other = scenario.organisation("other");
        Scenario.Session otherAdmin = scenario.admin(other);
        assertProblem(otherAdmin.call("GET", "api/admin/newsletters/" + id).send(), 404, null);
        assertProblem(otherAdmin.call("POST", "api/admin/newsletters/" + id + "/send").json(Json.createObjectBuilder().build()).send(),
                404, null);
        assertThat(otherAdmin.call("GET", "api/admin/newsletters").send().json().getJsonArray("items")).isEmpty();
        assertThat(http.to(other.getString("primaryHost"), "POST", path).raw("List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded").send().status()).isEqualTo(404);
        assertThat(http.to(other.getString("primaryHost"), "GET", imageUrl.substring(1)).send().status()).isEqualTo(404);

        // the admin pages
        assertThat(admin.call("GET", "admin/newsletters/new").send().body()).contains("name=\"subject.fr\"");
        Http.Reply list = admin.call("GET", "admin/newsletters").send();
        assertThat(list.body()).contains("Lettre des abonnés").contains("Envoyée");
        assertThat(admin.call("GET", "admin/newsletters/" + id).send().body()).contains("Envoyés").contains("1");
    }

    @Test
    @Order(2)
    void statisticsCountEachFigurePerDaySpaceComponentAndScopeAndTheEffectOfANewsletter() throws Exception {
        newOrganisation("stats");
        String north = created(admin.call("POST", "api/admin/scopes").json(Json.createObjectBuilder().add("code", "nord")
                .add("name", Scenario.titled("Nord")).build()).send()).getString("id");
        String northA = created(admin.call("POST", "api/admin/scopes").json(Json.createObjectBuilder().add("code", "nord-a")
                .add("name", Scenario.titled("Nord A")).add("parentId", north).build()).send()).getString("id");
        String space = created(admin.call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "process")
                .add("slug", "budget").add("title", Scenario.titled("Budget")).add("scopeId", northA).add("published", true).build())
                .send()).getString("id");
        String phase = created(admin.call("POST", "api/admin/spaces/" + space + "/phases").json(Json.createObjectBuilder()
                .add("title", Scenario.titled("Idées")).build()).send()).getString("id");
        admin.call("POST", "api/admin/spaces/" + space + "/phases/" + phase + "/activate").send();
        String component = created(admin.call("POST", "api/admin/spaces/" + space + "/components").json(Json.createObjectBuilder()
                .add("module", "proposals").add("name", Scenario.titled("Idées")).add("published", true)
                .add("phaseSettings", Json.createObjectBuilder().add(phase, Json.createObjectBuilder()
                        .add("creation_enabled", true).add("supports_enabled", true))).build()).send()).getString("id");
        String base = "api/spaces/budget/c/" + component;

        // by hand: 2 proposals published, 3 supports given and 1 withdrawn, 2 comments; 3 contributors; 4 sign-ups
        Scenario.Session author = participant(scenario, host, "autrice", true);
        Scenario.Session second = participant(scenario, host, "second", false);
        Scenario.Session third = participant(scenario, host, "troisieme", false);
        String first = publish(author, base, "Des fontaines dans les parcs du nord");
        String other = publish(author, base, "Des bancs à l'ombre près de la gare");
        assertThat(second.call("POST", base + "/r/proposal/" + first + "/supports").send().status()).isEqualTo(200);
        assertThat(third.call("POST", base + "/r/proposal/" + first + "/supports").send().status()).isEqualTo(200);
        assertThat(third.call("POST", base + "/r/proposal/" + other + "/supports").send().status()).isEqualTo(200);
        assertThat(third.call("DELETE", base + "/r/proposal/" + other + "/supports").send().status()).isEqualTo(200);
        for (String words : List.of("Oui, surtout près des écoles.", "Et des points d'eau pour les chiens.")) {
            created(second.call("POST", base + "/r/proposal/" + first + "/comments").json(Json.createObjectBuilder()
                    .add("body", words).build()).send());
        }
        assertThat(admin.call("POST", "api/admin/statistics/recount").send().status()).isEqualTo(204);

        JsonObject organisation = admin.call("GET", "api/admin/statistics").send().json();
        JsonObject totals = organisation.getJsonObject("totals");
        assertThat(totals.getInt("proposals")).isEqualTo(2);
        assertThat(totals.getInt("supports")).isEqualTo(2);
        assertThat(totals.getInt("comments")).isEqualTo(2);
        assertThat(totals.getInt("sign_ups")).isEqualTo(4);
        assertThat(totals.getInt("ballots")).isZero();
        assertThat(organisation.getInt("participantsAllTime")).isEqualTo(3);
        assertThat(organisation.getJsonArray("days")).hasSize(30);
        JsonObject today = organisation.getJsonArray("days").getJsonObject(29);
        assertThat(today.getInt("participants")).as(today.toString()).isEqualTo(3);
        assertThat(today.getInt("proposals")).isEqualTo(2);
        // the space's scope and the scope above it both count the space's figures; other scopes nothing
        JsonObject northFigures = scope(organisation, "nord");
        assertThat(northFigures.getInt("proposals")).isEqualTo(2);
        assertThat(scope(organisation, "nord-a").getInt("supports")).isEqualTo(2);

        JsonObject ofSpace = admin.call("GET", "api/admin/statistics?space=" + space).send().json();
        assertThat(ofSpace.getString("level")).isEqualTo("space");
        assertThat(ofSpace.getJsonObject("totals").getInt("comments")).isEqualTo(2);
        assertThat(ofSpace.getJsonObject("totals").containsKey("sign_ups")).isFalse();
        assertThat(ofSpace.getInt("participantsAllTime")).isEqualTo(3);
        JsonObject ofComponent = admin.call("GET", "api/admin/statistics?space=" + space + "&component=" + component).send().json();
        assertThat(ofComponent.getJsonObject("totals").getInt("supports")).isEqualTo(2);
        assertThat(ofComponent.getInt("participantsAllTime")).isEqualTo(3);

        Http.Reply csv = admin.call("GET", "api/admin/statistics/daily.csv").send();
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().replace("\"", "").split("\\r?\\n");
        assertThat(lines).hasSize(31);
        assertThat(lines[0]).startsWith("day,participants,sign_ups,supports,comments").contains("proposals");
        assertThat(lines[30]).startsWith(today.getString("day") + ",3,4,2,2");

        // bad input and other organisations
        assertProblem(admin.call("GET", "api/admin/statistics?from=2026-13-01").send(), 400, "must be a day");
        assertProblem(admin.call("GET", "api/admin/statistics?component=" + component).send(), 400, "with its space");
        assertProblem(admin.call("GET", "api/admin/statistics?space=" + UUID.randomUUID()).send(), 404, null);
        assertProblem(admin.call("GET", "api/admin/statistics?from=2020-01-01&to=2026-01-01").send(), 400, "at most");
        assertProblem(author.call("GET", "api/admin/statistics").send(), 403, null);
        Scenario.Session stranger = scenario.admin(scenario.organisation("stranger"));
        assertProblem(stranger.call("GET", "api/admin/statistics?space=" + space).send(), 404, null);
        assertThat(stranger.call("GET", "api/admin/statistics").send().json().getInt("participantsAllTime")).isZero();

        // kept current without asking: the job recounts within seconds
        assertThat(second.call("POST", base + "/r/proposal/" + other + "/supports").send().status()).isEqualTo(200);
        awaitFigure(admin, "supports", 3);

        // a newsletter, then one more contribution: 7 contributions by 3 people before, 1 by 1 after
        String letter = created(admin.call("POST", "api/admin/newsletters").json(letter("Votez !", "<p>Le vote est ouvert.</p>",
                everyone())).send()).getString("id");
        admin.call("POST", "api/admin/newsletters/" + letter + "/send").json(Json.createObjectBuilder().build()).send();
        awaitState(admin, letter, "sent");
        created(author.call("POST", base + "/r/proposal/" + other + "/comments").json(Json.createObjectBuilder()
                .add("body", "Merci pour vos soutiens !").build()).send());
        assertThat(admin.call("POST", "api/admin/statistics/recount").send().status()).isEqualTo(204);
        JsonObject effect = admin.call("GET", "api/admin/statistics").send().json().getJsonArray("newsletters").getJsonObject(0)
                .getJsonObject("effect");
        assertThat(effect.getJsonObject("before24").getInt("contributions")).as(effect.toString()).isEqualTo(8);
        assertThat(effect.getJsonObject("before24").getInt("participants")).isEqualTo(3);
        assertThat(effect.getJsonObject("after24").getInt("contributions")).isEqualTo(1);
        assertThat(effect.getJsonObject("after24").getInt("participants")).isEqualTo(1);
        assertThat(effect.getBoolean("complete")).isFalse();

        Http.Reply page = admin.call("GET", "admin/statistics?space=" + space).send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("Soutiens").contains("Propositions");
        assertThat(admin.call("GET", "admin/statistics").send().body()).contains("Votez !").contains("8 contributions, 3 personnes");
    }

    @Test
    @Order(3)
    void whoIsAbsentComparesContributorsWithThePopulationWithoutEverShowingASmallGroup() throws Exception {
        newOrganisation("absent");
        UUID tenant = UUID.fromString(org.getString("id"));
        Map<String, String> campus = new java.util.LinkedHashMap<>();
        for (String code : List.of("nord", "sud", "est", "ouest")) {
            campus.put(code, created(admin.call("POST", "api/admin/scopes").json(Json.createObjectBuilder().add("code", code)
                    .add("name", Scenario.titled("Campus " + code)).build()).send()).getString("id"));
        }
        String component = Scenario.consultation(admin, "budget", "Budget étudiant");
        String space = http.to(host, "GET", "api/spaces/budget").send().json().getString("id");

        // the organisation's attribute and its reference population; bad figures refused
        Http.Reply ages = admin.call("PUT", "api/admin/representativeness/attributes").json(Json.createObjectBuilder().add("items",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "age").add("name", Scenario.titled("Âge"))
                        .add("choices", Json.createArrayBuilder().add(choice("18-24")).add(choice("25-64")).add(choice("65+"))))).build()).send();
        assertThat(ages.status()).as(ages.body()).isEqualTo(200);
        assertProblem(admin.call("PUT", "api/admin/representativeness/attributes").json(Json.createObjectBuilder().add("items",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "scope").add("name", Scenario.titled("x"))
                        .add("choices", Json.createArrayBuilder().add(choice("a")).add(choice("b"))))).build()).send(), 400, "other than");
        assertThat(admin.call("PUT", "api/admin/representativeness/references/scope").json(Json.createObjectBuilder()
                .add(campus.get("nord"), 3000).add(campus.get("sud"), 5000).add(campus.get("est"), 1000).add(campus.get("ouest"), 1000)
                .build()).send().status()).isEqualTo(204);
        assertThat(admin.call("PUT", "api/admin/representativeness/references/age").json(Json.createObjectBuilder()
                .add("18-24", 2000).add("25-64", 6000).add("65+", 2000).build()).send().status()).isEqualTo(204);
        assertProblem(admin.call("PUT", "api/admin/representativeness/references/age").json(Json.createObjectBuilder()
                .add("99", 5).build()).send(), 422, "no choice 99");
        assertProblem(admin.call("PUT", "api/admin/representativeness/references/age").json(Json.createObjectBuilder()
                .add("65+", -5).build()).send(), 400, "whole number");
        assertProblem(admin.call("PUT", "api/admin/representativeness/references/height").json(Json.createObjectBuilder().build()).send(),
                404, "no attribute height");
        assertProblem(admin.call("PUT", "api/admin/representativeness/minimum-group-size").json(Json.createObjectBuilder()
                .add("size", 3).build()).send(), 400, "between 5");

        // 47 contributors who declared, seeded: north 20, south 14, east 1, west 12; aged 18-24: 25, 65+: 4, the rest silent
        seedContributors(tenant, component, campus, Map.of("nord", 20, "sud", 14, "est", 1, "ouest", 12));
        // and one through the site: consents, declares the north campus, publishes a proposal
        Scenario.Session student = participant(scenario, host, "etudiante", false);
        assertProblem(student.call("PUT", "api/account/demographics").json(Json.createObjectBuilder()
                .add("values", Json.createObjectBuilder().add("scope", campus.get("nord"))).build()).send(), 400, "consent is required");
        assertProblem(student.call("PUT", "api/account/demographics").json(Json.createObjectBuilder().add("consent", true)
                .add("values", Json.createObjectBuilder().add("age", "99")).build()).send(), 422, "no choice 99");
        JsonObject declared = student.call("PUT", "api/account/demographics").json(Json.createObjectBuilder().add("consent", true)
                .add("values", Json.createObjectBuilder().add("scope", campus.get("nord"))).build()).send().json();
        assertThat(declared.getJsonObject("values").getString("scope")).isEqualTo(campus.get("nord"));
        assertThat(declared.getString("consentedAt")).isNotBlank();
        publish(student, "api/spaces/budget/c/" + component, "Des salles ouvertes le soir au campus nord");

        JsonObject dashboard = admin.call("GET", "api/admin/representativeness").send().json();
        assertThat(dashboard.getInt("minimumGroupSize")).isEqualTo(10);
        assertThat(dashboard.getInt("contributors")).isEqualTo(48);
        JsonObject byScope = attribute(dashboard, "scope");
        JsonObject north = row(byScope, campus.get("nord"));
        assertThat(north.getInt("participants")).isEqualTo(21);
        assertThat(north.getJsonNumber("participantShare").doubleValue()).isEqualTo(0.438);
        assertThat(north.getJsonNumber("ratio").doubleValue()).isEqualTo(1.458);
        assertThat(north.getString("gap")).isEqualTo("over");
        JsonObject south = row(byScope, campus.get("sud"));
        assertThat(south.getInt("participants")).isEqualTo(14);
        assertThat(south.getString("gap")).isEqualTo("under");
        // east has 1: hidden; west (12, the smallest other) hidden with it, or 48 - 21 - 14 - 12 would give east away
        for (String hiddenCampus : List.of("est", "ouest")) {
            JsonObject hidden = row(byScope, campus.get(hiddenCampus));
            assertThat(hidden.getBoolean("hidden")).as(hiddenCampus).isTrue();
            assertThat(hidden.isNull("participants")).isTrue();
            assertThat(hidden.isNull("ratio")).isTrue();
        }
        assertThat(byScope.getInt("notDeclared")).isZero();
        // ages: 65+ (4) hidden, and with it the 19 who did not say (the smallest other): no shares at all then
        JsonObject byAge = attribute(dashboard, "age");
        assertThat(row(byAge, "18-24").getInt("participants")).isEqualTo(25);
        assertThat(row(byAge, "18-24").isNull("participantShare")).isTrue();
        assertThat(row(byAge, "65+").getBoolean("hidden")).isTrue();
        assertThat(byAge.isNull("notDeclared")).isTrue();
        assertThat(byAge.isNull("declared")).isTrue();
        assertThat(dashboard.toString()).doesNotContain("\"participants\":1,").doesNotContain("\"participants\":4,")
                .doesNotContain("\"participants\":12,").doesNotContain("\"notDeclared\":19");

        // the same rule in the export and the page
        String csv = admin.call("GET", "api/admin/representativeness/export.csv").send().body().replace("\"", "");
        assertThat(csv.lines().filter(l -> l.startsWith("scope," + campus.get("est") + ",")).findFirst().orElseThrow()).contains(",< 10,");
        assertThat(csv.lines().filter(l -> l.startsWith("scope," + campus.get("ouest") + ",")).findFirst().orElseThrow()).contains(",< 10,");
        assertThat(csv.lines().filter(l -> l.startsWith("age,65+,")).findFirst().orElseThrow()).contains(",< 10,");
        assertThat(csv).doesNotContain(",12,").doesNotContain(",19,");
        String page = admin.call("GET", "admin/representativeness").send().body();
        assertThat(page).contains("moins de 10").contains("sous-représenté").contains("sur-représenté");

        // per space; elsewhere nobody; other organisations and participants see nothing
        assertThat(admin.call("GET", "api/admin/representativeness?space=" + space).send().json().getInt("contributors")).isEqualTo(48);
        assertProblem(student.call("GET", "api/admin/representativeness").send(), 403, null);
        Scenario.Session stranger = scenario.admin(scenario.organisation("absent-other"));
        created(stranger.call("POST", "api/admin/scopes").json(Json.createObjectBuilder().add("code", "nord")
                .add("name", Scenario.titled("Nord")).build()).send());
        assertProblem(stranger.call("GET", "api/admin/representativeness?space=" + space).send(), 404, null);
        assertProblem(stranger.call("PUT", "api/admin/representativeness/references/scope").json(Json.createObjectBuilder()
                .add(campus.get("nord"), 5).build()).send(), 422, "no choice");

        // consent withdrawn: the declarations are gone, and north counts one less
        assertThat(student.call("PUT", "api/account/demographics").json(Json.createObjectBuilder().add("consent", false).build()).send()
                .json().getJsonObject("values")).isEmpty();
        assertThat(row(attribute(admin.call("GET", "api/admin/representativeness").send().json(), "scope"), campus.get("nord"))
                .getInt("participants")).isEqualTo(20);
    }

    @Test
    @Order(4)
    void contributionsAreGroupedIntoThemesThatParticipantsSeeOnlyOnceAnAdminValidatedAndPublishedThem() throws Exception {
        newOrganisation("themes");
        String component = Scenario.consultation(admin, "budget", "Idées pour le quartier");
        String space = http.to(host, "GET", "api/spaces/budget").send().json().getString("id");
        String base = "api/spaces/budget/c/" + component;
        Scenario.Session author = participant(scenario, host, "habitante", false);
        List<String> proposals = new ArrayList<>();
        for (String text : List.of(
                "Créer une piste cyclable protégée sur l'avenue de la gare.", "Des pistes cyclables continues jusqu'au campus.",
                "Un parking à vélos sécurisé près de la gare.", "Un atelier de réparation de vélos pour les cyclistes.",
                "Planter des arbres dans la cour de l'école.", "Un jardin partagé avec des arbres fruitiers dans le parc.",
                "Des fleurs et un potager dans le jardin du quartier.", "Planter des arbres pour les oiseaux du parc.",
                "Des repas bio à la cantine du lycée.", "Un repas végétarien chaque jour à la cantine.",
                "Des produits locaux dans les repas de la cantine.", "Composter les restes des repas de la cantine.")) {
            proposals.add(publish(author, base, text));
        }
        created(author.call("POST", base + "/r/proposal/" + proposals.get(0) + "/comments").json(Json.createObjectBuilder()
                .add("body", "Créer des pistes cyclables protégées sur l'avenue de la gare !").build()).send());

        Scenario.Session neighbour = participant(scenario, host, "voisin", false);
        assertProblem(neighbour.call("POST", "api/admin/spaces/" + space + "/analyses").send(), 403, null);
        Http.Reply run = admin.call("POST", "api/admin/spaces/" + space + "/analyses").send();
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        JsonObject analysis = run.json();
        String id = analysis.getString("id");
        assertThat(analysis.getBoolean("machineMade")).isTrue();
        assertThat(analysis.isNull("validatedAt")).isTrue();
        assertThat(analysis.getInt("contributions")).isEqualTo(13);
        jakarta.json.JsonArray themes = analysis.getJsonObject("result").getJsonArray("themes");
        assertThat(themes.size()).as(themes.toString()).isBetween(3, 4);
        assertThat(themes.toString()).contains("cantine").contains("arbres");
        assertThat(analysis.getJsonObject("result").getJsonArray("nearDuplicates").toString())
                .contains("Créer une piste cyclable protégée").contains("#comment-");

        // nothing for participants until validated and published
        assertProblem(http.to(host, "GET", "api/spaces/budget/themes").send(), 404, "no published themes");
        assertProblem(admin.call("POST", "api/admin/spaces/" + space + "/analyses/" + id + "/publish").send(), 409, "validated");
        assertProblem(admin.call("PUT", "api/admin/spaces/" + space + "/analyses/" + id + "/labels").json(Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder().add("Un seul")).build()).send(), 400, "each of the");
        jakarta.json.JsonArrayBuilder named = Json.createArrayBuilder();
        for (int i = 0; i < themes.size(); i++) {
            named.add("Thème relu " + (i + 1));
        }
        jakarta.json.JsonArray labels = named.build();
        assertThat(admin.call("PUT", "api/admin/spaces/" + space + "/analyses/" + id + "/labels").json(Json.createObjectBuilder()
                .add("labels", labels).build()).send().status()).isEqualTo(200);
        assertThat(admin.call("POST", "api/admin/spaces/" + space + "/analyses/" + id + "/validate").send().json().isNull("validatedAt")).isFalse();
        assertThat(admin.call("POST", "api/admin/spaces/" + space + "/analyses/" + id + "/publish").send().json().isNull("publishedAt")).isFalse();
        JsonObject shown = http.to(host, "GET", "api/spaces/budget/themes").send().json();
        assertThat(shown.getBoolean("machineMade")).isTrue();
        assertThat(shown.getJsonArray("themes").getJsonObject(0).getString("label")).isEqualTo("Thème relu 1");
        assertThat(http.to(host, "GET", "processes/budget").send().body()).contains("Thème relu 1").contains("fait par la machine");
        String csv = admin.call("GET", "api/admin/spaces/" + space + "/analyses/" + id + "/export.csv").send().body();
        assertThat(csv).contains("Thème relu 1").contains("cantine");
        assertThat(admin.call("GET", "admin/spaces/" + space + "/analysis").send().body()).contains("Fait par la machine");

        // renamed again: withdrawn until validated anew
        assertThat(admin.call("PUT", "api/admin/spaces/" + space + "/analyses/" + id + "/labels").json(Json.createObjectBuilder()
                .add("labels", labels).build()).send().json().isNull("publishedAt")).isTrue();
        assertProblem(http.to(host, "GET", "api/spaces/budget/themes").send(), 404, null);

        // an optional language model of the organisation's choosing (off by default) drafts summaries, marked as such and
        // withdrawn until validated; here a server on loopback answers as an OpenAI-compatible API does
        assertThat(admin.call("GET", "api/admin/language-model").send().json().getBoolean("connected")).isFalse();
        assertProblem(admin.call("POST", "api/admin/spaces/" + space + "/analyses/" + id + "/summaries").json(Json.createObjectBuilder()
                .build()).send(), 409, "no language model");
        java.util.concurrent.atomic.AtomicReference<String> asked = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<String> key = new java.util.concurrent.atomic.AtomicReference<>();
        com.sun.net.httpserver.HttpServer model = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        int themeCount = themes.size();
        model.createContext("/v1/chat/completions", exchange -> {
            asked.set(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            key.set(exchange.getRequestHeaders().getFirst("Authorization"));
            StringBuilder content = new StringBuilder();
            for (int i = 1; i <= themeCount; i++) {
                content.append(i).append(". Les participants demandent surtout ceci (thème ").append(i).append(").\n");
            }
            byte[] answer = Json.createObjectBuilder().add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content.toString()))))
                    .build().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        model.start();
        try {
            assertProblem(admin.call("PUT", "api/admin/language-model").json(Json.createObjectBuilder().add("endpoint", "ftp://x")
                    .add("model", "m").build()).send(), 400, "http(s)");
            JsonObject connected = admin.call("PUT", "api/admin/language-model").json(Json.createObjectBuilder()
                    .add("endpoint", "http://127.0.0.1:" + model.getAddress().getPort() + "/v1").add("model", "modele-essai")
                    .add("apiKey", "cle-secrete").build()).send().json();
            assertThat(connected.getBoolean("connected")).isTrue();
            assertThat(connected.toString()).doesNotContain("cle-secrete");
            JsonObject drafted = admin.call("POST", "api/admin/spaces/" + space + "/analyses/" + id + "/summaries")
                    .json(Json.createObjectBuilder().add("language", "fr").build()).send().json();
            assertThat(drafted.getJsonObject("result").getString("summariesDraftedBy")).isEqualTo("modele-essai");
            assertThat(drafted.getJsonObject("result").getJsonArray("themes").getJsonObject(0).getString("summary"))
                    .isEqualTo("Les participants demandent surtout ceci (thème 1).");
            assertThat(drafted.isNull("validatedAt")).isTrue();
            assertThat(key.get()).isEqualTo("Bearer cle-secrete");
            assertThat(asked.get()).contains("\"model\":\"modele-essai\"").contains("Thème relu 1");
            assertProblem(http.to(host, "GET", "api/spaces/budget/themes").send(), 404, null);
            admin.call("POST", "api/admin/spaces/" + space + "/analyses/" + id + "/validate").send();
            admin.call("POST", "api/admin/spaces/" + space + "/analyses/" + id + "/publish").send();
            JsonObject withSummaries = http.to(host, "GET", "api/spaces/budget/themes").send().json();
            assertThat(withSummaries.getString("summariesDraftedBy")).isEqualTo("modele-essai");
            assertThat(http.to(host, "GET", "processes/budget").send().body()).contains("modèle de langue (modele-essai)")
                    .contains("Les participants demandent surtout ceci");
        } finally {
            model.stop(0);
        }
        assertThat(admin.call("DELETE", "api/admin/language-model").send().status()).isEqualTo(204);
        assertThat(admin.call("GET", "api/admin/language-model").send().json().getBoolean("connected")).isFalse();

        Scenario.Session stranger = scenario.admin(scenario.organisation("themes-other"));
        assertProblem(stranger.call("GET", "api/admin/spaces/" + space + "/analyses/" + id).send(), 404, null);
        assertProblem(stranger.call("POST", "api/admin/spaces/" + space + "/analyses").send(), 404, null);
    }

    private static JsonObject choice(String code) {
        return Json.createObjectBuilder().add("code", code).add("name", Scenario.titled(code)).build();
    }

    private static JsonObject attribute(JsonObject dashboard, String key) {
        return dashboard.getJsonArray("attributes").stream().map(JsonObject.class::cast).filter(a -> a.getString("key").equals(key))
                .findFirst().orElseThrow();
    }

    private static JsonObject row(JsonObject attribute, String value) {
        return attribute.getJsonArray("rows").stream().map(JsonObject.class::cast).filter(r -> r.getString("value").equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + value + " in " + attribute));
    }

    /**
     * Contributors written straight to the database as the platform records them (a support in the component),
     * each with their declared campus; the first 25 declare 18-24, the next 4 declare 65+.
     */
    private static void seedContributors(UUID tenant, String component, Map<String, String> campus, Map<String, Integer> perCampus)
            throws Exception {
        try (Connection c = TestInfrastructure.admin(CommunaInstance.database("e"))) {
            int n = 0;
            for (Map.Entry<String, Integer> entry : perCampus.entrySet()) {
                for (int i = 0; i < entry.getValue(); i++, n++) {
                    UUID person = UUID.randomUUID();
                    try (PreparedStatement p = c.prepareStatement("insert into participants (id, tenant_id, email, email_normalised, "
                            + "display_name, locale, confirmed_at) values (?, ?, ?, ?, 'Étudiant', 'fr', now())");
                            PreparedStatement a = c.prepareStatement("insert into action_log (tenant_id, participant_id, module_key, "
                                    + "component_id, action, resource_type, resource_id) values (?, ?, 'proposals', ?, 'support', 'proposal', 'x')");
                            PreparedStatement d = c.prepareStatement("insert into participant_demographics (tenant_id, participant_id, "
                                    + "attribute, value) values (?, ?, ?, ?)")) {
                        String email = "etudiant" + n + "-" + person.toString().substring(0, 6) + "@example.org";
                        p.setObject(1, person);
                        p.setObject(2, tenant);
                        p.setString(3, email);
                        p.setString(4, email);
                        p.executeUpdate();
                        a.setObject(1, tenant);
                        a.setObject(2, person);
                        a.setObject(3, UUID.fromString(component));
                        a.executeUpdate();
                        d.setObject(1, tenant);
                        d.setObject(2, person);
                        d.setString(3, "scope");
                        d.setString(4, campus.get(entry.getKey()));
                        d.executeUpdate();
                        if (n < 29) {
                            d.setString(3, "age");
                            d.setString(4, n < 25 ? "18-24" : "65+");
                            d.executeUpdate();
                        }
                    }
                }
            }
        }
    }

    private static JsonObject scope(JsonObject report, String code) {
        return report.getJsonArray("scopes").stream().map(JsonObject.class::cast).filter(s -> s.getString("code").equals(code))
                .findFirst().orElseThrow().getJsonObject("values");
    }

    private static void awaitFigure(Scenario.Session admin, String figure, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        int value;
        do {
            value = admin.call("GET", "api/admin/statistics").send().json().getJsonObject("totals").getInt(figure);
            if (value == expected) {
                return;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(figure + " stayed at " + value + " instead of " + expected);
    }

    static String publish(Scenario.Session author, String base, String title) {
        String id = created(author.call("POST", base + "/proposals").json(Json.createObjectBuilder().add("title", title)
                .add("body", "Une proposition écrite pour le test des statistiques.").build()).send()).getString("id");
        assertThat(author.call("POST", base + "/proposals/" + id + "/publish").send().status()).isEqualTo(200);
        return id;
    }

    @Test
    @Order(9)
    void aThrottledSendingStoppedByARestartResumesWithoutSendingAnyoneTwiceOrForgettingAnyone() throws Exception {
        newOrganisation("restart");
        int recipients = 40;
        List<String> addresses = seedConsentingParticipants("e", UUID.fromString(org.getString("id")), recipients);
        String id = created(admin.call("POST", "api/admin/newsletters").json(letter("Relance", "<p>Il reste une semaine.</p>",
                everyone())).send()).getString("id");
        assertThat(admin.call("POST", "api/admin/newsletters/" + id + "/send").json(Json.createObjectBuilder().build()).send().status())
                .isEqualTo(202);

        // at 10 a second, the first 12 take more than a second: the rate holds
        Instant first = awaitReceived(addresses, 1);
        Instant twelfth = awaitReceived(addresses, 12);
        assertThat(Duration.between(first, twelfth)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));

        instance.close(); // SIGTERM in the middle of the sending
        int beforeRestart = received(addresses).size();
        assertThat(beforeRestart).as("stopped in the middle").isBetween(12, recipients - 1);
        instance = CommunaInstance.start("e", SETTINGS);
        // sessions live in the database: the admin is still signed in on the restarted server
        admin = new Scenario.Session(instance.http(), host, admin.cookie(), admin.csrf(), admin.setCookie());

        JsonObject done = awaitState(admin, id, "sent");
        assertThat(done.getJsonObject("progress").getInt("sent")).as(done.toString()).isEqualTo(recipients);
        assertThat(done.getJsonObject("progress").getInt("unknown")).isZero();
        List<String> got = received(addresses);
        assertThat(got).as("each recipient exactly once").hasSize(recipients).doesNotHaveDuplicates();
        assertThat(got).containsExactlyInAnyOrderElementsOf(addresses);
    }

    /** Participants who confirmed their address and consented, written straight into instance INSTANCE's database. */
    static List<String> seedConsentingParticipants(String instance, UUID organisation, int n) throws Exception {
        List<String> addresses = new ArrayList<>();
        try (Connection c = TestInfrastructure.admin(CommunaInstance.database(instance));
                PreparedStatement insert = c.prepareStatement("insert into participants (id, tenant_id, email, email_normalised, "
                        + "display_name, locale, confirmed_at, newsletter_consent_at) values (?, ?, ?, ?, ?, 'fr', now(), now())")) {
            for (int i = 0; i < n; i++) {
                String email = "lecteur" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, organisation);
                insert.setString(3, email);
                insert.setString(4, email);
                insert.setString(5, "Lecteur " + i);
                insert.addBatch();
                addresses.add(email);
            }
            insert.executeBatch();
        }
        return addresses;
    }

    static List<String> received(List<String> addresses) throws Exception {
        return received(addresses, "");
    }

    /** The addresses among these that received an e-mail whose subject contains this, once per e-mail. */
    private static List<String> received(List<String> addresses, String subject) throws Exception {
        List<String> got = new ArrayList<>();
        for (MimeMessage message : TestInfrastructure.mail.getReceivedMessages()) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            if (addresses.contains(to) && message.getSubject().contains(subject)) {
                got.add(to);
            }
        }
        return got;
    }

    static Instant awaitReceived(List<String> addresses, int n) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (received(addresses).size() < n) {
            assertThat(Instant.now()).as("%d e-mails within a minute", n).isBefore(deadline);
            Thread.sleep(20);
        }
        return Instant.now();
    }

    private static Scenario.Session participant(Scenario scenario, String host, String name, boolean consents) {
        Scenario.Session session = scenario.signIn(host, scenario.participant(host, name), Scenario.PASSWORD);
        Http.Reply contact = session.call("PUT", "api/account/contact").json(Json.createObjectBuilder()
                .add("emailNotifications", "daily").add("newsletter", consents).build()).send();
        assertThat(contact.status()).as(contact.body()).isEqualTo(204);
        return session;
    }

    private static String email(Scenario.Session session) {
        return session.call("GET", "api/account").send().json().getString("email");
    }

    private static long count(Scenario.Session admin, JsonObject audience) {
        Http.Reply reply = admin.call("POST", "api/admin/newsletters/audience").json(Json.createObjectBuilder()
                .add("audience", audience).build()).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("recipients").longValue();
    }

    static JsonObject everyone() {
        return Json.createObjectBuilder().add("everyone", true).build();
    }

    static JsonObject letter(String subject, String body, JsonObject audience) {
        return Json.createObjectBuilder().add("subject", Json.createObjectBuilder().add("fr", subject))
                .add("body", Json.createObjectBuilder().add("fr", body)).add("audience", audience).build();
    }

    static JsonObject awaitState(Scenario.Session admin, String id, String state) throws InterruptedException {
        return await(admin, id, n -> state.equals(n.getString("state")), "state " + state);
    }

    private static JsonObject await(Scenario.Session admin, String id, Predicate<JsonObject> done, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        JsonObject newsletter;
        do {
            newsletter = admin.call("GET", "api/admin/newsletters/" + id).send().json();
            if (done.test(newsletter)) {
                return newsletter;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("newsletter " + id + " did not reach " + what + " within 90 s: " + newsletter);
    }

    /** The first part of this type in a (multipart) message. */
    static String part(MimeMessage message, String type) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
            }
        }
        throw new AssertionError("no " + type + " part in " + message.getSubject());
    }
}
