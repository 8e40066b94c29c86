package org.communa.modules.proposals;

/** What the proposals routes take and give, as JSON Schemas for the instance's API document. */
final class ProposalSchemas {

    private static final String TEXT = "{\"type\": \"string\"}";
    private static final String TRANSLATIONS = "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}}";

    static final String PROPOSAL = """
            {"type": "object", "properties": {
              "id": {"type": "string", "format": "uuid"}, "reference": {"type": "integer"}, "title": TEXT, "body": TEXT,
              "author": TEXT, "authorId": {"type": "string", "format": "uuid"}, "categoryId": TEXT, "category": TRANSLATIONS,
              "scopeId": TEXT, "scope": TRANSLATIONS, "address": TEXT, "latitude": {"type": "number", "minimum": -90, "maximum": 90}, "longitude": {"type": "number", "minimum": -180, "maximum": 180}, 
              "state": {"enum": ["draft", "published", "withdrawn"]},
              "answerState": {"enum": ["not_answered", "evaluating", "accepted", "rejected"]}, "answerPublished": {"type": "boolean"},
              "answer": TEXT, "cost": TEXT, "costAmount": {"type": "number"}, "assistedPerson": TEXT, "assistedPlace": TEXT,
              "createdAt": TEXT, "publishedAt": TEXT, "supports": {"type": "integer"}, "comments": {"type": "integer"}}}"""
            .replace("TRANSLATIONS", TRANSLATIONS).replace("TEXT", TEXT);
    static final String LIST = "{\"type\": \"object\", \"properties\": {\"items\": {\"type\": \"array\", \"items\": " + PROPOSAL
            + "}, \"total\": {\"type\": \"integer\"}, \"page\": {\"type\": \"integer\"}, \"perPage\": {\"type\": \"integer\"}, "
            + "\"seed\": {\"type\": \"integer\"}}}";
    static final String SIMILAR = "{\"type\": \"object\", \"properties\": {\"items\": {\"type\": \"array\", \"items\": " + PROPOSAL + "}}}";
    static final String INPUT = """
            {"type": "object", "required": ["title", "body"], "properties": {
              "title": {"type": "string", "minLength": 5, "maxLength": 150}, "body": {"type": "string", "minLength": 15},
              "categoryId": {"type": "string", "format": "uuid"}, "scopeId": {"type": "string", "format": "uuid"}, "latitude": {"type": "number", "minimum": -90, "maximum": 90}, "longitude": {"type": "number", "minimum": -180, "maximum": 180}, 
              "address": {"type": "string"},
              "assistedPerson": {"type": "string", "description": "an ambassador filing it for someone met in person"},
              "assistedPlace": {"type": "string"}, "consent": {"type": "boolean", "description": "that person's consent"},
              "bornAt": {"type": "string", "description": "COMPONENT/TYPE/ID of the meeting where it was collected"}}}""";
    static final String ANSWER = """
            {"type": "object", "required": ["answerState"], "properties": {
              "answerState": {"enum": ["evaluating", "accepted", "rejected", "not_answered"]},
              "answer": {"type": "string", "description": "required to accept or reject"},
              "cost": {"type": "string", "description": "the estimated cost of an accepted proposal, e.g. 12000.50"}}}""";
    static final String IMPORT = """
            {"type": "object", "required": ["source"], "properties": {"source": {"type": "string", "format": "uuid"},
              "acceptedOnly": {"enum": ["yes", "no"]}}}""";

    private ProposalSchemas() {
    }
}
