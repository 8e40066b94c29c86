package org.communa.modules.surveys;

import org.communa.module.api.Action;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.http.Route;
import org.communa.module.api.questionnaire.QuestionnaireBuilder;
import org.communa.module.api.settings.SettingDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * Surveys: admins build a questionnaire (the SDK's: sections, eight question types, conditions), open and
 * close it; participants answer once (changing their answer until it closes where allowed), anonymously or
 * not; results as SVG charts with their tables; answers exported as CSV and JSON. A one-question poll
 * federates as an ActivityPub Question that fediverse accounts vote on.
 */
@Component(service = ParticipationModule.class)
public class SurveysModule implements ParticipationModule {

    static final String SURVEY = "survey";

    static final ModuleManifest MANIFEST = ModuleManifest.module("surveys", "1.0.0")
            .name("fr", "Enquêtes").name("en", "Surveys").name("ca", "Enquestes").name("es", "Encuestas")
            .resourceType(SURVEY)
            .resourceType(Uploads.RESPONSE)
            .action(new Action("answer", "participant").enabledBy("answers_enabled"))
            .action("administer", "admin")
            .phaseSetting(SettingDefinition.bool("answers_enabled", true))
            .migrations("db/surveys")
            .personalData(new SurveyPersonalData())
            .statistic(org.communa.module.api.Statistic.counting("survey_answers", "Réponses aux enquêtes", "Survey answers", "answer"))
            .demoSeed(new DemoSurveys())
            .resources(new Uploads())
            .digest(new SurveysDigest())
            .federation(new PollActivity())
            .federationReplies(new RemoteVotes())
            .route(Route.get("", new ListSurveys()))
            .route(Route.get("surveys/{id}", new ShowSurvey()))
            .route(Route.post("surveys/{id}/answers", new AnswerSurvey()))
            .route(Route.get("surveys/{id}/results", new SurveyResults()))
            .route(Route.get("admin", new AdminPage()))
            .route(Route.post("admin/surveys", new SaveSurvey()))
            .route(Route.get("admin/surveys/{id}", new BuilderPage()))
            .route(Route.put("admin/surveys/{id}", new SaveSurvey()))
            .route(Route.post("admin/surveys/{id}", new SaveSurvey()))
            .route(Route.post("admin/surveys/{id}/open", new ChangeState(true)))
            .route(Route.post("admin/surveys/{id}/close", new ChangeState(false)))
            .route(Route.post("admin/surveys/{id}/questions", new EditQuestions(QuestionnaireBuilder.Step.ADD)))
            .route(Route.post("admin/surveys/{id}/questions/{question}/delete", new EditQuestions(QuestionnaireBuilder.Step.REMOVE)))
            .route(Route.post("admin/surveys/{id}/questions/{question}/up", new EditQuestions(QuestionnaireBuilder.Step.UP)))
            .route(Route.get("admin/surveys/{id}/answers.csv", new ExportAnswers(true)))
            .route(Route.get("admin/surveys/{id}/answers.json", new ExportAnswers(false)))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
