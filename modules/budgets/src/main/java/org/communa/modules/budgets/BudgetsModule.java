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

    static final ModuleManifest MANIFEST = ModuleManifest.module("budgets", "1.1.0")
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
            .uses(PROPOSALS, "[1.1,2)")
            .statistic(org.communa.module.api.Statistic.counting("ballots", "Votes", "Ballots", "vote", "enter_paper_ballot"))
            .demoSeed(new DemoBudgets())
            .resources(new ProjectCatalog())
            .federation(new ProjectActivity())
            .route(Route.get("", new ListBudgets()))
            .route(Route.get("budgets/{id}", new ShowBudget()))
            .route(Route.post("verification", new VerifyVoter()))
            .route(Route.post("budgets/{id}/ballot", new CheckoutBallot()))
            .route(Route.post("budgets/{id}/paper-ballots", new EnterPaperBallot()))
            .route(Route.get("budgets/{id}/results", new ShowResults()))
            .route(Route.get("budgets/{id}/projects/{project}", new ShowProject()))
            .route(Route.get("budgets/{id}/export.pb", new ExportBudget(ExportBudget.Format.PABULIB)))
            .route(Route.get("budgets/{id}/export.json", new ExportBudget(ExportBudget.Format.JSON)))
            .route(Route.get("budgets/{id}/export.csv", new ExportBudget(ExportBudget.Format.CSV)))
            .route(Route.get("admin", new AdminPage()))
            .route(Route.post("admin/budgets", new SaveBudget()))
            .route(Route.put("admin/budgets/{id}", new SaveBudget()))
            .route(Route.post("admin/budgets/{id}/projects", new SaveProject()))
            .route(Route.put("admin/budgets/{id}/projects/{project}", new SaveProject()))
            .route(Route.post("admin/budgets/{id}/import-proposals", new ImportAcceptedProposals()))
            .route(Route.post("admin/budgets/{id}/projects/{project}/progress", new RecordProgress()))
            .route(Route.post("admin/budgets/{id}/import.pb", new ImportPabulib()))
            .route(Route.post("admin/census", new UploadCensus()))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
