package org.communa.modules.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.participation.Participation;
import org.communa.module.testkit.KitRequest;
import org.communa.module.testkit.ModuleTestKit;
import org.communa.module.testkit.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The proposals module through the SDK test kit: real PostgreSQL, the host's permission and participation services. */
class ProposalsModuleTest {

    static ModuleTestKit kit;

    @BeforeAll
    static void start() {
        kit = ModuleTestKit.start(new ProposalsModule());
    }

    static KitRequest creating(TestOrganisation org, UUID who, String method, String path) {
        return kit.request(org, method, path).as(who).setting("creation_enabled", true);
    }

    static String create(TestOrganisation org, UUID author, String title, String body) {
        ModuleResponse created = creating(org, author, "POST", "proposals")
                .body(Json.createObjectBuilder().add("title", title).add("body", body).build().toString()).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = json(created).getString("id");
        assertThat(creating(org, author, "POST", "proposals/" + id + "/publish").send().status()).isEqualTo(200);
        return id;
    }

    static JsonObject json(ModuleResponse response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /**
     * The demo's proposals are indexed like published ones: a newcomer drafting an almost identical title is shown
     * the existing one (it once answered "no similar proposal", the seed having skipped the index). Seeded once.
     */
    @Test
    void demoProposalsAreFoundByTheSimilarProposalsCheck() {
        TestOrganisation org = kit.organisation("demo-similar");
        java.util.List<UUID> examples = java.util.List.of(kit.participant(org, "Exemple 1"), kit.participant(org, "Exemple 2"));
        for (int start = 0; start < 2; start++) {
            kit.manifest().demoSeed().seed(kit.data(org), org.componentId(), org.spaceSlug(), examples, kit.participation(org, null));
        }
        UUID newcomer = kit.participant(org, "Nouvelle");
        String id = json(creating(org, newcomer, "POST", "proposals").body(Json.createObjectBuilder()
                .add("title", "Des salles de travail ouvertes le soir !").add("body", "Pour réviser après les cours.").build().toString())
                .send()).getString("id");
        String similar = kit.request(org, "GET", "proposals/" + id + "/similar").as(newcomer).send().body();
        assertThat(similar).contains("Des salles de travail ouvertes le soir\"");
        assertThat(similar.split("Des salles de travail ouvertes le soir\"", -1)).as("seeded once").hasSize(2);
    }

    @Test
    void aParticipantDraftsSeesSimilarProposalsThenPublishes() {
        TestOrganisation org = kit.organisation("similar");
        UUID camille = kit.participant(org, "Camille");
        UUID dominique = kit.participant(org, "Dominique");
        create(org, camille, "Des pistes cyclables le long du canal", "Relier les quartiers nord et sud par une piste continue.");
        create(org, camille, "Plus de bancs au parc", "Des bancs à l'ombre pour les personnes âgées du quartier.");

        ModuleResponse draft = creating(org, dominique, "POST", "proposals").body(Json.createObjectBuilder()
                .add("title", "Piste cyclable près du canal").add("body", "Une piste sûre pour aller au lycée à vélo.").build().toString()).send();
        String id = json(draft).getString("id");
        assertThat(json(draft).getString("state")).isEqualTo("draft");
        // only its author sees a draft
        assertThat(kit.request(org, "GET", "proposals/" + id).as(camille).send().status()).isEqualTo(404);
        ModuleResponse similar = kit.request(org, "GET", "proposals/" + id + "/similar").as(dominique).send();
        assertThat(similar.body()).contains("Des pistes cyclables le long du canal").doesNotContain("bancs");
        ModuleResponse page = kit.request(org, "GET", "proposals/" + id).as(dominique).asPage().send();
        assertThat(page.template()).isEqualTo("show");
        assertThat(page.model().get("similar").toString()).contains("Des pistes cyclables le long du canal");
        assertThat(page.model().get("draft")).as("the page says it is a draft only its author sees").isEqualTo(true);

        // from the page: published, then told so on the proposal's page
        ModuleResponse published = creating(org, dominique, "POST", "proposals/" + id + "/publish").asPage().form(java.util.Map.of()).send();
        assertThat(published.location()).isEqualTo("proposals/" + id + "?published=1");
        assertThat(kit.request(org, "GET", "proposals/" + id).as(dominique).query("published", "1").asPage().send().model().get("justPublished"))
                .isEqualTo(true);
        assertThat(creating(org, dominique, "POST", "proposals/" + id + "/publish").send().status()).as("once").isEqualTo(409);
        assertThat(kit.request(org, "GET", "proposals/" + id).as(camille).send().status()).isEqualTo(200);
        assertThat(kit.actionLog(org)).contains("create proposal " + id, "publish proposal " + id);
    }

    @Test
    void badProposalsAreRefusedWithReasonsAndNothingIsWritten() {
        TestOrganisation org = kit.organisation("refusals");
        UUID author = kit.participant(org, "Alix");
        assertProblem(creating(org, author, "POST", "proposals").body("{\"title\":\"Bref\",\"body\":\"Un texte assez long pour passer.\"}"), 400, "title");
        assertProblem(creating(org, author, "POST", "proposals").body("{\"title\":\"Un titre correct\",\"body\":\"court\"}"), 400, "body");
        assertProblem(creating(org, author, "POST", "proposals").body("{\"title\":\"TOUT EN MAJUSCULES\",\"body\":\"Un texte assez long pour passer.\"}"), 400, "capitals");
        assertProblem(creating(org, author, "POST", "proposals").body("{\"title\":\"Un titre correct\",\"body\":\"" + "x".repeat(3001) + "\"}"), 400, "3000");
        assertProblem(creating(org, author, "POST", "proposals").body("{\"title\":\"Un titre correct\",\"body\":\"Un texte assez long pour passer.\","
                + "\"categoryId\":\"" + UUID.randomUUID() + "\"}"), 400, "categoryId");
        assertProblem(creating(org, author, "POST", "proposals").body("[1,2]"), 400, "JSON object");
        // creation closed in this phase, and visitors
        assertProblem(kit.request(org, "POST", "proposals").as(author).body("{\"title\":\"Un titre correct\",\"body\":\"Un texte assez long.\"}"),
                403, "current phase");
        assertProblem(kit.request(org, "POST", "proposals").setting("creation_enabled", true).body("{}"), 401, "sign in");
        assertThat(json(kit.request(org, "GET", "").send()).getInt("total")).isZero();
        assertThat(kit.actionLog(org)).isEmpty();
    }

    @Test
    void scriptInTextIsKeptAsTextNeverAsMarkup() {
        TestOrganisation org = kit.organisation("script");
        UUID author = kit.participant(org, "Eve");
        String id = create(org, author, "Une idée <script>alert(1)</script>", "Du texte <img src=x onerror=alert(1)> et encore.");
        ModuleResponse shown = kit.request(org, "GET", "proposals/" + id).send();
        // stored as typed, shown escaped by the templates: the JSON carries the characters, not HTML
        assertThat(json(shown).getString("title")).isEqualTo("Une idée <script>alert(1)</script>");
    }

    @Test
    void listsFilterSortAndPaginate() {
        TestOrganisation org = kit.organisation("lists");
        UUID north = kit.scope(org, "nord", "Campus Nord", null);
        UUID building = kit.scope(org, "nord-a", "Bâtiment A", north);
        UUID south = kit.scope(org, "sud", "Campus Sud", null);
        UUID water = kit.category(org, "Eau");
        UUID author = kit.participant(org, "Auteur");
        for (int i = 1; i <= 7; i++) {
            UUID scope = i <= 3 ? building : south;
            ModuleResponse created = creating(org, author, "POST", "proposals").body(Json.createObjectBuilder()
                    .add("title", "Proposition numéro " + i).add("body", "Le texte de la proposition numéro " + i + ".")
                    .add("scopeId", scope.toString()).add("categoryId", i % 2 == 0 ? water.toString() : "").build().toString()).send();
            creating(org, author, "POST", "proposals/" + json(created).getString("id") + "/publish").send();
        }
        assertThat(json(kit.request(org, "GET", "").query("scope", north.toString()).send()).getInt("total")).isEqualTo(3);
        assertThat(json(kit.request(org, "GET", "").query("category", water.toString()).send()).getInt("total")).isEqualTo(3);
        assertThat(json(kit.request(org, "GET", "").query("q", "numéro 5").send()).getInt("total")).isEqualTo(1);
        JsonObject first = json(kit.request(org, "GET", "").query("per", "3").query("seed", "abc").send());
        JsonObject again = json(kit.request(org, "GET", "").query("per", "3").query("seed", "abc").send());
        JsonObject second = json(kit.request(org, "GET", "").query("per", "3").query("page", "2").query("seed", "abc").send());
        assertThat(first.getJsonArray("items")).isEqualTo(again.getJsonArray("items")).hasSize(3);
        assertThat(second.getJsonArray("items").toString()).doesNotContain(first.getJsonArray("items").getJsonObject(0).getString("id"));
        assertThat(first.getInt("total")).isEqualTo(7);
        assertProblem(kit.request(org, "GET", "").query("per", "500"), 400, "per");
        assertProblem(kit.request(org, "GET", "").query("order", "alphabetical"), 400, "order");
        assertProblem(kit.request(org, "GET", "").query("state", "lost"), 400, "state");

        // most supported first
        String last = json(kit.request(org, "GET", "").query("order", "recent").send()).getJsonArray("items").getJsonObject(6).getString("id");
        UUID fan = kit.participant(org, "Fan");
        kit.participation(org, fan).supports().support(ProposalsModule.TYPE, last, 0);
        JsonObject popular = json(kit.request(org, "GET", "").query("order", "most_supported").setting("supports_enabled", true).send());
        assertThat(popular.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(last);
        assertThat(popular.getJsonArray("items").getJsonObject(0).getInt("supports")).isEqualTo(1);
        // counts hidden in a phase that hides them
        assertThat(kit.request(org, "GET", "").setting("supports_visible", false).send().body()).doesNotContain("\"supports\"");
    }

    @Test
    void supportsRespectTheLimitAndCountExactly() {
        TestOrganisation org = kit.organisation("supports");
        UUID author = kit.participant(org, "Auteur");
        String a = create(org, author, "Première proposition", "Le texte de la première proposition.");
        String b = create(org, author, "Deuxième proposition", "Le texte de la deuxième proposition.");
        UUID voter = kit.participant(org, "Votant");
        Participation p = kit.participation(org, voter);
        assertThat(p.supports().support(ProposalsModule.TYPE, a, 1).count()).isEqualTo(1);
        assertThat(p.supports().support(ProposalsModule.TYPE, a, 1).count()).as("a second click changes nothing").isEqualTo(1);
        assertThatThrownBy(() -> p.supports().support(ProposalsModule.TYPE, b, 1)).isInstanceOf(ModuleProblem.class)
                .hasMessageContaining("withdraw one first");
        assertThat(p.supports().withdraw(ProposalsModule.TYPE, a).count()).isZero();
        assertThat(p.supports().support(ProposalsModule.TYPE, b, 1).mine()).isTrue();
        assertThat(kit.participation(org, null).supports().state(ProposalsModule.TYPE, b).count()).isEqualTo(1);
    }

    @Test
    void authorsEditWithinTheWindowAndWithdraw() {
        TestOrganisation org = kit.organisation("edits");
        UUID author = kit.participant(org, "Auteur");
        UUID other = kit.participant(org, "Autre");
        String id = create(org, author, "Une idée à corriger", "Le texte de l'idée à corriger.");
        String edit = "{\"title\":\"Une idée corrigée\",\"body\":\"Le texte de l'idée corrigée.\"}";
        assertProblem(kit.request(org, "PUT", "proposals/" + id).as(other).body(edit), 403, "author");
        assertThat(kit.request(org, "PUT", "proposals/" + id).as(author).body(edit).send().status()).isEqualTo(200);
        assertProblem(kit.request(org, "PUT", "proposals/" + id).as(author).setting("edit_window_minutes", 0L).body(edit), 409, "0 minutes");
        assertThat(json(kit.request(org, "POST", "proposals/" + id + "/withdraw").as(author).send()).getString("state")).isEqualTo("withdrawn");
        assertProblem(kit.request(org, "POST", "proposals/" + id + "/withdraw").as(author), 409, "withdrawn");
        assertThat(json(kit.request(org, "GET", "").query("state", "withdrawn").send()).getInt("total")).isEqualTo(1);
        assertThat(json(kit.request(org, "GET", "").send()).getInt("total")).isZero();
    }

    @Test
    void evaluatorsDraftAnswersThatArePublishedTogetherAndAuthorsAreTold() {
        TestOrganisation org = kit.organisation("answers");
        UUID author = kit.participant(org, "Auteur");
        UUID evaluator = kit.participant(org, "Évaluatrice");
        String id = create(org, author, "Des fontaines dans les parcs", "Installer des fontaines à boire dans les parcs.");
        String accepted = "{\"answerState\":\"accepted\",\"answer\":\"Faisable par le service des eaux.\",\"cost\":\"12500.50\"}";
        assertProblem(kit.request(org, "POST", "proposals/" + id + "/answer").as(author).body(accepted), 403, "evaluator");
        assertProblem(kit.request(org, "POST", "proposals/" + id + "/answer").as(evaluator, "evaluator")
                .body("{\"answerState\":\"accepted\",\"answer\":\"Oui.\"}"), 400, "cost");
        assertProblem(kit.request(org, "POST", "proposals/" + id + "/answer").as(evaluator, "evaluator")
                .body("{\"answerState\":\"accepted\",\"answer\":\"Oui.\",\"cost\":\"-3\"}"), 400, "cost");
        assertThat(kit.request(org, "POST", "proposals/" + id + "/answer").as(evaluator, "evaluator").body(accepted).send().status()).isEqualTo(200);
        // a draft answer: the public does not see it yet
        assertThat(json(kit.request(org, "GET", "proposals/" + id).send()).getString("answerState")).isEqualTo("not_answered");
        assertThat(json(kit.request(org, "GET", "").query("state", "accepted").send()).getInt("total")).isZero();
        assertThat(json(kit.request(org, "POST", "admin/answers/publish").as(evaluator, "evaluator").send()).getInt("published")).isEqualTo(1);
        JsonObject answered = json(kit.request(org, "GET", "proposals/" + id).send());
        assertThat(answered.getString("answerState")).isEqualTo("accepted");
        assertThat(answered.getString("cost")).isEqualTo("12500.50");
        assertThat(json(kit.request(org, "GET", "").query("state", "accepted").send()).getInt("total")).isEqualTo(1);
        assertThat(kit.notifications(org, author)).contains("proposal_answered");
        assertThat(kit.notifications(org, evaluator)).doesNotContain("proposal_answered");
    }

    @Test
    void ambassadorsFileProposalsForPeopleMetInPersonWithTheirConsent() {
        TestOrganisation org = kit.organisation("ambassadors");
        UUID ambassador = kit.participant(org, "Ambassadrice");
        String assisted = "{\"title\":\"Un abri vélo au campus sud\",\"body\":\"Recueillie lors de l'atelier du campus sud.\","
                + "\"assistedPerson\":\"Étudiant de L2\",\"assistedPlace\":\"Atelier campus sud\"";
        assertProblem(kit.request(org, "POST", "proposals").as(ambassador, "ambassador").setting("creation_enabled", true)
                .body(assisted + "}"), 400, "consent");
        assertProblem(kit.request(org, "POST", "proposals").as(kit.participant(org, "Quelqu'un")).setting("creation_enabled", true)
                .body(assisted + ",\"consent\":true}"), 403, "ambassador");
        ModuleResponse filed = kit.request(org, "POST", "proposals").as(ambassador, "ambassador").setting("creation_enabled", true)
                .body(assisted + ",\"consent\":true}").send();
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(json(filed).getString("assistedPlace")).isEqualTo("Atelier campus sud");
    }

    @Test
    void aProposalSaysWhereItWasBornAndTheOtherSideListsIt() {
        TestOrganisation org = kit.organisation("born-at");
        TestOrganisation workshop = kit.anotherComponent(org);
        UUID author = kit.participant(org, "Autrice");
        // the kit knows one module: the other side is a proposal of another component (on the platform, a meeting)
        String origin = create(workshop, author, "Atelier des mobilités douces", "Ce qui s'est dit à l'atelier du mardi.");
        String bornAt = workshop.componentId() + "/proposal/" + origin;
        assertProblem(creating(org, author, "POST", "proposals").body("{\"title\":\"Des abris vélos\",\"body\":\"Recueillie à l'atelier.\","
                + "\"bornAt\":\"nowhere\"}"), 400, "bornAt must be COMPONENT/TYPE/ID");
        assertProblem(creating(org, author, "POST", "proposals").body("{\"title\":\"Des abris vélos\",\"body\":\"Recueillie à l'atelier.\","
                + "\"bornAt\":\"" + workshop.componentId() + "/proposal/" + UUID.randomUUID() + "\"}"), 400, "there is no public proposal");
        ModuleResponse born = creating(org, author, "POST", "proposals").body("{\"title\":\"Des abris vélos\",\"body\":\"Recueillie à l'atelier.\","
                + "\"bornAt\":\"" + bornAt + "\"}").send();
        assertThat(born.status()).as(born.body()).isEqualTo(201);
        String id = json(born).getString("id");
        ModuleResponse page = kit.request(org, "GET", "proposals/" + id).as(author).asPage().send();
        assertThat(page.model().get("links").toString()).contains("relation=born_at").contains("outgoing=true")
                .contains("Atelier des mobilités douces").contains("/c/" + workshop.componentId() + "/proposals/" + origin);
        ModuleResponse form = kit.request(org, "GET", "new").as(author).setting("creation_enabled", true).query("bornAt", bornAt).asPage().send();
        assertThat(form.model().get("bornAt").toString()).contains("Atelier des mobilités douces");
        assertThat(creating(org, author, "POST", "proposals/" + id + "/publish").send().status()).isEqualTo(200);
        java.util.List<org.communa.module.api.participation.LinkView> incoming = kit.request(workshop, "GET", "")
                .call(request -> request.services().participation().links().of("proposal", origin));
        assertThat(incoming).singleElement().satisfies(link -> {
            assertThat(link.outgoing()).isFalse();
            assertThat(link.title()).containsEntry("fr", "Des abris vélos");
        });
    }

    @Test
    void exportsCarryNoPersonalDataAndImportsCopyOnce() {
        TestOrganisation org = kit.organisation("exports");
        UUID author = kit.participant(org, "Jeanne Secret");
        UUID admin = kit.participant(org, "Admin");
        String id = create(org, author, "=Formule piégée", "Un texte avec \"guillemets\", virgules et\nretour à la ligne.");
        kit.participation(org, author).comments().add(ProposalsModule.TYPE, id, null, "Un commentaire public.", 1);
        assertProblem(kit.request(org, "GET", "export.csv").as(author), 403, "admin");
        ModuleResponse csv = kit.request(org, "GET", "export.csv").as(admin, "admin").send();
        assertThat(csv.fileName()).isEqualTo("proposals.csv");
        assertThat(csv.body()).startsWith("\"reference\",\"title\"").contains("\"'=Formule piégée\"")
                .contains("\"Un texte avec \"\"guillemets\"\", virgules et\nretour à la ligne.\"").doesNotContain("Jeanne");
        ModuleResponse exported = kit.request(org, "GET", "export.json").as(admin, "admin").send();
        assertThat(exported.body()).contains("Un commentaire public.").doesNotContain("Jeanne").doesNotContain(author.toString());

        TestOrganisation next = kit.anotherComponent(org);
        assertThat(json(kit.request(next, "POST", "admin/import").as(admin, "admin").query("source", org.componentId().toString()).send())
                .getInt("imported")).isEqualTo(1);
        assertThat(json(kit.request(next, "POST", "admin/import").as(admin, "admin").query("source", org.componentId().toString()).send())
                .getInt("imported")).isZero();
        assertThat(json(kit.request(next, "GET", "").send()).getJsonArray("items").getJsonObject(0).getString("title")).isEqualTo("=Formule piégée");
    }

    @Test
    void anotherOrganisationSeesNothingOfThese() {
        TestOrganisation mine = kit.organisation("iso-mine");
        TestOrganisation theirs = kit.organisation("iso-theirs");
        UUID author = kit.participant(mine, "Auteur");
        String id = create(mine, author, "Une idée bien à nous", "Un texte que l'autre organisation ne doit pas voir.");
        assertThat(kit.request(theirs, "GET", "proposals/" + id).send().status()).isEqualTo(404);
        assertThat(json(kit.request(theirs, "GET", "").send()).getInt("total")).isZero();
        assertThat(kit.participation(theirs, null).search().similar(ProposalsModule.TYPE, "Une idée bien à nous", 5)).isEmpty();
        int visible = kit.data(theirs).read(sql -> sql.query("select id from proposals_proposals").size());
        assertThat(visible).isZero();
    }

    static void assertProblem(KitRequest request, int status, String detail) {
        ModuleResponse response = request.send();
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).containsIgnoringCase(detail);
    }

    /** The module is built against the SDK only: nothing of the host's or another module's classes. */
    @Test
    void dependsOnlyOnTheSdk() {
        org.communa.module.testkit.ModuleArchitecture.check(ProposalsModule.class);
    }

    /**
     * The organisation's search: the proposal, its comments (found on the proposal's page, at the comment) and the
     * space, never a draft, a deleted comment, or what belongs to another organisation.
     */
    @Test
    void theOrganisationsSearchFindsProposalsTheirCommentsAndTheSpaceButNoDraftsNorDeletedComments() {
        TestOrganisation org = kit.organisation("search-proposals");
        UUID author = kit.participant(org, "Inès");
        String id = create(org, author, "Un atelier de réparation de vélos", "Ouvert le samedi, avec des bénévoles.");
        creating(org, author, "POST", "proposals").body("{\"title\":\"Brouillon sur les vélos cargos\",\"body\":\"Pas encore publié.\"}").send();
        var comment = kit.participation(org, author).comments().add("proposal", id, null, "Les pneus crevés aussi, s’il vous plaît", 1);
        String page = "/processes/search-proposals-space/c/" + org.componentId() + "/proposals/" + id;

        var found = kit.search(org, "velo");
        assertThat(found.hits()).extracting(h -> h.url()).containsExactly(page);
        assertThat(kit.search(org, "pneus creves").hits()).singleElement().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo("comment");
            assertThat(hit.url()).isEqualTo(page + "#comment-" + comment.id());
            assertThat(hit.title()).isEqualTo("Un atelier de réparation de vélos");
            assertThat(hit.extract()).contains("<mark>pneus</mark> <mark>crevés</mark>");
        });
        assertThat(kit.search(org, "espace").hits()).extracting(h -> h.type() + " " + h.url())
                .containsExactly("space /processes/search-proposals-space");
        assertThat(kit.search(org, "velo").countsByType()).containsExactly(java.util.Map.entry("proposal", 1));
        // a typo still finds the title (trigrams)
        assertThat(kit.searchPaths(org, "reparation de velso")).contains(page);

