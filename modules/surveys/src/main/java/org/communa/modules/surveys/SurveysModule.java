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
            .route(Route.get("", new ListSurveys()).describedAs("The component's surveys, and which ones the participant answered")
                    .returns(200, "application/json", SurveySchemas.LIST))
            .route(Route.get("surveys/{id}", new ShowSurvey()).describedAs("A survey with its questionnaire (and one's answers if editable)")
                    .returns(200, "application/json", SurveySchemas.SURVEY))
            .route(Route.post("surveys/{id}/answers", new AnswerSurvey()).describedAs("Answer a survey (again, if its answers may change)")
                    .allowedTo("answer").accepts(SurveySchemas.ANSWERS).returns(201, "application/json", SurveySchemas.ANSWERED))
            .route(Route.get("surveys/{id}/results", new SurveyResults()).describedAs("A survey's results, when they are public")
                    .returns(200, "application/json", SurveySchemas.RESULTS))
            .route(Route.get("admin", new AdminPage()).describedAs("The surveys' admin page (HTML)").allowedTo("administer")
                    .returns(200, "text/html", null))
            .route(Route.post("admin/surveys", new SaveSurvey()).describedAs("Create a survey").allowedTo("administer")
                    .accepts(SurveySchemas.INPUT).returns(201, "application/json", SurveySchemas.SURVEY))
            .route(Route.get("admin/surveys/{id}", new BuilderPage()).describedAs("A survey's builder (HTML)").allowedTo("administer")
                    .returns(200, "text/html", null))
            .route(Route.put("admin/surveys/{id}", new SaveSurvey()).describedAs("Change a survey").allowedTo("administer")
                    .accepts(SurveySchemas.INPUT).returns(200, "application/json", SurveySchemas.SURVEY))
            .route(Route.post("admin/surveys/{id}", new SaveSurvey()).describedAs("Change a survey (the builder's form)").allowedTo("administer")
                    .accepts(SurveySchemas.INPUT).returns(200, "application/json", SurveySchemas.SURVEY))
            .route(Route.post("admin/surveys/{id}/open", new ChangeState(true)).describedAs("Open a survey to answers").allowedTo("administer")
                    .returns(200, "application/json", SurveySchemas.SURVEY))
            .route(Route.post("admin/surveys/{id}/close", new ChangeState(false)).describedAs("Close a survey").allowedTo("administer")
                    .returns(200, "application/json", SurveySchemas.SURVEY))
            .route(Route.post("admin/surveys/{id}/questions", new EditQuestions(QuestionnaireBuilder.Step.ADD))
                    .describedAs("Add a question to a survey").allowedTo("administer")
                    .accepts(QuestionnaireBuilder.QUESTION_SCHEMA).returns(200, "application/json", SurveySchemas.SURVEY))
            .route(Route.post("admin/surveys/{id}/questions/{question}/delete", new EditQuestions(QuestionnaireBuilder.Step.REMOVE))
                    .describedAs("Remove a question from a survey").allowedTo("administer").returns(200, "application/json", SurveySchemas.SURVEY))
            .route(Route.post("admin/surveys/{id}/questions/{question}/up", new EditQuestions(QuestionnaireBuilder.Step.UP))
                    .describedAs("Move a question of a survey up").allowedTo("administer").returns(200, "application/json", SurveySchemas.SURVEY))
            .route(Route.get("admin/surveys/{id}/answers.csv", new ExportAnswers(true))
                    .describedAs("A survey's answers (CSV; anonymised when the survey is anonymous)").allowedTo("administer")
                    .returns(200, "text/csv", null))
            .route(Route.get("admin/surveys/{id}/answers.json", new ExportAnswers(false))
                    .describedAs("A survey's answers (JSON; anonymised when the survey is anonymous)").allowedTo("administer")
                    .returns(200, "application/json", null))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
