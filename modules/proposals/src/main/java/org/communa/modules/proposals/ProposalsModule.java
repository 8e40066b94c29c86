package org.communa.modules.proposals;

import org.communa.module.api.Action;
import org.communa.module.api.Contract;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.http.Route;
import org.communa.module.api.settings.SettingDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * The proposals module: participants file ideas by category and scope, see similar ones before
 * publishing, support and discuss them; evaluators answer them (the feasibility study, with a cost);
 * ambassadors file ideas collected in person. Supports, comments, follows, reports, notifications and
 * search are the host's participation services.
 */
@Component(service = ParticipationModule.class)
public class ProposalsModule implements ParticipationModule {

    static final String TYPE = "proposal";

    /** Published proposals with a published answer (feasibility study), for the modules requiring proposals 1.x. */
    static final Contract ANSWERED = new Contract("answered-proposals", "proposals_answered_v1",
            "published proposals whose answer is published: title, text, category, scope, answer state, answer, cost, author, "
            + "address and position (since 1.3)");

    static final ModuleManifest MANIFEST = ModuleManifest.module("proposals", "1.3.0")
            .name("fr", "Propositions").name("en", "Proposals").name("ca", "Propostes").name("es", "Propuestas")
            .resourceType(TYPE)
            .action(new Action("create", "participant").enabledBy("creation_enabled").requiring("email"))
            .action(new Action("support", "participant").enabledBy("supports_enabled").requiring("email"))
            .action(new Action("comment", "participant").enabledBy("comments_enabled"))
            .action(new Action("assist", "ambassador").enabledBy("creation_enabled"))
            .action("answer", "evaluator")
            .action("administer", "admin")
            .globalSetting(SettingDefinition.integer("support_limit", 0, 0, 1000))
            .globalSetting(SettingDefinition.integer("support_threshold", 0, 0, 1_000_000))
            .globalSetting(SettingDefinition.integer("body_max_length", 3000, 100, 10000))
            .globalSetting(SettingDefinition.integer("edit_window_minutes", 15, 0, 10080))
            .phaseSetting(SettingDefinition.bool("creation_enabled", false))
            .phaseSetting(SettingDefinition.bool("supports_enabled", false))
            .phaseSetting(SettingDefinition.bool("comments_enabled", true))
            .phaseSetting(SettingDefinition.bool("supports_visible", true))
            .migrations("db/proposals")
            .personalData(new ProposalPersonalData())
            .publishes(ANSWERED)
            .resources(new ProposalCatalog())
            .federation(new ProposalActivity())
            .statistic(org.communa.module.api.Statistic.counting("proposals", "Propositions", "Proposals", "publish"))
            .demoSeed(new DemoProposals())
            .route(Route.get("", new ListProposals()).describedAs("The published proposals: search, filters, order, pages")
                    .returns(200, "application/json", ProposalSchemas.LIST))
            .route(Route.get("new", new ProposalForms.NewForm()).describedAs("The form of a new proposal (HTML)").allowedTo("create")
                    .returns(200, "text/html", null))
            .route(Route.post("proposals", new CreateProposal()).describedAs("File a proposal as a draft (create, or assist for someone)")
                    .allowedTo("create").accepts(ProposalSchemas.INPUT).returns(201, "application/json", ProposalSchemas.PROPOSAL))
            .route(Route.get("proposals/{id}", new ShowProposal()).describedAs("A proposal (a draft for its author only)")
                    .returns(200, "application/json", ProposalSchemas.PROPOSAL))
            .route(Route.get("proposals/{id}/similar", new SimilarProposals()).describedAs("Published proposals like this one")
                    .returns(200, "application/json", ProposalSchemas.SIMILAR))
            .route(Route.get("proposals/{id}/edit", new ProposalForms.EditForm()).describedAs("The form of one's proposal (HTML)")
                    .allowedTo(Route.SIGNED_IN).returns(200, "text/html", null))
            .route(Route.put("proposals/{id}", new UpdateProposal()).describedAs("Change one's proposal (a published one within the edit window)")
                    .allowedTo(Route.SIGNED_IN).accepts(ProposalSchemas.INPUT).returns(200, "application/json", ProposalSchemas.PROPOSAL))
            .route(Route.post("proposals/{id}", new UpdateProposal()).describedAs("Change one's proposal (the page's form)")
                    .allowedTo(Route.SIGNED_IN).accepts(ProposalSchemas.INPUT).returns(200, "application/json", ProposalSchemas.PROPOSAL))
            .route(Route.post("proposals/{id}/publish", new PublishProposal()).describedAs("Publish one's draft")
                    .allowedTo(Route.SIGNED_IN).returns(200, "application/json", ProposalSchemas.PROPOSAL))
            .route(Route.post("proposals/{id}/withdraw", new WithdrawProposal()).describedAs("Withdraw one's published proposal")
                    .allowedTo(Route.SIGNED_IN).returns(200, "application/json", ProposalSchemas.PROPOSAL))
            .route(Route.post("proposals/{id}/answer", new AnswerProposal()).describedAs("Answer a proposal (state, text, estimated cost)")
                    .allowedTo("answer").accepts(ProposalSchemas.ANSWER).returns(200, "application/json", ProposalSchemas.PROPOSAL))
            .route(Route.get("admin", new ProposalAdmin()).describedAs("The proposals' admin page (HTML)").allowedTo("answer")
                    .returns(200, "text/html", null))
            .route(Route.post("admin/answers/publish", new PublishAnswers()).describedAs("Publish the answers given so far")
                    .allowedTo("answer").returns(200, "application/json", """
                    {"type": "object", "properties": {"published": {"type": "integer"}}}"""))
            .route(Route.post("admin/import", new ImportProposals()).describedAs("Import the proposals of another proposals component")
                    .allowedTo("administer").accepts("application/x-www-form-urlencoded", ProposalSchemas.IMPORT)
                    .returns(200, "application/json", """
                    {"type": "object", "properties": {"imported": {"type": "integer"}}}"""))
            .route(Route.get("export.json", new ExportProposals(false)).describedAs("Every proposal and comment of the component (JSON)")
                    .allowedTo("administer").returns(200, "application/json", null))
            .route(Route.get("export.csv", new ExportProposals(true)).describedAs("Every proposal of the component (CSV)")
                    .allowedTo("administer").returns(200, "text/csv", null))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
