package org.communa.modules.surveys;

import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.FormStep;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * POST admin/surveys/{id}/open and .../close: an admin opens a survey that has questions (reopening a closed
 * one is allowed, and moves a past closing time away) or closes it; the fediverse hears of it (a poll's
 * Question shows it closed).
 */
final class ChangeState implements RouteHandler {

    private final boolean open;

    ChangeState(boolean open) {
        this.open = open;
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return FormStep.run(request, () -> request.data().write(sql -> {
                Row survey = Surveys.survey(sql, request);
                if (open && survey.string("questionnaire") == null) {
                    throw ModuleProblem.conflict("add at least one question before opening the survey");
                }
                sql.update(open ? "update surveys_surveys set state = 'open', opened_at = coalesce(opened_at, now()), "
                        + "closes_at = case when closes_at <= now() then null else closes_at end, updated_at = now() where id = ?"
                        : "update surveys_surveys set state = 'closed', closes_at = least(closes_at, now()), updated_at = now() where id = ?",
                        survey.uuid("id"));
                sql.recordAction(open ? "open" : "close", SurveysModule.SURVEY, survey.uuid("id").toString());
                request.services().federate(SurveysModule.SURVEY, survey.uuid("id").toString());
                SurveyIndex.index(request.services().participation().search(), sql, request.componentId(), survey.uuid("id"));
                return ModuleResponse.json(200, Surveys.json(Surveys.find(sql, request.componentId(), survey.uuid("id")).orElseThrow())
                        .build().toString());
            }), "admin/surveys/" + request.pathParameter("id"), refused -> BuilderPage.page(request, refused));
    }
}
