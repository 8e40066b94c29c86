package org.communa.launcher.demo;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.communa.launcher.demo.OrganisationApi.Account;

/**
 * The water utility's participatory budget as it ran, driven through the HTTP API by the three roles that
 * ran it: the admin sets up the process (phases, six themes, the census of people living or working in the
 * city, a 250,000 EUR envelope), residents file ideas under the themes, staff answer each with the
 * feasibility study (a cost estimate, or a public reason), the admin turns the feasible ideas into projects
 * (through the proposals module's published contract) and opens the vote, residents prove they are on the
 * census and vote, the admin publishes the results and records the works. The demo organisation is filled by
 * this story, and the integration test runs it and checks every hand-over.
 */
public final class WaterBudgetStory {

    public static final String SLUG = "budget-eau-2026";
    public static final BigDecimal ENVELOPE = new BigDecimal("250000");
    static final String[][] THEMES = {
        {"Accès à l’eau potable dans la ville et rafraîchissement", "Access to drinking water in the city and cooling"},
        {"Eau potable et sport/loisirs", "Drinking water, sport and leisure"},
        {"Eau potable et solidarité", "Drinking water and solidarity"},
        {"Eau potable et alimentation durable", "Drinking water and sustainable food"},
        {"Économie d’eau potable", "Saving drinking water"},
        {"Éducation à l’eau et à l’environnement", "Water and environmental education"},
    };

    /** An idea as a resident files it and as the feasibility study answers it (cost null: not feasible). */
    public record Idea(int theme, String title, String body, BigDecimal cost, String answer) {
        public boolean feasible() {
            return cost != null;
        }
    }

    /** Who plays: the organisation's admin, a member of staff (evaluator role), residents with their census identifier. */
    public record Cast(Account admin, Account staff, List<Resident> residents) {
    }

    public record Resident(Account account, String censusIdentifier) {
    }

    /** What each step handed to the next, for the demo's log and the test's checks. */
    public record Outcome(String ideasPath, String budgetPath, String budgetId, List<String> ideaIds, int ideasListed,
            int answersPublished, JsonObject imported, List<JsonObject> projects, int ballots, JsonObject results,
            int followersTold, String pabulib) {
    }

    private final OrganisationApi api;
    private final Cast cast;
    private final List<Idea> ideas;

    public WaterBudgetStory(OrganisationApi api, Cast cast, List<Idea> ideas) {
        this.api = api;
        this.cast = cast;
        this.ideas = ideas;
    }

