package org.communa.modules.surveys;

import org.communa.module.api.questionnaire.QuestionnaireBuilder;

/** What the surveys routes take and give, as JSON Schemas for the instance's API document. */
final class SurveySchemas {

    static final String SURVEY = """
            {"type": "object", "properties": {
              "id": {"type": "string", "format": "uuid"}, "title": {"type": "string"}, "description": {"type": "string"},
              "state": {"enum": ["draft", "open", "closed"]}, "anonymous": {"type": "boolean"}, "editable": {"type": "boolean"},
              "resultsPublic": {"type": "boolean"}, "answers": {"type": "integer"}, "createdAt": {"type": "string", "format": "date-time"},
              "closesAt": {"type": "string", "format": "date-time"}, "scopeId": {"type": "string", "format": "uuid"},
              "questionnaire": """ + QuestionnaireBuilder.QUESTIONNAIRE_SCHEMA + "}}";
    static final String LIST = "{\"type\": \"object\", \"properties\": {\"items\": {\"type\": \"array\", \"items\": " + SURVEY + "}}}";
    static final String INPUT = """
            {"type": "object", "required": ["title"], "properties": {
              "title": {"type": "string", "minLength": 3, "maxLength": 150}, "description": {"type": "string", "maxLength": 10000},
              "anonymous": {"type": "boolean"}, "editable": {"type": "boolean", "description": "not with anonymous"},
              "resultsPublic": {"type": "boolean"}, "closesAt": {"type": "string", "nullable": true, "format": "date-time"},
              "scopeId": {"type": "string", "nullable": true, "format": "uuid"},
              "questionnaire": """ + QuestionnaireBuilder.QUESTIONNAIRE_SCHEMA + "}}";
    static final String ANSWERS = """
            {"type": "object", "description": "answers by question id: text, a choice id, choice ids, {row: choice}, a ranking, a number, an attachment id"}""";
    static final String ANSWERED = """
            {"type": "object", "properties": {"answered": {"type": "boolean"}, "answers": {"type": "object"}}}""";
    static final String RESULTS = """
            {"type": "object", "properties": {"survey": {"type": "string", "format": "uuid"}, "respondents": {"type": "integer"},
              "questions": {"type": "array", "items": {"type": "object"}}}}""";

    private SurveySchemas() {
    }
}
