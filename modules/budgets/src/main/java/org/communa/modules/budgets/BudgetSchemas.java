package org.communa.modules.budgets;

/** What the budgets routes take and give, as JSON Schemas for the instance's API document. */
final class BudgetSchemas {

    private static final String ID = "{\"type\": \"string\", \"format\": \"uuid\"}";
    private static final String BUDGET_PROPERTIES = """
            "id": ID, "title": {"type": "string"}, "description": {"type": "string"}, "envelope": {"type": "number"},
            "currency": {"type": "string"}, "scopeId": {"type": "string"},
            "ballotRule": {"enum": ["knapsack", "approval", "cumulative", "ranked"]}, "minShare": {"type": "number"},
            "minChoices": {"type": "integer"}, "maxChoices": {"type": "integer"}, "points": {"type": "integer"},
            "maxPointsPerProject": {"type": "integer"},
            "countingRule": {"enum": ["greedy", "greedy-no-skip", "greedy-threshold", "mes-add1", "mes-add1-comparison", "phragmen"]},
            "greedyCompletion": {"type": "boolean"}, "threshold": {"type": "number"}""".replace("ID", ID);
    static final String PROJECT = """
            {"type": "object", "properties": {"id": ID, "reference": {"type": "integer"}, "title": {"type": "string"},
              "description": {"type": "string"}, "cost": {"type": "number"}, "categoryId": {"type": "string"},
              "scopeId": {"type": "string"}, "withdrawn": {"type": "boolean"}, "proposalId": {"type": "string"}, "address": {"type": "string"}, "latitude": {"type": "number", "minimum": -90, "maximum": 90}, "longitude": {"type": "number", "minimum": -180, "maximum": 180}}}""".replace("ID", ID);
    static final String BUDGET = "{\"type\": \"object\", \"properties\": {" + BUDGET_PROPERTIES
            + ", \"projects\": {\"type\": \"array\", \"items\": " + PROJECT + "}, \"myBallot\": {\"type\": \"object\", "
            + "\"description\": \"points (or 1) by project id, for the signed-in participant\", "
            + "\"additionalProperties\": {\"type\": \"integer\"}}}}";
    static final String SAVED_BUDGET = "{\"type\": \"object\", \"properties\": {" + BUDGET_PROPERTIES + "}}";
    static final String LIST = "{\"type\": \"object\", \"properties\": {\"budgets\": {\"type\": \"array\", \"items\": "
            + "{\"type\": \"object\", \"properties\": {" + BUDGET_PROPERTIES + ", \"projects\": {\"type\": \"integer\"}, "
            + "\"voted\": {\"type\": \"boolean\"}}}}, \"votingOpen\": {\"type\": \"boolean\"}, \"resultsPublished\": {\"type\": \"boolean\"}, "
            + "\"censusRequired\": {\"type\": \"boolean\"}, \"votingMode\": {\"enum\": [\"each\", \"one\", \"scope\"]}}}";
    static final String BUDGET_INPUT = """
            {"type": "object", "required": ["title", "envelope"], "properties": {
              "title": {"type": "string"}, "description": {"type": "string"}, "envelope": {"type": "number", "minimum": 0},
              "currency": {"type": "string", "default": "EUR"}, "scopeId": {"type": "string", "format": "uuid"},
              "position": {"type": "integer"},
              "ballotRule": {"enum": ["knapsack", "approval", "cumulative", "ranked"]}, "minShare": {"type": "number"},
              "minChoices": {"type": "integer"}, "maxChoices": {"type": "integer"}, "points": {"type": "integer"},
              "maxPointsPerProject": {"type": "integer"},
              "countingRule": {"enum": ["greedy", "greedy-no-skip", "greedy-threshold", "mes-add1", "mes-add1-comparison", "phragmen"]},
              "greedyCompletion": {"type": "boolean"}, "threshold": {"type": "number"}}}""";
    static final String PROJECT_INPUT = """
            {"type": "object", "required": ["title", "cost"], "properties": {
              "title": {"type": "string"}, "description": {"type": "string", "maxLength": 10000},
              "cost": {"type": "number", "minimum": 0, "description": "at most 2 decimals"},
              "categoryId": {"type": "string", "format": "uuid"}, "scopeId": {"type": "string", "format": "uuid"},
              "address": {"type": "string", "maxLength": 500}, "latitude": {"type": "number", "minimum": -90, "maximum": 90}, "longitude": {"type": "number", "minimum": -180, "maximum": 180}, 
              "withdrawn": {"type": "boolean"}}}""";
    private static final String CHOICES = """
            "projects": {"type": "array", "items": {"type": "string", "format": "uuid"}, "description": "approval, knapsack, ranked (in order)"},
            "points": {"type": "object", "additionalProperties": {"type": "integer"}, "description": "cumulative: points by project id"}""";
    static final String BALLOT = "{\"type\": \"object\", \"properties\": {" + CHOICES + "}}";
    static final String PAPER_BALLOT = "{\"type\": \"object\", \"required\": [\"identifier\"], \"properties\": {"
            + "\"identifier\": {\"type\": \"string\", \"description\": \"the voter's identifier on the census\"}, " + CHOICES + "}}";
    static final String BALLOT_CAST = """
            {"type": "object", "properties": {"ballot": {"enum": ["cast", "changed"]}}}""";
    static final String VERIFICATION = """
            {"type": "object", "required": ["identifier"], "properties": {"identifier": {"type": "string"},
              "budget": {"type": "string", "format": "uuid", "description": "the page to go back to (form)"}}}""";
    static final String PROGRESS = """
            {"type": "object", "required": ["title"], "properties": {
              "status": {"enum": ["planned", "in_progress", "completed", "cancelled"]},
              "progress": {"type": "integer", "minimum": 0, "maximum": 100}, "title": {"type": "string"},
              "body": {"type": "string", "maxLength": 5000}, "date": {"type": "string", "format": "date"}}}""";
    static final String PROGRESS_RECORDED = """
            {"type": "object", "properties": {"status": {"type": "string"}, "progress": {"type": "integer"}, "notified": {"type": "integer"}}}""";

    private BudgetSchemas() {
    }
}
