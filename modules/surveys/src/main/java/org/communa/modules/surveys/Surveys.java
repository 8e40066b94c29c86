package org.communa.modules.surveys;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.questionnaire.Questionnaire;

/** Reading surveys: the columns, the one a request names, its state as people see it, and its JSON. */
final class Surveys {

    static final JsonProvider JSON = JsonProvider.provider();
    /** A survey past its closing time is closed, whatever its stored state says. */
    static final String COLUMNS = "s.id, s.title, s.description, s.questionnaire::text as questionnaire, s.anonymous, s.editable, "
            + "s.results_public, s.closes_at, s.opened_at, s.created_at, s.updated_at, s.scope_id, "
            + "(select sc.name::text from sdk_scopes sc where sc.id = s.scope_id) as scope_name, "
            + "case when s.state = 'open' and s.closes_at is not null and s.closes_at <= now() then 'closed' else s.state end as state, "
            + "(select count(*) from surveys_answers a where a.survey_id = s.id) as answers";

    private Surveys() {
    }

    static UUID id(ModuleRequest request) {
        return request.idParameter("id", "survey");
    }

    /** The survey the request names; drafts only for admins. */
    static Row survey(Sql sql, ModuleRequest request) {
        UUID id = id(request);
        return find(sql, request.componentId(), id).filter(row -> !"draft".equals(row.string("state")) || request.services().can("administer"))
                .orElseThrow(() -> ModuleProblem.notFound("no survey " + id + " here"));
    }

    static Optional<Row> find(Sql sql, UUID componentId, UUID id) {
        return sql.first("select " + COLUMNS + " from surveys_surveys s where s.component_id = ? and s.id = ?", componentId, id);
    }

    /** The survey's questionnaire; empty while an admin has not written its first question. */
    static Optional<Questionnaire> questionnaire(Row row) {
        String json = row.string("questionnaire");
        return json == null ? Optional.empty() : Optional.of(Questionnaire.parse(object(json)));
    }

    static JsonObject object(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }

    /** An uploaded file names its uploader: an anonymous survey cannot ask for one. */
    static void refuseFilesIfAnonymous(Optional<Questionnaire> questionnaire, boolean anonymous) {
        if (anonymous && questionnaire.map(q -> q.questions().stream().anyMatch(Uploads::isFile)).orElse(false)) {
            throw ModuleProblem.badRequest("an anonymous survey cannot ask for files: an uploaded file names who uploaded it");
        }
    }

    /** Whether people see the results: admins always; others once it is closed, when the admins made them public. */
    static boolean resultsVisible(Row row, ModuleRequest request) {
        return request.services().can("administer") || ("closed".equals(row.string("state")) && Boolean.TRUE.equals(row.bool("results_public")));
    }

    static JsonObjectBuilder json(Row row) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", row.uuid("id").toString()).add("title", row.string("title"))
                .add("description", row.string("description")).add("state", row.string("state"))
                .add("anonymous", Boolean.TRUE.equals(row.bool("anonymous"))).add("editable", Boolean.TRUE.equals(row.bool("editable")))
                .add("resultsPublic", Boolean.TRUE.equals(row.bool("results_public"))).add("answers", row.integer("answers"))
                .add("createdAt", row.time("created_at").toString());
        if (row.time("closes_at") != null) {
            json.add("closesAt", row.time("closes_at").toString());
        }
        questionnaire(row).ifPresent(questionnaire -> json.add("questionnaire", questionnaire.toJson()));
        if (row.uuid("scope_id") != null) {
            json.add("scopeId", row.uuid("scope_id").toString()).add("scope", object(row.string("scope_name")));
        }
        return json;
    }

    /** The survey for page templates. */
    static Map<String, Object> view(Row row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", row.uuid("id").toString());
        view.put("title", row.string("title"));
        view.put("description", row.string("description"));
        view.put("state", row.string("state"));
        view.put("anonymous", Boolean.TRUE.equals(row.bool("anonymous")));
        view.put("editable", Boolean.TRUE.equals(row.bool("editable")));
        view.put("resultsPublic", Boolean.TRUE.equals(row.bool("results_public")));
        view.put("answers", row.integer("answers"));
        view.put("questions", questionnaire(row).map(q -> q.questions().size()).orElse(0));
        if (row.time("closes_at") != null) {
            view.put("closesAt", row.time("closes_at").toString());
        }
        if (row.uuid("scope_id") != null) {
            view.put("scopeId", row.uuid("scope_id").toString());
            view.put("scope", org.communa.module.api.data.Scopes.names(row.string("scope_name")));
        }
        return view;
    }

}
