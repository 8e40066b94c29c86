package org.communa.modules.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.testkit.ModuleTestKit;
import org.communa.module.testkit.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Meetings through the SDK test kit, on a real PostgreSQL: admin, registration and its line, the door, the feed, isolation. */
class MeetingsModuleTest {

    static ModuleTestKit kit;
    static final UUID ADMIN = UUID.randomUUID();

    @BeforeAll
    static void start() {
        kit = ModuleTestKit.start(new MeetingsModule());
    }

    static String meeting(String title, int days, Integer capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(days).withNano(0);
        return "{\"title\":\"" + title + "\",\"description\":\"Atelier ouvert à tous.\",\"kind\":\"hybrid\",\"address\":\"Salle des fêtes, "
                + "1 place de la Mairie, Nantes\",\"accessibility\":\"Accès de plain-pied\",\"onlineUrl\":\"https://visio.example/atelier\","
                + "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(2) + "\"" + (capacity == null ? "" : ",\"capacity\":" + capacity) + "}";
    }

    static String create(TestOrganisation town, String json) {
        ModuleResponse created = kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin").body(json).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void adminsCreateMeetingsAndBadInputIsRefused() {
        TestOrganisation town = kit.organisation("admin-meetings");
        UUID participant = kit.participant(town, "Camille");
        assertThat(kit.request(town, "POST", "admin/meetings").as(participant).body(meeting("Atelier", 3, 10)).send().status()).isEqualTo(403);
        assertThat(kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin").body(meeting("Atelier", 3, 10).replace("hybrid", "party"))
                .send().status()).isEqualTo(400);
        assertThat(kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin").body(meeting("Atelier", 3, 0)).send().status()).isEqualTo(400);
        ModuleResponse noAddress = kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin")
                .body(meeting("Atelier", 3, 10).replaceAll("\"address\":\"[^\"]+\",", "").replace("hybrid", "in_person")).send();
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(noAddress.body()).contains("address is required");
        String backwards = meeting("Atelier", 3, 10).replaceAll("\"endsAt\":\"[^\"]+\"", "\"endsAt\":\"2020-01-01T10:00:00+01:00\"");
        assertThat(kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin").body(backwards).send().status()).isEqualTo(400);
        assertThat(kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin").body("{not json").send().status()).isEqualTo(400);
        String id = create(town, meeting("Atelier des mobilités", 3, 10));
        String shown = kit.request(town, "GET", "meetings/" + id).send().body();
        assertThat(shown).contains("\"placesLeft\":10").contains("Salle des fêtes").doesNotContain("visio.example");
        assertThat(kit.request(town, "GET", "").send().body()).contains("Atelier des mobilités");
        assertThat(kit.request(town, "GET", "").query("when", "past").send().body()).doesNotContain("Atelier des mobilités");
        assertThat(kit.actionLog(town)).anyMatch(entry -> entry.startsWith("create meeting "));
    }

    @Test
    void twoHundredPeopleRegisteringAtOnceForFiftyPlacesGiveFiftyRegisteredAndAnOrderedLine() throws Exception {
        TestOrganisation campus = kit.organisation("race");
        String id = create(campus, meeting("Forum du campus", 5, 50));
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(kit.participant(campus, "Étudiant " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<ModuleResponse>> answers = new ArrayList<>();
        for (UUID person : people) {
            answers.add(pool.submit(() -> kit.request(campus, "POST", "meetings/" + id + "/registration").as(person).send()));
        }
        int registered = 0;
        int waitlisted = 0;
        for (Future<ModuleResponse> answer : answers) {
            ModuleResponse response = answer.get();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            registered += response.body().contains("\"status\":\"registered\"") ? 1 : 0;
            waitlisted += response.body().contains("\"status\":\"waitlisted\"") ? 1 : 0;
        }
        pool.shutdown();
        assertThat(registered).isEqualTo(50);
        assertThat(waitlisted).isEqualTo(150);
        List<Row> rows = kit.data(campus).read(sql -> sql.query("select status, position, code from meetings_registrations"));
        assertThat(rows).hasSize(200);
        assertThat(rows.stream().filter(row -> row.string("status").equals("registered"))).hasSize(50);
        assertThat(rows.stream().map(row -> row.integer("position")).distinct()).hasSize(200);
        assertThat(rows.stream().map(row -> row.string("code")).distinct()).hasSize(200);
        assertThat(kit.request(campus, "GET", "meetings/" + id).send().body()).contains("\"registered\":50").contains("\"waitlisted\":150")
                .contains("\"placesLeft\":0");
    }

    @Test
    void aFreedPlaceGoesToTheFirstInLineAndCodesAreCheckedOnceAtTheDoor() {
        TestOrganisation town = kit.organisation("line");
        String id = create(town, meeting("Balade urbaine", 2, 1));
        UUID first = kit.participant(town, "Premier");
        UUID second = kit.participant(town, "Deuxième");
        UUID third = kit.participant(town, "Troisième");
        String path = "meetings/" + id + "/registration";
        assertThat(kit.request(town, "POST", path).as(first).send().body()).contains("\"status\":\"registered\"");
        assertThat(kit.request(town, "POST", path).as(second).send().body()).contains("\"status\":\"waitlisted\"").contains("\"ahead\":0");
        assertThat(kit.request(town, "POST", path).as(third).send().body()).contains("\"ahead\":1");
        assertThat(kit.request(town, "POST", path).as(third).send().body()).contains("\"ahead\":1"); // twice is once
        assertThat(kit.request(town, "POST", path).send().status()).isEqualTo(401);
        assertThat(kit.request(town, "POST", path).as(first).setting("registrations_enabled", false).send().status()).isEqualTo(403);

        assertThat(kit.request(town, "DELETE", path).as(first).send().status()).isEqualTo(200);
        assertThat(kit.request(town, "GET", "meetings/" + id).as(second).send().body()).contains("\"status\":\"registered\"");
        assertThat(kit.notifications(town, second)).containsExactly("meeting_place_confirmed");
        assertThat(kit.notifications(town, third)).isEmpty();
        assertThat(kit.request(town, "GET", "meetings/" + id).as(third).send().body()).contains("\"status\":\"waitlisted\"").contains("\"ahead\":0");
        assertThat(kit.request(town, "DELETE", path).as(first).send().status()).isEqualTo(404);

        // two more places: the third comes in
        String bigger = meeting("Balade urbaine", 2, 3);
        assertThat(kit.request(town, "PUT", "admin/meetings/" + id).as(ADMIN, "admin").body(bigger).send().status()).isEqualTo(200);
        assertThat(kit.notifications(town, third)).containsExactly("meeting_place_confirmed");
        String thirdView = kit.request(town, "GET", "meetings/" + id).as(third).send().body();
        assertThat(thirdView).contains("\"status\":\"registered\"").doesNotContain("visio.example"); // the link only once it starts
        String code = thirdView.replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1");

        UUID ambassador = kit.participant(town, "Ambassadrice");
        String checkIn = "admin/meetings/" + id + "/check-in";
        assertThat(kit.request(town, "POST", checkIn).as(third).body("{\"code\":\"" + code + "\"}").send().status()).isEqualTo(403);
        assertThat(kit.request(town, "POST", checkIn).as(ambassador, "ambassador").body("{\"code\":\"" + code.toLowerCase() + "\"}").send()
                .status()).isEqualTo(200);
        assertThat(kit.request(town, "POST", checkIn).as(ambassador, "ambassador").body("{\"code\":\"" + code + "\"}").send().status())
                .isEqualTo(409);
        assertThat(kit.request(town, "POST", checkIn).as(ambassador, "ambassador").body("{\"code\":\"NOPE1234\"}").send().status())
                .isEqualTo(404);

        assertThat(kit.request(town, "POST", "admin/meetings/" + id + "/cancel").as(ADMIN, "admin").send().body()).contains("\"cancelled\":true");
        assertThat(kit.request(town, "POST", path).as(kit.participant(town, "En retard")).send().status()).isEqualTo(409);
    }

    @Test
    void registeredParticipantsGetTheOnlineLinkWhenTheMeetingStarts() {
        TestOrganisation town = kit.organisation("online");
        OffsetDateTime start = OffsetDateTime.now().plusMinutes(5).withNano(0);
        String id = create(town, "{\"title\":\"Conseil en ligne\",\"kind\":\"online\",\"onlineUrl\":\"https://visio.example/conseil\","
                + "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(1) + "\"}");
        UUID registered = kit.participant(town, "Inscrite");
        kit.request(town, "POST", "meetings/" + id + "/registration").as(registered).send();
        assertThat(kit.request(town, "GET", "meetings/" + id).as(registered).send().body()).contains("https://visio.example/conseil");
        assertThat(kit.request(town, "GET", "meetings/" + id).as(kit.participant(town, "Curieux")).send().body()).doesNotContain("visio.example");
        assertThat(kit.request(town, "GET", "meetings/" + id).send().body()).doesNotContain("visio.example");
    }

    @Test
    void theCalendarFeedParsesBackWithAnICalendarLibrary() throws Exception {
        TestOrganisation town = kit.organisation("calendar");
        String long_ = "Atelier; participatif, sur les mobilités douces et les nouvelles pistes cyclables du centre-ville historique";
        create(town, meeting(long_, 4, null));
        create(town, meeting("Réunion publique", 6, 80));
        ModuleResponse feed = kit.request(town, "GET", "meetings.ics").send();
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body().split("\r\n")).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getSummary().get().getValue()).isEqualTo(long_);
        assertThat(events.get(0).getLocation().get().getValue()).isEqualTo("Salle des fêtes, 1 place de la Mairie, Nantes");
    }

    @Test
    void aSpaceFeedGathersItsComponentsAndAPrivateFeedFollowsOneParticipantEverywhere() throws Exception {
        TestOrganisation town = kit.organisation("calendars");
        TestOrganisation workshops = kit.anotherComponent(town);
        TestOrganisation elsewhere = kit.organisation("calendars-elsewhere");
        String forum = create(town, meeting("Forum", 4, 1));
        String walk = create(workshops, meeting("Balade", 5, 1));
        create(elsewhere, meeting("Ailleurs", 5, null));
        org.communa.module.api.ComponentDigest digest = kit.request(town, "GET", "").call(request -> kit.manifest().digest().digest(request));
        assertThat(digest.items()).extracting(org.communa.module.api.ComponentDigest.Item::title).containsExactly("Forum");
        List<VEvent> space = new CalendarBuilder().build(new StringReader(kit.request(town, "GET", "meetings.ics").query("of", "space").send().body()))
                .getComponents("VEVENT");
        assertThat(space).extracting(e -> e.getSummary().get().getValue()).containsExactly("Forum", "Balade");

        UUID first = kit.participant(town, "Première");
        UUID alix = kit.participant(town, "Alix");
        kit.request(town, "POST", "meetings/" + forum + "/registration").as(alix).send();
        kit.request(workshops, "POST", "meetings/" + walk + "/registration").as(first).send();
        kit.request(workshops, "POST", "meetings/" + walk + "/registration").as(alix).send();
        assertThat(kit.request(town, "POST", "calendar-token").send().status()).isEqualTo(401);
        ModuleResponse given = kit.request(workshops, "POST", "calendar-token").as(alix).send();
        assertThat(given.status()).isEqualTo(201);
        String path = given.body().replaceAll(".*\"path\":\"([^\"]+)\".*", "$1");
        String token = path.substring(path.indexOf("token=") + 6);
        ModuleResponse mine = kit.request(town, "GET", "calendar.ics").query("token", token).send();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(mine.body())).getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().get().getValue() + " " + e.getStatus().get().getValue())
                .containsExactly("Forum CONFIRMED", "Balade TENTATIVE");
        assertThat(kit.request(elsewhere, "GET", "calendar.ics").query("token", token).send().status()).as("another organisation's").isEqualTo(404);
        kit.request(town, "POST", "calendar-token").as(alix).send();
        assertThat(kit.request(town, "GET", "calendar.ics").query("token", token).send().status()).as("asking again revokes").isEqualTo(404);
        assertThat(kit.request(town, "GET", "calendar.ics").query("token", "x").send().status()).isEqualTo(404);
        assertThat(kit.request(town, "GET", "calendar.ics").send().status()).isEqualTo(404);
    }

    @Test
    void adminsAddMeetingsFromTheirPageWithLocalTimes() {
        TestOrganisation town = kit.organisation("admin-page");
        assertThat(kit.request(town, "GET", "admin").as(ADMIN, "admin").asPage().send().status()).isEqualTo(200);
        assertThat(kit.request(town, "GET", "admin").as(kit.participant(town, "Curieuse")).asPage().send().status()).isEqualTo(403);
        java.util.Map<String, String> form = new java.util.HashMap<>(java.util.Map.of("title", "Atelier de quartier", "kind", "in_person",
                "address", "Maison de quartier", "startsAt", "2027-01-20T18:00", "endsAt", "2027-01-20T20:00", "capacity", "25"));
        assertThat(kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin").asPage().form(form).send().status()).isEqualTo(303);
        // the kit's organisation lives in UTC: the local time typed is that instant
        assertThat(kit.data(town).read(sql -> sql.first("select starts_at, capacity from meetings_meetings")).orElseThrow().time("starts_at")
                .toInstant()).isEqualTo(java.time.Instant.parse("2027-01-20T18:00:00Z"));
        form.put("endsAt", "2027-01-20T17:00");
        assertThat(kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin").asPage().form(form).send().status()).isEqualTo(400);
        form.put("capacity", "beaucoup");
        assertThat(kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin").asPage().form(form).send().status()).isEqualTo(400);
        assertThat(kit.data(town).read(sql -> sql.query("select id from meetings_meetings")).size()).isEqualTo(1);
    }

    @Test
    void theDemoSeedGivesTwoComingMeetingsToRegisterFor() {
        TestOrganisation campus = kit.organisation("demo");
        kit.manifest().demoSeed().seed(kit.data(campus), campus.componentId(), campus.spaceSlug());
        String list = kit.request(campus, "GET", "").send().body();
        assertThat(list).contains("Atelier vie de campus").contains("Forum en ligne des 13 campus");
        // run again at the next start: nothing added twice
        kit.manifest().demoSeed().seed(kit.data(campus), campus.componentId(), campus.spaceSlug());
        assertThat(kit.request(campus, "GET", "").send().body().split("Atelier vie de campus", -1)).hasSize(2);
        String id = list.replaceAll("^\\{\"items\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        assertThat(kit.request(campus, "POST", "meetings/" + id + "/registration").as(kit.participant(campus, "Étudiante")).send().body())
                .contains("\"status\":\"registered\"");
    }

    @Test
    void anotherOrganisationSeesNothing() {
        TestOrganisation town = kit.organisation("mine");
        TestOrganisation other = kit.organisation("theirs");
        String id = create(town, meeting("Privé à la ville", 3, 10));
        kit.request(town, "POST", "meetings/" + id + "/registration").as(kit.participant(town, "Habitant")).send();
        assertThat(kit.data(other).read(sql -> sql.query("select id from meetings_meetings")).size()).isZero();
        assertThat(kit.data(other).read(sql -> sql.query("select meeting_id from meetings_registrations")).size()).isZero();
        assertThat(kit.request(other, "GET", "meetings/" + id).send().status()).isEqualTo(404);
        assertThat(kit.request(other, "POST", "meetings/" + id + "/registration").as(kit.participant(other, "Intrus")).send().status())
                .isEqualTo(404);
        assertThat(kit.request(other, "GET", "").send().body()).doesNotContain("Privé à la ville");
    }

    @Test
    void aRegistrationFormIsAnsweredWhenRegisteringAndItsFaultsAreListed() {
        TestOrganisation town = kit.organisation("form-meetings");
        String form = "\"registrationForm\": {\"questions\": [{\"id\": \"repas\", \"type\": \"single_choice\", \"text\": \"Votre repas\", "
                + "\"required\": true, \"choices\": [\"Végétarien\", \"Omnivore\"]}, {\"id\": \"besoins\", \"type\": \"long_text\", "
                + "\"text\": \"Besoins d'accessibilité\"}]}";
        ModuleResponse badForm = kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin")
                .body(meeting("Repas de quartier", 4, 20).replaceFirst("\\}$", ", " + form.replace("single_choice", "dropdown") + "}")).send();
        assertThat(badForm.status()).isEqualTo(400);
        assertThat(badForm.body()).contains("questionnaire questions[0].type: unknown type dropdown");
        String id = create(town, meeting("Repas de quartier", 4, 20).replaceFirst("\\}$", ", " + form + "}"));
        assertThat(kit.request(town, "GET", "meetings/" + id).send().body()).contains("\"registrationForm\"").contains("Végétarien");

        UUID camille = kit.participant(town, "Camille");
        ModuleResponse missing = kit.request(town, "POST", "meetings/" + id + "/registration").as(camille).body("{\"answers\": {}}").send();
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("repas: is required");
        assertThat(kit.request(town, "POST", "meetings/" + id + "/registration").as(camille).send().status()).as("no answers at all").isEqualTo(422);
        ModuleResponse page = kit.request(town, "POST", "meetings/" + id + "/registration").as(camille).asPage()
                .form(java.util.Map.of("q.besoins", "Boucle magnétique")).send();
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.template()).isEqualTo("meeting");
        assertThat(page.model().get("registrationForm").toString()).contains("code=required").contains("value=Boucle magnétique");
        assertThat(kit.request(town, "GET", "meetings/" + id).as(camille).send().body()).doesNotContain("\"registration\"");

        ModuleResponse registered = kit.request(town, "POST", "meetings/" + id + "/registration").as(camille).asPage()
                .form(java.util.Map.of("q.repas", "c1", "q.besoins", "Boucle magnétique")).send();
        assertThat(registered.status()).isEqualTo(303);
        assertThat(kit.request(town, "POST", "meetings/" + id + "/registration").as(kit.participant(town, "Sam"))
                .body("{\"answers\": {\"repas\": \"c2\"}}").send().status()).isEqualTo(200);
        String csv = kit.request(town, "GET", "admin/meetings/" + id + "/registrations.csv").as(ADMIN, "admin").send().body();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\"code\",\"status\",\"position\",\"registered_at\",\"attended_at\",\"Votre repas\",\"Besoins d'accessibilité\"");
        assertThat(csv).contains("\"registered\",\"1\"").contains("\"Végétarien\",\"Boucle magnétique\"").contains("\"Omnivore\",\"\"");
        assertThat(kit.request(town, "GET", "admin/meetings/" + id + "/registrations.csv").as(camille).send().status()).isEqualTo(403);
        ModuleResponse changed = kit.request(town, "PUT", "admin/meetings/" + id).as(ADMIN, "admin")
                .body(meeting("Repas de quartier", 4, 20).replaceFirst("\\}$", ", " + form.replace("Omnivore", "Sans gluten") + "}")).send();
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.body()).contains("stays as they answered it");
    }

    @Test
    void meetingsAreFilteredByKindScopeAndDatesAndCarryTheirMinutesAfterwards() {
        TestOrganisation campus = kit.organisation("filter-meetings");
        UUID north = kit.scope(campus, "nord", "Campus Nord", null);
        UUID library = kit.scope(campus, "nord-bu", "Bibliothèque Nord", north);
        UUID south = kit.scope(campus, "sud", "Campus Sud", null);
        String inLibrary = create(campus, meeting("Atelier à la bibliothèque", 3, null).replaceFirst("\\}$", ", \"scopeId\": \"" + library + "\"}"));
        String inSouth = create(campus, meeting("Forum du sud", 10, null).replace("hybrid", "in_person").replaceFirst("\\}$", ", \"scopeId\": \"" + south + "\"}"));
        assertThat(kit.request(campus, "POST", "admin/meetings").as(ADMIN, "admin")
                .body(meeting("Ailleurs", 3, null).replaceFirst("\\}$", ", \"scopeId\": \"" + UUID.randomUUID() + "\"}")).send().body())
                .contains("no scope");
        assertThat(kit.request(campus, "GET", "").query("scope", north.toString()).send().body()).as("a campus includes its buildings")
                .contains(inLibrary).doesNotContain(inSouth).contains("Bibliothèque Nord");
        assertThat(kit.request(campus, "GET", "").query("kind", "in_person").send().body()).contains(inSouth).doesNotContain(inLibrary);
        String inFiveDays = java.time.LocalDate.now().plusDays(5).toString();
        assertThat(kit.request(campus, "GET", "").query("from", inFiveDays).send().body()).contains(inSouth).doesNotContain(inLibrary);
        assertThat(kit.request(campus, "GET", "").query("to", inFiveDays).send().body()).contains(inLibrary).doesNotContain(inSouth);
        assertThat(kit.request(campus, "GET", "").query("from", "demain").send().body()).contains("from must be a date");
        assertThat(kit.request(campus, "GET", "").query("kind", "party").send().status()).isEqualTo(400);
        assertThat(kit.request(campus, "GET", "").query("scope", "nord").send().status()).isEqualTo(400);

        ModuleResponse early = kit.request(campus, "POST", "admin/meetings/" + inSouth + "/minutes").as(ADMIN, "admin").body("{\"minutes\": \"Tôt\"}").send();
        assertThat(early.status()).isEqualTo(409);
        String held = create(campus, meeting("Atelier passé", -2, 30));
        UUID came = kit.participant(campus, "Venue");
        kit.request(campus, "POST", "meetings/" + held + "/registration").as(came).send();
        ModuleResponse minutes = kit.request(campus, "POST", "admin/meetings/" + held + "/minutes").as(ADMIN, "admin")
                .body("{\"minutes\": \"<p>Trois idées retenues.</p><script>alert(1)</script>\", \"videoUrl\": \"https://video.example/atelier\"}").send();
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(200);
        assertThat(minutes.body()).contains("<p>Trois idées retenues.</p>").doesNotContain("<script").doesNotContain("alert(1)").contains("\"attendees\":0")
                .contains("https://video.example/atelier");
        assertThat(kit.request(campus, "POST", "admin/meetings/" + held + "/minutes").as(ADMIN, "admin")
                .body("{\"videoUrl\": \"javascript:alert(1)\"}").send().status()).isEqualTo(400);
        assertThat(kit.request(campus, "POST", "admin/meetings/" + held + "/minutes").as(came).body("{}").send().status()).isEqualTo(403);
        assertThat(kit.request(campus, "GET", "meetings/" + held).send().body()).contains("Trois idées retenues");
    }

    @Test
    void adminsBuildTheRegistrationFormWithTheSurveysBuilderUntilSomeoneRegisters() {
        TestOrganisation town = kit.organisation("form-builder-meetings");
        String id = create(town, meeting("Balade urbaine", 6, 15));
        ModuleResponse added = kit.request(town, "POST", "admin/meetings/" + id + "/form/questions").as(ADMIN, "admin").asPage()
                .form(java.util.Map.of("type", "single_choice", "text", "Quel parcours ?", "choices", "Centre\nBords de Loire", "required", "on")).send();
        assertThat(added.status()).isEqualTo(303);
        assertThat(added.location()).isEqualTo("admin/meetings/" + id + "/form");
        assertThat(kit.request(town, "POST", "admin/meetings/" + id + "/form/questions").as(ADMIN, "admin")
                .body("{\"type\": \"short_text\", \"text\": \"Allergies\"}").send().status()).isEqualTo(200);
        ModuleResponse builder = kit.request(town, "GET", "admin/meetings/" + id + "/form").as(ADMIN, "admin").asPage().send();
        assertThat(builder.template()).isEqualTo("form");
        assertThat(builder.model().get("builder").toString()).contains("Quel parcours ?").contains("Allergies");
        assertThat(kit.request(town, "GET", "admin/meetings/" + id + "/form").as(kit.participant(town, "Curieux")).send().status()).isEqualTo(403);
        assertThat(kit.request(town, "POST", "meetings/" + id + "/registration").as(kit.participant(town, "Marcheuse"))
                .body("{\"answers\": {\"q1\": \"c2\"}}").send().status()).isEqualTo(200);
        ModuleResponse locked = kit.request(town, "POST", "admin/meetings/" + id + "/form/questions/q2/delete").as(ADMIN, "admin").send();
        assertThat(locked.status()).isEqualTo(409);
        assertThat(kit.request(town, "GET", "admin/meetings/" + id + "/form").as(ADMIN, "admin").asPage().send().model().get("locked")).isEqualTo(true);
    }

    @Test
    void peopleCommentOnAndFollowMeetingsWithThePlatformsServicesUntilOneIsCancelled() {
        TestOrganisation town = kit.organisation("comment-meetings");
        String id = create(town, meeting("Conseil de quartier", 8, null));
        var catalog = kit.manifest().resourceCatalog();
        java.util.Optional<org.communa.module.api.participation.ResourceInfo> found =
                kit.request(town, "GET", "").call(request -> catalog.find(request, "meeting", id));
        assertThat(found.orElseThrow().acceptsComments()).isTrue();
        assertThat(found.orElseThrow().acceptsSupports()).isFalse();
        assertThat(found.orElseThrow().path()).isEqualTo("meetings/" + id);
        UUID neighbour = kit.participant(town, "Voisine");
        kit.participation(town, neighbour).comments().add("meeting", id, null, "J’apporte les plans du square.", 0);
        ModuleResponse page = kit.request(town, "GET", "meetings/" + id).as(neighbour).asPage().send();
        assertThat(page.model().get("participation").toString()).contains("J’apporte les plans du square.");
        kit.request(town, "POST", "admin/meetings/" + id + "/cancel").as(ADMIN, "admin").send();
        java.util.Optional<org.communa.module.api.participation.ResourceInfo> cancelled =
                kit.request(town, "GET", "").call(request -> catalog.find(request, "meeting", id));
        assertThat(cancelled.orElseThrow().acceptsComments()).isFalse();
        java.util.Optional<org.communa.module.api.participation.ResourceInfo> unknown =
                kit.request(town, "GET", "").call(request -> catalog.find(request, "meeting", UUID.randomUUID().toString()));
        assertThat(unknown).isEmpty();
    }

    /** The module is built against the SDK only: nothing of the host's or another module's classes. */
    @Test
    void dependsOnlyOnTheSdk() {
        org.communa.module.testkit.ModuleArchitecture.check(MeetingsModule.class);
    }

    @Test
    void meetingsAreFoundByTheOrganisationsSearchByTheirPlaceUntilTheyAreCancelled() {
        TestOrganisation town = kit.organisation("search-meetings");
        String id = create(town, meeting("Atelier mobilités douces", 5, null));
        String path = "/processes/search-meetings-space/c/" + town.componentId() + "/meetings/" + id;
        assertThat(kit.searchPaths(town, "mairie")).containsExactly(path);
        assertThat(kit.searchPaths(town, "mobilite douce")).containsExactly(path);
        assertThat(kit.searchPaths(kit.organisation("search-meetings-other"), "mairie")).isEmpty();
        kit.request(town, "POST", "admin/meetings/" + id + "/cancel").as(ADMIN, "admin").send();
        assertThat(kit.searchPaths(town, "mairie")).isEmpty();
    }

    @Test
    void aMeetingWithAPositionShowsOnTheListsMapAndAHalfOrImpossiblePositionIsRefused() {
        TestOrganisation town = kit.organisation("map-meetings");
        String placed = create(town, meeting("Atelier au jardin", 4, null).replace("}", ",\"latitude\":45.7578,\"longitude\":4.832}"));
        create(town, meeting("Atelier sans position", 5, null));
        ModuleResponse list = kit.request(town, "GET", "").asPage().send();
        assertThat(list.model().get("mapPoints").toString())
                .isEqualTo("[{\"title\":\"Atelier au jardin\",\"url\":\"meetings/" + placed + "\",\"lat\":45.7578,\"lon\":4.832}]");
        assertThat(kit.request(town, "GET", "meetings/" + placed).send().body()).contains("\"latitude\":45.7578");
        ModuleResponse half = kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin")
                .body(meeting("Moitié", 3, null).replace("}", ",\"latitude\":45.7}")).send();
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.body()).contains("latitude and longitude go together");
        ModuleResponse off = kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin")
                .body(meeting("Hors du monde", 3, null).replace("}", ",\"latitude\":95,\"longitude\":4}")).send();
        assertThat(off.status()).isEqualTo(400);
        // the admin's form: the same fields as text
        ModuleResponse form = kit.request(town, "POST", "admin/meetings").as(ADMIN, "admin").asPage().form(java.util.Map.of(
                "title", "Atelier du quai", "kind", "in_person", "address", "Quai Rambaud", "latitude", "45,74", "longitude", "4,81",
                "startsAt", "2030-05-04T18:00", "endsAt", "2030-05-04T20:00")).send();
        assertThat(form.location()).isEqualTo("admin");
        assertThat(kit.request(town, "GET", "").asPage().send().model().get("mapPoints").toString()).contains("\"lat\":45.74,\"lon\":4.81");
    }
}
