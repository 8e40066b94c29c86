package org.communa.modules.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communa.module.api.federation.FederatedObject;
import org.communa.module.api.federation.RemoteReply;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.testkit.ModuleTestKit;
import org.communa.module.testkit.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Surveys through the SDK test kit, on a real PostgreSQL: building, answering once, anonymity, results, exports, the poll, isolation. */
class SurveysModuleTest {

    static ModuleTestKit kit;
    static final UUID ADMIN = UUID.randomUUID();

    @BeforeAll
    static void start() {
        kit = ModuleTestKit.start(new SurveysModule());
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static String quoted(String text) {
        return Json.createValue(text).toString();
    }

    /** A survey with this questionnaire, opened; returns its id. */
    static String open(TestOrganisation town, String questionnaire, String options) {
        ModuleResponse created = kit.request(town, "POST", "admin/surveys").as(ADMIN, "admin")
                .body("{\"title\": \"Vivre sur nos campus\", \"questionnaire\": " + questionnaire + options + "}").send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = json(created.body()).getString("id");
        ModuleResponse opened = kit.request(town, "POST", "admin/surveys/" + id + "/open").as(ADMIN, "admin").send();
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return id;
    }

    static ModuleResponse answer(TestOrganisation town, String survey, UUID participant, String answers) {
        return kit.request(town, "POST", "surveys/" + survey + "/answers").as(participant).body(answers).send();
    }

    @Test
    void adminsBuildSurveysStepByStepAndIncoherentOnesAreRefused() {
        TestOrganisation town = kit.organisation("build-surveys");
        UUID participant = kit.participant(town, "Camille");
        assertThat(kit.request(town, "POST", "admin/surveys").as(participant).body("{\"title\": \"Enquête\"}").send().status()).isEqualTo(403);
        ModuleResponse badType = kit.request(town, "POST", "admin/surveys").as(ADMIN, "admin")
                .body("{\"title\": \"Enquête\", \"questionnaire\": {\"questions\": [{\"id\": \"a\", \"type\": \"essay\", \"text\": \"x\"}]}}").send();
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body()).contains("questions[0].type: unknown type essay");
        assertThat(kit.request(town, "POST", "admin/surveys").as(ADMIN, "admin").body("{\"title\": \"Enquête\", \"anonymous\": true, \"editable\": true}")
                .send().body()).contains("anonymous answers cannot be changed later");
        assertThat(kit.request(town, "POST", "admin/surveys").as(ADMIN, "admin").body("[1, 2]").send().status()).isEqualTo(400);

        String id = json(kit.request(town, "POST", "admin/surveys").as(ADMIN, "admin").body("{\"title\": \"Transports\"}").send().body()).getString("id");
        assertThat(kit.request(town, "POST", "admin/surveys/" + id + "/open").as(ADMIN, "admin").send().body()).contains("add at least one question");
        assertThat(kit.request(town, "GET", "surveys/" + id).as(participant).send().status()).as("drafts are the admins'").isEqualTo(404);
        assertThat(kit.request(town, "GET", "").as(participant).send().body()).doesNotContain(id);

        ModuleResponse first = kit.request(town, "POST", "admin/surveys/" + id + "/questions").as(ADMIN, "admin").asPage()
                .form(Map.of("type", "single_choice", "text", "Vous venez", "choices", "À pied\nÀ vélo\nEn bus", "required", "on", "sectionTitle", "Trajets"))
                .send();
        assertThat(first.status()).isEqualTo(303);
        kit.request(town, "POST", "admin/surveys/" + id + "/questions").as(ADMIN, "admin").asPage()
                .form(Map.of("type", "short_text", "text", "Quel arrêt ?", "showIf", "q1:c3", "section", "s1")).send();
        kit.request(town, "POST", "admin/surveys/" + id + "/questions").as(ADMIN, "admin")
                .body("{\"type\": \"scale\", \"text\": \"Note\", \"min\": 0, \"max\": 10}").send();
        JsonObject built = json(kit.request(town, "GET", "surveys/" + id).as(ADMIN, "admin").send().body()).getJsonObject("questionnaire");
        assertThat(built.getJsonArray("sections").getJsonObject(0).getString("title")).isEqualTo("Trajets");
        assertThat(built.toString()).contains("\"id\":\"q1\"").contains("\"showIf\":{\"question\":\"q1\",\"anyOf\":[\"c3\"]}").contains("\"max\":10");

        ModuleResponse orphan = kit.request(town, "POST", "admin/surveys/" + id + "/questions/q1/delete").as(ADMIN, "admin").send();
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.body()).contains("earlier question");
        ModuleResponse refusedPage = kit.request(town, "POST", "admin/surveys/" + id + "/questions").as(ADMIN, "admin").asPage()
                .form(Map.of("type", "single_choice", "text", "Un seul choix", "choices", "Oui")).send();
        assertThat(refusedPage.status()).isEqualTo(400);
        assertThat(refusedPage.template()).isEqualTo("builder");
        assertThat(kit.request(town, "POST", "admin/surveys/" + id + "/questions/q3/up").as(ADMIN, "admin").send().status()).isEqualTo(200);
        assertThat(json(kit.request(town, "POST", "admin/surveys/" + id + "/questions/q2/delete").as(ADMIN, "admin").send().body())
                .getJsonObject("questionnaire").toString()).doesNotContain("q2").containsSubsequence("\"q1\"", "\"q3\"");
        assertThat(kit.request(town, "POST", "admin/surveys/" + id + "/open").as(ADMIN, "admin").send().status()).isEqualTo(200);
        assertThat(kit.request(town, "GET", "").as(participant).send().body()).contains(id);
        assertThat(kit.actionLog(town)).anyMatch(entry -> entry.startsWith("edit_questions survey ")).anyMatch(entry -> entry.startsWith("open survey "));
    }

    @Test
    void participantsAnswerOnceEveryFaultIsListedAndHiddenQuestionsAreNotAsked() {
        TestOrganisation campus = kit.organisation("answer-surveys");
        String id = open(campus, DemoSurveys.CAMPUS_LIFE, "");
        UUID student = kit.participant(campus, "Lou");
        assertThat(kit.request(campus, "POST", "surveys/" + id + "/answers").body("{}").send().status()).isEqualTo(401);
        ModuleResponse faulty = answer(campus, id, student, "{\"statut\": \"etudiant\", \"priorites\": [\"c1\", \"c2\", \"c3\"], \"satisfaction\": 7}");
        assertThat(faulty.status()).isEqualTo(422);
        assertThat(faulty.body()).contains("campus: is required").contains("priorites: takes at most 2 choices").contains("satisfaction: must be from 1 to 5");
        assertThat(json(kit.request(campus, "GET", "surveys/" + id).as(student).send().body()).getBoolean("answered")).isFalse();

        ModuleResponse staff = answer(campus, id, kit.participant(campus, "Sam"), "{\"statut\": \"personnel\", \"campus\": \"c1\", \"satisfaction\": 3}");
        assertThat(staff.status()).as(staff.body()).isEqualTo(201);
        assertThat(json(staff.body()).getJsonObject("answers").containsKey("campus")).as("a hidden question's answer is not kept").isFalse();
        assertThat(answer(campus, id, student, "{\"statut\": \"etudiant\", \"campus\": \"c2\"}").status()).isEqualTo(201);
        ModuleResponse twice = answer(campus, id, student, "{\"statut\": \"etudiant\", \"campus\": \"c3\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("already answered");

        // the page: a refused form comes back filled, its faults under their questions; a sent one redirects
        UUID visitor = kit.participant(campus, "Noa");
        ModuleResponse refused = kit.request(campus, "POST", "surveys/" + id + "/answers").as(visitor).asPage()
                .form(Map.of("q.statut", "etudiant", "q.idee", "Un atelier vélo")).send();
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.model().get("sections").toString()).contains("code=required").contains("value=Un atelier vélo");
        ModuleResponse sent = kit.request(campus, "POST", "surveys/" + id + "/answers").as(visitor).asPage()
                .form(Map.of("q.statut", "other", "q.statut.other", "Doctorant·e", "q.ordre.c1", "2", "q.ordre.c2", "1", "q.ordre.c3", "3")).send();
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).isEqualTo("surveys/" + id);
        JsonObject mine = json(kit.request(campus, "GET", "surveys/" + id).as(visitor).send().body());
        assertThat(mine.getJsonObject("myAnswers")).isEqualTo(json("{\"statut\":{\"choices\":[\"other\"],\"other\":\"Doctorant·e\"},\"ordre\":[\"c2\",\"c1\",\"c3\"]}"));
        assertThat(mine.getBoolean("mayAnswer")).isFalse();
        assertThat(kit.actionLog(campus)).filteredOn(entry -> entry.startsWith("answer survey ")).hasSize(3);
    }

    @Test
    void answersMayChangeUntilCloseWhereAllowedAndNotAfter() {
        TestOrganisation town = kit.organisation("editable-surveys");
        String id = open(town, DemoSurveys.POLL, ", \"editable\": true");
        UUID participant = kit.participant(town, "Alix");
        assertThat(answer(town, id, participant, "{\"horaire\": \"c1\"}").status()).isEqualTo(201);
        assertThat(answer(town, id, participant, "{\"horaire\": \"c3\"}").status()).isEqualTo(200);
        assertThat(json(kit.request(town, "GET", "surveys/" + id).as(participant).send().body()).getJsonObject("myAnswers").toString())
                .isEqualTo("{\"horaire\":{\"choices\":[\"c3\"]}}");
        kit.request(town, "POST", "admin/surveys/" + id + "/close").as(ADMIN, "admin").send();
        ModuleResponse late = answer(town, id, participant, "{\"horaire\": \"c2\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("this survey is closed");
        assertThat(kit.request(town, "PUT", "admin/surveys/" + id).as(ADMIN, "admin")
                .body("{\"title\": \"Autre titre\", \"questionnaire\": {\"questions\": [{\"id\": \"x\", \"type\": \"short_text\", \"text\": \"Nouveau\"}]}}")
                .send().status()).as("questions answered do not change").isEqualTo(409);
        assertThat(kit.request(town, "PUT", "admin/surveys/" + id).as(ADMIN, "admin").body("{\"title\": \"Horaires des ateliers\", \"editable\": true}")
                .send().status()).isEqualTo(200);
    }

    /** "Download my data" gives what a participant said where they were named, only the day where they were not. */
    @Test
    void aParticipantsDataHoldsTheirNamedAnswersAndOnlyTheDayOfAnonymousOnesUntilTheyLeave() {
        TestOrganisation town = kit.organisation("personal-surveys");
        String named = open(town, DemoSurveys.POLL, "");
        String anonymous = open(town, DemoSurveys.POLL, ", \"anonymous\": true");
        UUID participant = kit.participant(town, "Camille");
        UUID other = kit.participant(town, "Noé");
        assertThat(answer(town, named, participant, "{\"horaire\": \"c1\"}").status()).isEqualTo(201);
        assertThat(answer(town, anonymous, participant, "{\"horaire\": \"c3\"}").status()).isEqualTo(201);
        assertThat(answer(town, named, other, "{\"horaire\": \"c2\"}").status()).isEqualTo(201);

        JsonObject mine = kit.personalData(town, participant).asJsonObject();
        assertThat(mine.getJsonArray("answers")).hasSize(1);
        assertThat(mine.getJsonArray("answers").getJsonObject(0).getString("survey")).isEqualTo(named);
        assertThat(mine.getJsonArray("answers").getJsonObject(0).getJsonObject("answers").toString()).isEqualTo("{\"horaire\":{\"choices\":[\"c1\"]}}");
        assertThat(mine.getJsonArray("anonymousSurveysAnswered")).hasSize(1);
        assertThat(mine.getJsonArray("anonymousSurveysAnswered").getJsonObject(0).getString("survey")).isEqualTo(anonymous);
        assertThat(mine.getJsonArray("anonymousSurveysAnswered").getJsonObject(0).keySet()).as("nothing of what they chose anonymously")
                .containsExactlyInAnyOrder("survey", "title", "answered_on");

        kit.forget(town, participant);
        JsonObject after = kit.personalData(town, participant).asJsonObject();
        assertThat(after.getJsonArray("answers")).isEmpty();
        assertThat(after.getJsonArray("anonymousSurveysAnswered")).isEmpty();
        // the answers still count, naming nobody; the other participant's are untouched
        assertThat(kit.data(town).read(sql -> sql.first("select count(*) as n, count(participant_id) as named from surveys_answers "
                + "where survey_id = ?", UUID.fromString(named))).orElseThrow().integer("named")).isEqualTo(1);
        assertThat(kit.personalData(town, other).asJsonObject().getJsonArray("answers")).hasSize(1);
    }

    @Test
    void anAnonymousAnswerNamesNobodyNotEvenInTheDatabase() {
        TestOrganisation town = kit.organisation("anonymous-surveys");
        String id = open(town, DemoSurveys.POLL, ", \"anonymous\": true");
        UUID participant = kit.participant(town, "Dominique");
        assertThat(answer(town, id, participant, "{\"horaire\": \"c2\"}").status()).isEqualTo(201);
        assertThat(answer(town, id, participant, "{\"horaire\": \"c1\"}").status()).isEqualTo(409);
        var stored = kit.data(town).read(sql -> sql.first("select participant_id, created_at, (created_at = date_trunc('day', created_at)) as day_only "
                + "from surveys_answers where survey_id = ?", UUID.fromString(id))).orElseThrow();
        assertThat(stored.get("participant_id")).isNull();
        assertThat(stored.bool("day_only")).as("its time, to the day only, cannot be matched with the respondents").isTrue();
        JsonObject shown = json(kit.request(town, "GET", "surveys/" + id).as(participant).send().body());
        assertThat(shown.getBoolean("answered")).isTrue();
        assertThat(shown.containsKey("myAnswers")).isFalse();
        String csv = kit.request(town, "GET", "admin/surveys/" + id + "/answers.csv").as(ADMIN, "admin").send().body();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\"answer\",\"date\",\"Quel horaire pour les ateliers ?\"");
        assertThat(csv).contains("À midi").doesNotContain(participant.toString());
        assertThat(kit.request(town, "GET", "admin/surveys/" + id + "/answers.json").as(ADMIN, "admin").send().body()).doesNotContain("participant");
    }

    @Test
    void resultsCountEveryAnswerAsCountedByHand() {
        TestOrganisation campus = kit.organisation("results-surveys");
        String id = open(campus, DemoSurveys.CAMPUS_LIFE, "");
        String[] answers = {
            "{\"statut\": \"etudiant\", \"campus\": \"c1\", \"priorites\": [\"c1\", \"c2\"], \"satisfaction\": 4, \"ordre\": [\"c1\", \"c2\", \"c3\"], \"idee\": \"Un atelier vélo\"}",
            "{\"statut\": \"etudiant\", \"campus\": \"c1\", \"priorites\": [\"c1\"], \"satisfaction\": 2, \"ordre\": [\"c2\", \"c1\", \"c3\"]}",
            "{\"statut\": \"etudiant\", \"campus\": \"c4\", \"priorites\": [\"c2\", \"c5\"], \"satisfaction\": 5, \"ordre\": [\"c1\", \"c3\", \"c2\"]}",
            "{\"statut\": \"personnel\", \"priorites\": [\"c1\", \"c3\"], \"satisfaction\": 3}",
            "{\"statut\": {\"other\": \"Visiteur\"}, \"idee\": \"=HYPERLINK(\\\"http://evil\\\")\"}"};
        List<UUID> people = new ArrayList<>();
        for (String given : answers) {
            UUID participant = kit.participant(campus, "Répondant " + people.size());
            people.add(participant);
            assertThat(answer(campus, id, participant, given).status()).as(given).isEqualTo(201);
        }
        assertThat(kit.request(campus, "GET", "surveys/" + id + "/results").send().status()).as("not public while open").isEqualTo(403);
        JsonObject results = json(kit.request(campus, "GET", "surveys/" + id + "/results").as(ADMIN, "admin").send().body());
        assertThat(results.getInt("respondents")).isEqualTo(5);
        Map<String, JsonObject> byId = new HashMap<>();
        results.getJsonArray("questions").getValuesAs(JsonObject.class).forEach(q -> byId.put(q.getString("id"), q));
        assertThat(byId.get("statut").getJsonArray("counts").toString())
                .isEqualTo("[{\"id\":\"etudiant\",\"label\":\"Étudiant·e\",\"count\":3},{\"id\":\"personnel\",\"label\":\"Membre du personnel\",\"count\":1},"
                        + "{\"id\":\"other\",\"label\":\"other\",\"count\":1}]");
        assertThat(byId.get("statut").getJsonArray("texts").getString(0)).isEqualTo("Visiteur");
        assertThat(byId.get("campus").getInt("answered")).isEqualTo(3);
        assertThat(byId.get("priorites").getJsonArray("counts").getValuesAs(JsonObject.class)).extracting(c -> c.getInt("count"))
                .containsExactly(3, 2, 1, 0, 1);
        assertThat(byId.get("satisfaction").getJsonNumber("mean").doubleValue()).isEqualTo(3.5);
        // Borda with 3 choices: 2 points for a first place, 1 for a second
        assertThat(byId.get("ordre").getJsonArray("ranking").getValuesAs(JsonObject.class)).extracting(c -> c.getInt("points"))
                .containsExactly(5, 3, 1);
        assertThat(byId.get("ordre").getJsonArray("ranking").getJsonObject(0).getJsonNumber("meanPlace").doubleValue()).isEqualTo(1.33);
        ModuleResponse page = kit.request(campus, "GET", "surveys/" + id + "/results").as(ADMIN, "admin").asPage().send();
        assertThat(page.template()).isEqualTo("results");
        assertThat(page.model().get("results").toString()).contains("{label=Logement, value=3}").contains("Un atelier vélo");

        String csv = kit.request(campus, "GET", "admin/surveys/" + id + "/answers.csv").as(ADMIN, "admin").send().body();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\"answer\",\"date\",\"participant\",\"Vous êtes\"");
        assertThat(csv).contains(people.get(0).toString()).contains("\"Logement | Transports\"").contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .contains("\"other: Visiteur\"");
        String anonymised = kit.request(campus, "GET", "admin/surveys/" + id + "/answers.csv").query("anonymised", "true").as(ADMIN, "admin").send().body();
        assertThat(anonymised).doesNotContain(people.get(0).toString()).doesNotContain("participant");
        assertThat(kit.request(campus, "GET", "admin/surveys/" + id + "/answers.csv").as(people.get(0)).send().status()).isEqualTo(403);

        kit.request(campus, "POST", "admin/surveys/" + id + "/close").as(ADMIN, "admin").send();
        assertThat(kit.request(campus, "GET", "surveys/" + id + "/results").send().status()).as("public once closed").isEqualTo(200);
    }

    @Test
    void tenSimultaneousSendsFromOneParticipantKeepOneAnswer() throws Exception {
        TestOrganisation town = kit.organisation("race-surveys");
        String id = open(town, DemoSurveys.POLL, "");
        UUID participant = kit.participant(town, "Pressé");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(pool.submit(() -> answer(town, id, participant, "{\"horaire\": \"c1\"}").status()));
        }
        List<Integer> seen = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            seen.add(status.get());
        }
        pool.shutdown();
        assertThat(seen).filteredOn(status -> status == 201).hasSize(1);
        assertThat(seen).filteredOn(status -> status == 409).hasSize(9);
        assertThat(kit.data(town).read(sql -> sql.first("select count(*) as n from surveys_answers where survey_id = ?", UUID.fromString(id)))
                .orElseThrow().integer("n")).isEqualTo(1);
    }

    static boolean vote(TestOrganisation town, String survey, RemoteReply reply) {
        Boolean taken = kit.request(town, "GET", "").call(request -> kit.manifest().replyHandler().take(request, "survey", survey, reply));
        return taken;
    }

    static java.util.Optional<FederatedObject> federated(TestOrganisation town, String survey) {
        return kit.request(town, "GET", "").call(request -> kit.manifest().activityMapping().object(request, "survey", survey));
    }

    @Test
    void aOneQuestionPollIsAFediverseQuestionThatRemoteAccountsVoteOn() {
        TestOrganisation town = kit.organisation("poll-surveys");
        String id = open(town, DemoSurveys.POLL, "");
        answer(town, id, kit.participant(town, "Local"), "{\"horaire\": \"c2\"}");
        RemoteReply vote = new RemoteReply("https://mastodon.example/users/ana", "https://mastodon.example/users/ana#votes/1", "Le samedi matin", "");
        assertThat(vote(town, id, vote)).isTrue();
        assertThat(vote(town, id, new RemoteReply(vote.actor(), vote.actor() + "#votes/2", "À midi", ""))).as("one option on a single-choice poll").isTrue();
        assertThat(vote(town, id, new RemoteReply("https://mastodon.example/users/bo", "https://mastodon.example/users/bo#votes/1", "", "Bonne idée !")))
                .as("a reply with words is a comment, the host's").isFalse();
        assertThat(vote(town, id, new RemoteReply("https://mastodon.example/users/bo", "https://mastodon.example/users/bo#votes/2", "Jamais", ""))).isFalse();

        FederatedObject question = federated(town, id).orElseThrow();
        assertThat(question.type()).isEqualTo("Question");
        assertThat(question.extra().get("oneOf").toString()).contains("{type=Note, name=À midi, replies={type=Collection, totalItems=1}}")
                .contains("name=Le samedi matin, replies={type=Collection, totalItems=1}").contains("name=En fin de journée, replies={type=Collection, totalItems=0}");
        assertThat(question.extra().get("votersCount")).isEqualTo(2L);
        assertThat(question.content()).contains("Quel horaire pour les ateliers ?");

        kit.request(town, "POST", "admin/surveys/" + id + "/close").as(ADMIN, "admin").send();
        vote(town, id, new RemoteReply("https://mastodon.example/users/cy", "https://mastodon.example/users/cy#votes/1", "À midi", ""));
        FederatedObject closed = federated(town, id).orElseThrow();
        assertThat(closed.extra()).containsKey("closed").containsEntry("votersCount", 2L);

        String survey = open(town, DemoSurveys.CAMPUS_LIFE, "");
        org.communa.module.api.ComponentDigest digest = kit.request(town, "GET", "").call(request -> kit.manifest().digest().digest(request));
        assertThat(digest.items()).extracting(org.communa.module.api.ComponentDigest.Item::path).as("the open survey, not the closed poll")
                .containsExactly("surveys/" + survey);
        assertThat(federated(town, survey).orElseThrow().type())
                .as("a questionnaire is a Page that links to it").isEqualTo("Page");
        String draft = json(kit.request(town, "POST", "admin/surveys").as(ADMIN, "admin").body("{\"title\": \"Brouillon\"}").send().body()).getString("id");
        assertThat(federated(town, draft)).isEmpty();
    }

    @Test
    void anotherOrganisationNeitherSeesNorAnswersNorExports() {
        TestOrganisation town = kit.organisation("isolated-surveys");
        TestOrganisation other = kit.organisation("other-surveys");
        String id = open(town, DemoSurveys.POLL, "");
        answer(town, id, kit.participant(town, "Ici"), "{\"horaire\": \"c1\"}");
        UUID stranger = kit.participant(other, "Ailleurs");
        assertThat(kit.request(other, "GET", "surveys/" + id).as(stranger).send().status()).isEqualTo(404);
        assertThat(answer(other, id, stranger, "{\"horaire\": \"c1\"}").status()).isEqualTo(404);
        assertThat(kit.request(other, "GET", "admin/surveys/" + id + "/answers.csv").as(ADMIN, "admin").send().status()).isEqualTo(404);
        assertThat(kit.request(other, "GET", "").send().body()).doesNotContain(id);
        for (String table : List.of("surveys_surveys", "surveys_answers", "surveys_respondents")) {
            assertThat(kit.data(other).read(sql -> sql.first("select count(*) as n from " + table)).orElseThrow().integer("n"))
                    .as("row-level security hides " + table).isZero();
        }
    }

    static final String WITH_FILE = "{\"questions\": [{\"id\": \"nom\", \"type\": \"short_text\", \"text\": \"Votre projet\", \"required\": true}, "
            + "{\"id\": \"plan\", \"type\": \"file\", \"text\": \"Un plan (image ou PDF)\", \"required\": true}]}";

    /** A file as the host's attachments store it, uploaded by this participant for their response to the survey. */
    static String uploaded(TestOrganisation town, String survey, UUID participant) {
        UUID id = UUID.randomUUID();
        String response = kit.request(town, "GET", "").as(participant).call(request -> Uploads.responseId(request, UUID.fromString(survey), participant));
        kit.hostData(town).write(sql -> sql.update("insert into attachments (id, component_id, resource_type, resource_id, uploaded_by, file_name, "
                + "content_type, size_bytes, sha256) values (?, ?, 'response', ?, ?, 'plan.png', 'image/png', 68, 'x')", id, town.componentId(),
                response, participant));
        return id.toString();
    }

    @Test
    void aFileQuestionTakesOnlyAFileTheParticipantUploadedAndNeverInAnAnonymousSurvey() {
        TestOrganisation town = kit.organisation("file-surveys");
        assertThat(kit.request(town, "POST", "admin/surveys").as(ADMIN, "admin").body("{\"title\": \"Appel à projets\", \"anonymous\": true, "
                + "\"questionnaire\": " + WITH_FILE + "}").send().body()).contains("an anonymous survey cannot ask for files");
        String id = open(town, WITH_FILE, "");
        UUID author = kit.participant(town, "Porteuse de projet");
        UUID other = kit.participant(town, "Autre");
        String mine = uploaded(town, id, author);
        String theirs = uploaded(town, id, other);
        var catalog = kit.manifest().resourceCatalog();
        String response = kit.request(town, "GET", "").as(author).call(request -> Uploads.responseId(request, UUID.fromString(id), author));
        String again = kit.request(town, "GET", "").as(author).call(request -> Uploads.responseId(request, UUID.fromString(id), author));
        assertThat(again).as("one response per participant and survey").isEqualTo(response);
        java.util.Optional<org.communa.module.api.participation.ResourceInfo> found =
                kit.request(town, "GET", "").as(author).call(request -> catalog.find(request, "response", response));
        assertThat(found.orElseThrow().authorId()).isEqualTo(author);
        java.util.Optional<org.communa.module.api.participation.ResourceInfo> hidden =
                kit.request(town, "GET", "").as(other).call(request -> catalog.find(request, "response", response));
        assertThat(hidden).as("nobody else finds where a participant uploads").isEmpty();

        ModuleResponse stolen = answer(town, id, author, "{\"nom\": \"Jardin\", \"plan\": \"" + theirs + "\"}");
        assertThat(stolen.status()).isEqualTo(422);
        assertThat(stolen.body()).contains("plan: must be the id of a file you uploaded");
        assertThat(answer(town, id, author, "{\"nom\": \"Jardin\", \"plan\": \"plan.png\"}").status()).isEqualTo(422);
        ModuleResponse page = kit.request(town, "GET", "surveys/" + id).as(author).asPage().send();
        assertThat(page.model().get("files").toString()).contains(mine).doesNotContain(theirs);
        assertThat(answer(town, id, author, "{\"nom\": \"Jardin\", \"plan\": \"" + mine + "\"}").status()).isEqualTo(201);
        assertThat(kit.request(town, "GET", "admin/surveys/" + id + "/answers.csv").as(ADMIN, "admin").send().body())
                .contains("\"/attachments/" + mine + "\"");
    }

    @Test
    void surveysAreFilteredByStateAndByScopeWithWhatIsUnderIt() {
        TestOrganisation campus = kit.organisation("filter-surveys");
        UUID north = kit.scope(campus, "nord", "Campus Nord", null);
        UUID library = kit.scope(campus, "nord-bu", "Bibliothèque Nord", north);
        String inLibrary = open(campus, DemoSurveys.POLL, ", \"scopeId\": \"" + library + "\"");
        String everywhere = open(campus, DemoSurveys.POLL, "");
        kit.request(campus, "POST", "admin/surveys/" + everywhere + "/close").as(ADMIN, "admin").send();
        assertThat(kit.request(campus, "POST", "admin/surveys").as(ADMIN, "admin").body("{\"title\": \"Ailleurs\", \"scopeId\": \"" + UUID.randomUUID()
                + "\"}").send().body()).contains("no scope");
        assertThat(kit.request(campus, "GET", "").query("scope", north.toString()).send().body()).contains(inLibrary).doesNotContain(everywhere)
                .contains("Bibliothèque Nord");
        assertThat(kit.request(campus, "GET", "").query("state", "closed").send().body()).contains(everywhere).doesNotContain(inLibrary);
        assertThat(kit.request(campus, "GET", "").query("state", "draft").send().status()).isEqualTo(400);
        assertThat(kit.request(campus, "GET", "").query("scope", "nord").send().status()).isEqualTo(400);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String lastYear = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusYears(1).toString();
        assertThat(kit.request(campus, "GET", "").query("from", today).send().body()).as("open today: both (the closed one closed today)")
                .contains(inLibrary).contains(everywhere);
        assertThat(kit.request(campus, "GET", "").query("to", lastYear).send().body()).doesNotContain(inLibrary).doesNotContain(everywhere);
        assertThat(kit.request(campus, "GET", "").query("from", "hier").send().body()).contains("from must be a date");
    }

    @Test
    void theDemoSeedsAnOpenSurveyAndAnAnonymousPollOnce() {
        TestOrganisation demo = kit.organisation("demo-surveys");
        new DemoSurveys().seed(kit.data(demo), demo.componentId(), demo.spaceSlug());
        new DemoSurveys().seed(kit.data(demo), demo.componentId(), demo.spaceSlug());
        JsonObject list = json(kit.request(demo, "GET", "").send().body());
        assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(item -> item.getString("title") + " " + item.getBoolean("anonymous"))
                .containsExactlyInAnyOrder("Vivre sur nos campus false", "Quel horaire pour les ateliers ? true");
        String poll = list.getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(item -> item.getBoolean("anonymous"))
                .findFirst().orElseThrow().getString("id");
        assertThat(answer(demo, poll, kit.participant(demo, "Visiteuse"), "{\"horaire\": \"c3\"}").status()).isEqualTo(201);
    }

    /** The module is built against the SDK only: nothing of the host's or another module's classes. */
    @Test
    void dependsOnlyOnTheSdk() {
        org.communa.module.testkit.ModuleArchitecture.check(SurveysModule.class);
    }

    @Test
    void surveysAreFoundByTheOrganisationsSearchOnceTheyAreOpen() {
        TestOrganisation town = kit.organisation("search-surveys");
        ModuleResponse draft = kit.request(town, "POST", "admin/surveys").as(ADMIN, "admin")
                .body("{\"title\": \"Qualité de l’eau\", \"description\": \"Vos impressions sur l’eau du robinet.\"}").send();
        String id = json(draft.body()).getString("id");
        assertThat(kit.searchPaths(town, "robinet")).as("a draft stays out of results").isEmpty();
        kit.request(town, "PUT", "admin/surveys/" + id).as(ADMIN, "admin").body("{\"title\": \"Qualité de l’eau\", "
                + "\"description\": \"Vos impressions sur l’eau du robinet.\", \"questionnaire\": {\"questions\": [{\"id\": \"q\", "
                + "\"type\": \"short_text\", \"text\": \"Un mot ?\"}]}}").send();
        assertThat(kit.request(town, "POST", "admin/surveys/" + id + "/open").as(ADMIN, "admin").send().status()).isEqualTo(200);
        assertThat(kit.searchPaths(town, "qualite robinets"))
                .containsExactly("/processes/search-surveys-space/c/" + town.componentId() + "/surveys/" + id);
        assertThat(kit.searchPaths(kit.organisation("search-surveys-other"), "robinet")).isEmpty();
    }
}