        kit.participation(org, author).comments().delete(comment.id());
        assertThat(kit.searchPaths(org, "pneus")).isEmpty();
        assertThat(kit.searchPaths(kit.organisation("search-proposals-other"), "velo")).isEmpty();
    }

    /** A proposal placed on the map shows on the list's map; an impossible or half position is refused, nothing written. */
    @Test
    void proposalsWithAPositionShowOnTheListsMap() {
        TestOrganisation org = kit.organisation("map-proposals");
        UUID author = kit.participant(org, "Lina");
        ModuleResponse created = creating(org, author, "POST", "proposals").body("{\"title\":\"Un banc au bord du canal\","
                + "\"body\":\"Pour s’asseoir en regardant passer les péniches.\",\"address\":\"Quai du canal\","
                + "\"latitude\":45.7641,\"longitude\":4.8357}").send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = json(created).getString("id");
        assertThat(json(created).getJsonNumber("latitude").doubleValue()).isEqualTo(45.7641);
        creating(org, author, "POST", "proposals/" + id + "/publish").send();
        assertThat(kit.request(org, "GET", "").asPage().send().model().get("mapPoints").toString())
                .isEqualTo("[{\"title\":\"Un banc au bord du canal\",\"url\":\"proposals/" + id + "\",\"lat\":45.7641,\"lon\":4.8357}]");
        ModuleResponse half = creating(org, author, "POST", "proposals").body("{\"title\":\"Un autre banc\",\"body\":\"Un texte assez long pour passer.\","
                + "\"longitude\":4.8}").send();
        assertThat(half.status()).isEqualTo(400);
        ModuleResponse form = creating(org, author, "POST", "proposals").asPage().form(java.util.Map.of("title", "Un troisième banc",
                "body", "Un texte assez long pour passer.", "latitude", "nord", "longitude", "4.8")).send();
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.model().get("problem").toString()).contains("problem.place.range");
    }
}