    /** The demo's ideas: 48, eight per theme, 37 found feasible. */
    public static List<Idea> demoIdeas() {
        List<Idea> ideas = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                WaterBudgetStory.class.getResourceAsStream("/demo/eau-idees.tsv"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                ideas.add(new Idea(Integer.parseInt(f[0]), f[1], f[2], f[3].equals("faisable") ? new BigDecimal(f[4]) : null, f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ideas;
    }

    public Outcome run() {
        Process process = setUp();
        List<String> ideaIds = fileIdeas(process);
        int ideasListed = api.get(Account.VISITOR, process.ideas()).expect(200).json().getInt("total");
        int answers = studyFeasibility(process, ideaIds);
        process = process.withBudget(createBudget(process));
        JsonObject imported = api.json(cast.admin(), "POST", process.budgets() + "/admin/budgets/" + process.budgetId()
                + "/import-proposals", Json.createObjectBuilder().add("source", process.ideasId()).build()).expect(200).json();
        List<JsonObject> projects = api.get(Account.VISITOR, process.budgets() + "/budgets/" + process.budgetId()).expect(200).json()
                .getJsonArray("projects").getValuesAs(JsonObject.class);
        int ballots = vote(process, projects);
        JsonObject results = publishResults(process);
        int told = followUp(process, results);
        String pabulib = api.get(Account.VISITOR, process.budgets() + "/budgets/" + process.budgetId() + "/export.pb").expect(200).body();
        return new Outcome(process.ideas(), process.budgets(), process.budgetId(), ideaIds, ideasListed, answers, imported, projects,
                ballots, results, told, pabulib);
    }

    /** The process as the admin set it up: ids and the API paths of its two components. */
    private record Process(String spaceId, List<String> phases, List<String> themes, String ideas, String ideasId, String budgets,
            String budgetsId, String budgetId) {
        Process withBudget(String id) {
            return new Process(spaceId, phases, themes, ideas, ideasId, budgets, budgetsId, id);
        }
    }

    /** The admin: the process, its phases and themes, the two components, the census, who may vote. */
    private Process setUp() {
        Account admin = cast.admin();
        String space = api.json(admin, "POST", "api/admin/spaces", Json.createObjectBuilder().add("kind", "process").add("slug", SLUG)
                .add("title", titled("Budget participatif de l’eau 2026", "Water participatory budget 2026"))
                .add("description", titled("250 000 € pour les projets des habitants et des personnes qui travaillent dans la ville, "
                        + "autour de l’eau potable.", "EUR 250,000 for water projects by the people who live or work in the city."))
                .add("published", true).build()).expect(201).json().getString("id");
        // as it ran, ending today: ideas five months ago, the vote last month, the works followed for a year
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        String[][] phaseNames = {{"Dépôt des idées", "Ideas", today.minusDays(150).toString(), today.minusDays(106).toString()},
            {"Étude de faisabilité", "Feasibility study", today.minusDays(105).toString(), today.minusDays(61).toString()},
            {"Vote", "Vote", today.minusDays(60).toString(), today.minusDays(31).toString()},
            {"Suivi des réalisations", "Follow-up", today.minusDays(30).toString(), today.plusDays(335).toString()}};
        List<String> phases = new ArrayList<>();
        for (String[] phase : phaseNames) {
            phases.add(api.json(admin, "POST", "api/admin/spaces/" + space + "/phases", Json.createObjectBuilder()
                    .add("title", titled(phase[0], phase[1])).add("startsOn", phase[2]).add("endsOn", phase[3]).build())
                    .expect(201).json().getString("id"));
        }
        List<String> themes = new ArrayList<>();
        for (String[] theme : THEMES) {
            themes.add(api.json(admin, "POST", "api/admin/spaces/" + space + "/categories", Json.createObjectBuilder()
                    .add("name", titled(theme[0], theme[1])).build()).expect(201).json().getString("id"));
        }
        String ideasId = component(space, "proposals", titled("Idées", "Ideas"), Json.createObjectBuilder()
                .add(phases.get(0), Json.createObjectBuilder().add("creation_enabled", true).add("supports_enabled", true)));
        String budgetsId = component(space, "budgets", titled("Vote", "Vote"), Json.createObjectBuilder()
                .add(phases.get(2), Json.createObjectBuilder().add("voting_enabled", true))
                .add(phases.get(3), Json.createObjectBuilder().add("results_published", true)));
        // who may vote: people living or working in the city, on the census the utility holds (hashed identifiers)
        StringBuilder census = new StringBuilder();
        cast.residents().forEach(r -> census.append(sha256(r.censusIdentifier())).append('\n'));
        api.send(admin, "PUT", "api/admin/verifications/census", census.toString(), "text/plain").expect(200);
        api.json(admin, "PUT", "api/admin/spaces/" + space + "/components/" + budgetsId + "/verifications",
                Json.createObjectBuilder().add("vote", "census").build()).expect(200);
        activate(space, phases.get(0));
        return new Process(space, phases, themes, "api/spaces/" + SLUG + "/c/" + ideasId, ideasId,
                "api/spaces/" + SLUG + "/c/" + budgetsId, budgetsId, null);
    }

    private String component(String space, String module, JsonObject name, JsonObjectBuilder phaseSettings) {
        return api.json(cast.admin(), "POST", "api/admin/spaces/" + space + "/components", Json.createObjectBuilder()
                .add("module", module).add("name", name).add("published", true).add("phaseSettings", phaseSettings).build())
                .expect(201).json().getString("id");
    }

    private void activate(String space, String phase) {
        api.json(cast.admin(), "POST", "api/admin/spaces/" + space + "/phases/" + phase + "/activate", null).expect(200);
    }

    /** Residents, in turn, file and publish the ideas under their theme. */
    private List<String> fileIdeas(Process process) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            Idea idea = ideas.get(i);
            Account author = cast.residents().get(i % cast.residents().size()).account();
            var proposal = Json.createObjectBuilder().add("title", idea.title()).add("body", idea.body())
                    .add("categoryId", process.themes().get(idea.theme() - 1));
            int number = i + 1;
            if (number % 4 != 0) {
                // three ideas in four are somewhere in the city: residents placed them on the map
                proposal.add("latitude", 45.725 + (number * 37 % 70) / 1000.0).add("longitude", 4.75 + (number * 53 % 180) / 1000.0);
            }
            String id = api.json(author, "POST", process.ideas() + "/proposals", proposal.build()).expect(201).json().getString("id");
            api.json(author, "POST", process.ideas() + "/proposals/" + id + "/publish", null).expect(200);
            ids.add(id);
        }
        return ids;
    }

    /** Staff answer every idea (a cost estimate, or why not), then the admin publishes the answers together. */
    private int studyFeasibility(Process process, List<String> ideaIds) {
        activate(process.spaceId(), process.phases().get(1));
        for (int i = 0; i < ideas.size(); i++) {
            Idea idea = ideas.get(i);
            JsonObjectBuilder answer = Json.createObjectBuilder().add("answerState", idea.feasible() ? "accepted" : "rejected")
                    .add("answer", idea.answer());
            if (idea.feasible()) {
                answer.add("cost", idea.cost().toPlainString());
            }
            api.json(cast.staff(), "POST", process.ideas() + "/proposals/" + ideaIds.get(i) + "/answer", answer.build()).expect(200);
        }
        return api.json(cast.admin(), "POST", process.ideas() + "/admin/answers/publish", null).expect(200).json().getInt("published");
    }

    /** The admin creates the budget; the feasible ideas are then put on its ballot. */
    private String createBudget(Process process) {
        return api.json(cast.admin(), "POST", process.budgets() + "/admin/budgets", Json.createObjectBuilder()
                .add("title", "Budget participatif de l’eau 2026")
                .add("description", "Choisissez les projets à financer dans l’enveloppe de 250 000 €.")
                .add("envelope", ENVELOPE).add("currency", "EUR").add("ballotRule", "knapsack")
                // Equal Shares, completed greedily with what is left: the results page explains each project
                .add("countingRule", "mes-add1").add("greedyCompletion", true)
                .build()).expect(201).json().getString("id");
    }

    /**
     * Residents prove they are on the census and vote: each prefers the projects of two themes, then others in
     * an order of their own, and fills the ballot as far as the envelope allows, with at most six projects.
     */
    private int vote(Process process, List<JsonObject> projects) {
        activate(process.spaceId(), process.phases().get(2));
        int ballots = 0;
        List<Resident> residents = cast.residents();
        for (int r = 0; r < residents.size(); r++) {
            Resident resident = residents.get(r);
            api.json(resident.account(), "POST", "api/account/verifications/census", Json.createObjectBuilder()
                    .add("identifier", resident.censusIdentifier()).build()).expect(201);
            api.json(resident.account(), "POST", process.budgets() + "/budgets/" + process.budgetId() + "/ballot",
                    Json.createObjectBuilder().add("projects", ballot(r, projects, process.themes())).build()).expect(201);
            ballots++;
        }
        return ballots;
    }

    private static JsonArrayBuilder ballot(int resident, List<JsonObject> projects, List<String> themeIds) {
        Random taste = new Random(2026L * 31 + resident);
        int first = resident % THEMES.length;
        int second = (resident * 5 + 2) % THEMES.length;
        List<JsonObject> order = new ArrayList<>(projects);
        java.util.Collections.shuffle(order, taste);
        order.sort(Comparator.comparingInt(p -> {
            String category = p.getString("categoryId", "");
            return category.equals(themeIds.get(first)) ? 0 : category.equals(themeIds.get(second)) ? 1 : 2;
        }));
        JsonArrayBuilder chosen = Json.createArrayBuilder();
        BigDecimal total = BigDecimal.ZERO;
        int count = 0;
        for (JsonObject project : order) {
            BigDecimal cost = project.getJsonNumber("cost").bigDecimalValue();
            if (count < 6 && total.add(cost).compareTo(ENVELOPE) <= 0) {
                chosen.add(project.getString("id"));
                total = total.add(cost);
                count++;
            }
        }
        return chosen;
    }

    /** The vote closes: the follow-up phase publishes the results. */
    private JsonObject publishResults(Process process) {
        activate(process.spaceId(), process.phases().get(3));
        return api.get(Account.VISITOR, process.budgets() + "/budgets/" + process.budgetId() + "/results").expect(200).json();
    }

    /** The admin records the start of the works of each funded project; its followers, voters among them, are told. */
    private int followUp(Process process, JsonObject results) {
        List<JsonObject> projects = api.get(Account.VISITOR, process.budgets() + "/budgets/" + process.budgetId()).expect(200).json()
                .getJsonArray("projects").getValuesAs(JsonObject.class);
        List<String> winners = results.getJsonArray("winners").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        int told = 0;
        for (JsonObject project : projects) {
            if (winners.contains(String.valueOf(project.getInt("reference")))) {
                told += api.json(cast.admin(), "POST", process.budgets() + "/admin/budgets/" + process.budgetId() + "/projects/"
                        + project.getString("id") + "/progress", Json.createObjectBuilder().add("title", "Étude détaillée lancée")
                        .add("body", "Le service des eaux a lancé l’étude détaillée et le calendrier des travaux.")
                        .add("status", "in_progress").add("progress", 10).add("date", java.time.LocalDate.now().minusDays(7).toString()).build())
                        .expect(201).json().getInt("notified");
            }
        }
        return told;
    }

    static JsonObject titled(String fr, String en) {
        return Json.createObjectBuilder().add("fr", fr).add("en", en).build();
    }

    /** The census holds SHA-256 of identifiers trimmed and upper-cased, never the identifiers. */
    static String sha256(String identifier) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identifier.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
