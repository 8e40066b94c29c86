package org.communa.modules.budgets;

import java.util.List;
import org.communa.module.api.Action;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.http.Route;
import org.communa.module.api.settings.SettingDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * Participatory budgets: admins fill budgets with projects (from accepted proposals or directly),
 * participants on the census vote within the ballot rule, officers enter paper ballots, and the count,
 * made by the platform's counting engine with the rule chosen, is published with its audit and as open
 * data (Pabulib, CSV, JSON); funded projects are then followed to their realisation (status, progress,
 * dated timeline, photos), their voters told of each step.
 */
@Component(service = ParticipationModule.class)
public class BudgetsModule implements ParticipationModule {

    static final String PROJECT = "project";

    /** Whose published answers become projects ("import accepted proposals"); budgets works without it. */
    static final String PROPOSALS = "proposals";

    static final ModuleManifest MANIFEST = ModuleManifest.module("budgets", "1.5.0")
            .name("fr", "Budget participatif").name("en", "Participatory budget").name("ca", "Pressupost participatiu")
            .name("es", "Presupuesto participativo")
            .resourceType(PROJECT)
            .action(new Action("vote", "participant").enabledBy("voting_enabled").requiring("email"))
            // polling-station officers are the organisation's ambassadors: the people who meet participants in person
            .action(new Action("enter_paper_ballots", "ambassador").enabledBy("voting_enabled"))
            .action("comment", "participant")
            .action("administer", "admin")
            .globalSetting(SettingDefinition.choice("voting_mode", "each", List.of("each", "one", "scope")))
            .globalSetting(SettingDefinition.bool("census_required", false))
            .globalSetting(SettingDefinition.bool("ballot_changes_allowed", false))
            .phaseSetting(SettingDefinition.bool("voting_enabled", false))
            .phaseSetting(SettingDefinition.bool("results_published", false))
            .migrations("db/budgets")
            .personalData(new BudgetPersonalData())
            .uses(PROPOSALS, "[1.3,2)")
            .statistic(org.communa.module.api.Statistic.counting("ballots", "Votes", "Ballots", "vote", "enter_paper_ballot"))
            .demoSeed(new DemoBudgets())
            .job(SaveDraft.REMINDER_JOB, new BallotReminder())
            .resources(new ProjectCatalog())
            .federation(new ProjectActivity())
            .route(Route.get("", new ListBudgets()).describedAs("The component's budgets, whether the vote is open and whether one voted")
                    .returns(200, "application/json", BudgetSchemas.LIST))
            .route(Route.get("budgets/{id}", new ShowBudget()).describedAs("A budget with its projects and one's ballot")
                    .returns(200, "application/json", BudgetSchemas.BUDGET))
            .route(Route.post("verification", new VerifyVoter()).describedAs("Prove one is on the census (identifier, checked hashed)")
                    .allowedTo(Route.SIGNED_IN).accepts(BudgetSchemas.VERIFICATION).returns(200, "application/json", """
                    {"type": "object", "properties": {"verified": {"type": "boolean"}}}"""))
            .route(Route.post("budgets/{id}/ballot", new CheckoutBallot()).describedAs("Check out one's ballot (or change it, if allowed)")
                    .allowedTo("vote").accepts(BudgetSchemas.BALLOT).returns(201, "application/json", BudgetSchemas.BALLOT_CAST))
            .route(Route.post("budgets/{id}/preview", new PreviewBallot()).describedAs("The ballot page with the total of the ticked "
                    + "projects (the page's Update button, without JavaScript)").accepts("application/x-www-form-urlencoded", null)
                    .returns(200, "text/html", null))
            .route(Route.post("budgets/{id}/draft", new SaveDraft()).describedAs("Keep the ballot one is filling in (shown again; "
                    + "one reminder before the vote closes)").allowedTo("vote").accepts(BudgetSchemas.BALLOT).returns(200, "application/json", """
                    {"type": "object", "properties": {"saved": {"type": "boolean"}, "reminderScheduled": {"type": "boolean"}}}"""))
            .route(Route.post("budgets/{id}/paper-ballots", new EnterPaperBallot()).describedAs("Enter a paper ballot with the voter's identifier")
                    .allowedTo("enter_paper_ballots").accepts(BudgetSchemas.PAPER_BALLOT).returns(201, "application/json", BudgetSchemas.BALLOT_CAST))
            .route(Route.get("budgets/{id}/results", new ShowResults()).describedAs("The outcome once results are published, with its audit")
                    .returns(200, "application/json", null))
            .route(Route.get("budgets/{id}/projects/{project}", new ShowProject()).describedAs("A project and the follow-up of its works")
                    .returns(200, "application/json", BudgetSchemas.PROJECT))
            .route(Route.get("budgets/{id}/export.pb", new ExportBudget(ExportBudget.Format.PABULIB))
                    .describedAs("The budget, its projects and anonymous ballots as a Pabulib file, once results are published")
                    .returns(200, "text/plain", null))
            .route(Route.get("budgets/{id}/export.json", new ExportBudget(ExportBudget.Format.JSON))
                    .describedAs("The same as JSON").returns(200, "application/json", null))
            .route(Route.get("budgets/{id}/export.csv", new ExportBudget(ExportBudget.Format.CSV))
                    .describedAs("The anonymous ballots as CSV").returns(200, "text/csv", null))
            .route(Route.get("admin", new AdminPage()).describedAs("The budgets' admin page (HTML)").allowedTo("administer")
                    .returns(200, "text/html", null))
            .route(Route.post("admin/budgets", new SaveBudget()).describedAs("Create a budget (rules frozen once ballots are cast)")
                    .allowedTo("administer").accepts(BudgetSchemas.BUDGET_INPUT).returns(201, "application/json", BudgetSchemas.SAVED_BUDGET))
            .route(Route.put("admin/budgets/{id}", new SaveBudget()).describedAs("Change a budget").allowedTo("administer")
                    .accepts(BudgetSchemas.BUDGET_INPUT).returns(200, "application/json", BudgetSchemas.SAVED_BUDGET))
            .route(Route.post("admin/budgets/{id}/projects", new SaveProject()).describedAs("Add a project to a budget")
                    .allowedTo("administer").accepts(BudgetSchemas.PROJECT_INPUT).returns(201, "application/json", BudgetSchemas.PROJECT))
            .route(Route.put("admin/budgets/{id}/projects/{project}", new SaveProject()).describedAs("Change a project")
                    .allowedTo("administer").accepts(BudgetSchemas.PROJECT_INPUT).returns(200, "application/json", BudgetSchemas.PROJECT))
            .route(Route.post("admin/budgets/{id}/import-proposals", new ImportAcceptedProposals())
                    .describedAs("Put the accepted proposals of a proposals component on the ballot, with their cost and a link back")
                    .allowedTo("administer").accepts("""
                    {"type": "object", "required": ["source"], "properties": {"source": {"type": "string", "format": "uuid"}}}""")
                    .returns(200, "application/json", """
                    {"type": "object", "properties": {"imported": {"type": "integer"}, "acceptedWithoutCost": {"type": "integer"}}}"""))
            .route(Route.post("admin/budgets/{id}/projects/{project}/progress", new RecordProgress())
                    .describedAs("Record the progress of a funded project's works (followers are told)").allowedTo("administer")
                    .accepts(BudgetSchemas.PROGRESS).returns(201, "application/json", BudgetSchemas.PROGRESS_RECORDED))
            .route(Route.post("admin/budgets/{id}/import.pb", new ImportPabulib()).describedAs("Import a Pabulib file into an empty budget")
                    .allowedTo("administer").accepts("text/plain", null).returns(200, "application/json", """
                    {"type": "object", "properties": {"projects": {"type": "integer"}, "ballots": {"type": "integer"}}}"""))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
