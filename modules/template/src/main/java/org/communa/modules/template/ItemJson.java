package org.communa.modules.template;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import org.communa.module.api.data.Row;

/** An item as the JSON API shows it. */
final class ItemJson {

    /** Looked up once: finding the provider is slow, using it is not. */
    static final JsonProvider JSON = JsonProvider.provider();
    static final String COLUMNS = "id, author_id, body, words, created_at";
    /** An item in the API document (JSON Schema); words is -1 until the job has counted them. */
    static final String SCHEMA = """
            {"type": "object", "required": ["id", "authorId", "body", "words", "createdAt"], "properties": {
              "id": {"type": "string", "format": "uuid"}, "authorId": {"type": "string", "format": "uuid"},
              "body": {"type": "string"}, "words": {"type": "integer"}, "createdAt": {"type": "string", "format": "date-time"}}}""";
    static final String LIST_SCHEMA = """
            {"type": "object", "properties": {"creationEnabled": {"type": "boolean"}, "items": {"type": "array", "items": """
            + SCHEMA + "}}}";

    private ItemJson() {
    }

    static JsonObject of(Row row) {
        return JSON.createObjectBuilder()
                .add("id", row.uuid("id").toString())
                .add("authorId", row.uuid("author_id").toString())
                .add("body", row.string("body"))
                .add("words", row.integer("words") == null ? -1 : row.integer("words"))
                .add("createdAt", row.time("created_at").toString())
                .build();
    }
}
