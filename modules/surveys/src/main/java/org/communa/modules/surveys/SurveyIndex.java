package org.communa.modules.surveys;

import java.util.UUID;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.participation.Search;

/** What the organisation's search knows of a survey: its title and description, once it is no longer a draft. */
final class SurveyIndex {

    private SurveyIndex() {
    }

    static void index(Search search, Sql sql, UUID componentId, UUID surveyId) {
        Surveys.find(sql, componentId, surveyId).ifPresent(row -> index(search, row));
    }

    private static void index(Search search, Row row) {
        search.index(SurveysModule.SURVEY, row.uuid("id").toString(), row.string("title"),
                row.string("description") == null ? "" : row.string("description"), "surveys/" + row.uuid("id"),
                !"draft".equals(row.string("state")));
    }

    /** Every survey of the component, again (the demo's start). */
    static void indexAll(ModuleData data, UUID componentId, Search search) {
        data.read(sql -> sql.query("select " + Surveys.COLUMNS + " from surveys_surveys s where s.component_id = ?", componentId))
                .forEach(row -> index(search, row));
    }
}
