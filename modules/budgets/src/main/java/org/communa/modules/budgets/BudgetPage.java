package org.communa.modules.budgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;

/**
 * The page of a budget: its projects as a ballot form, the running total of what is ticked (worked out by
 * the server when the voter asks, so that it works without JavaScript), whether the voter may vote and,
 * if not, why; after a refused checkout, the same page with the refusal and the voter's choices kept.
 */
final class BudgetPage {

    private BudgetPage() {
    }

    /** {@code choices}: what to show ticked (null: the voter's stored ballot, if any). */
    static ModuleResponse render(ModuleRequest request, UUID budgetId, Map<UUID, Integer> choices, ModuleProblem problem) {
        UUID participant = request.participantId().orElse(null);
        // read before the page's transaction, which then holds one connection only (the census is the host's)
        boolean verified = !request.settings().bool("census_required") || participant != null
                && request.services().eligibility().held(org.communa.module.api.eligibility.Verification.CENSUS).isPresent();
        return request.data().read(sql -> {
            Row budget = Budgets.budget(sql, request, budgetId);
            String currency = budget.string("currency");
            Map<UUID, Integer> stored = new LinkedHashMap<>();
            if (participant != null) {
                sql.query("select c.project_id, c.points from budgets_choices c join budgets_ballots b on b.id = c.ballot_id "
                        + "where b.budget_id = ? and b.participant_id = ? order by c.position", budget.uuid("id"), participant)
                        .forEach(choice -> stored.put(choice.uuid("project_id"), choice.integer("points").intValue()));
            }
            Map<UUID, Integer> shown = choices != null ? choices : !stored.isEmpty() || participant == null ? stored
                    : draft(sql, budget.uuid("id"), participant);
            ProjectFilter filter = ProjectFilter.of(sql, "POST".equals(request.method()) ? request.form() : request.query());
            Map<String, Object> choicesOffered = ProjectFilter.choices(sql, request.componentId());
            Map<String, Object> themes = named(choicesOffered.get("themes"));
            Map<String, Object> scopes = named(choicesOffered.get("scopes"));
            List<Map<String, Object>> projects = new ArrayList<>();
            List<Map<String, Object>> hiddenChoices = new ArrayList<>();
            List<org.communa.module.api.data.Place.Point> places = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            int points = 0;
            for (Row row : Budgets.projects(sql, budget.uuid("id"))) {
                Map<String, Object> project = new LinkedHashMap<>();
                UUID id = row.uuid("id");
                project.put("id", id.toString());
                project.put("reference", row.integer("reference"));
                project.put("title", row.string("title"));
                project.put("description", summary(row.string("description")));
                project.put("theme", row.uuid("category_id") == null ? Map.of() : themes.getOrDefault(row.uuid("category_id").toString(), Map.of()));
                project.put("scope", row.uuid("scope_id") == null ? Map.of() : scopes.getOrDefault(row.uuid("scope_id").toString(), Map.of()));
                project.put("cost", Money.format(row.decimal("cost"), currency, request.locale()));
                project.put("costAmount", row.decimal("cost").toPlainString());
                project.put("withdrawn", row.bool("withdrawn"));
                project.put("selected", shown.containsKey(id));
                project.put("points", shown.getOrDefault(id, 0));
                project.put("rank", shown.containsKey(id) ? List.copyOf(shown.keySet()).indexOf(id) + 1 : 0);
                if (shown.containsKey(id)) {
                    total = total.add(row.decimal("cost"));
                    points += shown.get(id);
                }
                if (filter.shows(row)) {
                    projects.add(project);
                    places.add(new org.communa.module.api.data.Place.Point(row.string("title"),
                            "budgets/" + budget.uuid("id") + "/projects/" + id, org.communa.module.api.data.Place.of(row)));
                } else if (shown.containsKey(id)) {
                    hiddenChoices.add(project);
                }
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("budget", view(budget, request.locale()));
            model.put("projects", projects);
            model.put("hiddenChoices", hiddenChoices);
            model.put("mapPoints", org.communa.module.api.data.Place.mapPoints(places));
            model.put("filter", filter.toModel());
            model.put("filtering", filter.active());
            model.put("filterChoices", choicesOffered);
            model.put("total", Money.format(total, currency, request.locale()));
            model.put("left", Money.format(budget.decimal("envelope").subtract(total), currency, request.locale()));
            model.put("over", "knapsack".equals(budget.string("ballot_rule")) && total.compareTo(budget.decimal("envelope")) > 0);
            model.put("pointsGiven", points);
            model.put("signedIn", participant != null);
            model.put("votingOpen", request.settings().bool("voting_enabled"));
            model.put("canVote", request.services().can("vote"));
            model.put("voteRefusal", request.services().can("vote") ? "" : request.services().refusal("vote"));
            model.put("needsVerification", participant != null && !verified);
            model.put("voted", !stored.isEmpty());
            model.put("justVoted", "1".equals(request.query().get("voted")));
            model.put("changesAllowed", request.settings().bool("ballot_changes_allowed"));
            model.put("resultsPublished", request.settings().bool("results_published") || Budgets.staff(request));
            model.put("problem", problem == null ? "" : problem.toModel());
            return ModuleResponse.view(problem == null ? 200 : problem.status(), "show", model);
        });
    }

    /** Names per language by id, from the choices' lists. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> named(Object choices) {
        Map<String, Object> names = new LinkedHashMap<>();
        ((List<Map<String, Object>>) choices).forEach(choice -> names.put(choice.get("id").toString(), choice.get("name")));
        return names;
    }

    /** The start of a description, for the ballot's cards (the project's page has all of it). */
    static String summary(String description) {
        if (description == null) {
            return "";
        }
        String text = description.strip();
        if (text.length() <= SUMMARY) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY);
        return text.substring(0, cut > SUMMARY / 2 ? cut : SUMMARY) + "…";
    }

    static final int SUMMARY = 180;

    /** The ballot the participant started and did not check out (SaveDraft), or none. */
    private static Map<UUID, Integer> draft(org.communa.module.api.data.Sql sql, UUID budget, UUID participant) {
        Map<UUID, Integer> draft = new LinkedHashMap<>();
        sql.first("select choices::text as choices from budgets_drafts where budget_id = ? and participant_id = ?", budget, participant)
                .ifPresent(row -> BudgetJson.read(row.string("choices"), "the draft").forEach((project, points) ->
                        draft.put(UUID.fromString(project), ((jakarta.json.JsonNumber) points).intValue())));
        return draft;
    }

    static Map<String, Object> view(Row budget, String locale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", budget.uuid("id").toString());
        view.put("title", budget.string("title"));
        view.put("description", budget.string("description"));
        view.put("envelope", Money.format(budget.decimal("envelope"), budget.string("currency"), locale));
        view.put("envelopeAmount", budget.decimal("envelope").toPlainString());
        view.put("currency", budget.string("currency"));
        view.put("ballotRule", budget.string("ballot_rule"));
        view.put("minChoices", budget.integer("min_choices"));
        view.put("maxChoices", budget.integer("max_choices"));
        view.put("points", budget.integer("points"));
        view.put("maxPointsPerProject", budget.integer("max_points_per_project"));
        view.put("minShare", budget.decimal("min_share").movePointRight(2).stripTrailingZeros().toPlainString());
        view.put("countingRule", budget.string("counting_rule"));
        view.put("tieBreak", budget.string("tie_break"));
        return view;
    }
}
