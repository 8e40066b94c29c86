package org.communa.modules.template;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** POST {"body": "..."}: a signed-in participant adds an item, while the phase allows it and within their limit. */
final class CreateItem implements RouteHandler {

    private static final int MAX_LENGTH = 2000;

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("create");
        if (!request.settings().bool("creation_enabled")) {
            throw ModuleProblem.forbidden("adding items is closed in the current phase");
        }
        String body = body(request.body());
        UUID author = request.participantId().orElseThrow();
        long limit = request.settings().integer("max_items_per_participant");
        return request.data().write(sql -> {
            long mine = sql.first("select count(*) as n from template_items where component_id = ? and author_id = ?",
                    request.componentId(), author).orElseThrow().integer("n");
            if (mine >= limit) {
                throw ModuleProblem.conflict("you already added " + mine + " items here, the most this component allows");
            }
            UUID id = UUID.randomUUID();
            sql.update("insert into template_items (id, component_id, author_id, body) values (?, ?, ?, ?)",
                    id, request.componentId(), author, body);
            sql.recordAction("create", "item", id.toString());
            request.services().enqueue(CountWords.JOB, id.toString());
            return ModuleResponse.json(201, ItemJson.of(sql.first("select " + ItemJson.COLUMNS
                    + " from template_items where id = ?", id).orElseThrow()).toString());
        });
    }

    private static String body(String json) {
        try {
            JsonObject item = ItemJson.JSON.createReader(new StringReader(json == null ? "" : json)).readObject();
            String text = item.getString("body", "").strip();
            if (text.isEmpty() || text.length() > MAX_LENGTH) {
                throw ModuleProblem.badRequest("body must be between 1 and " + MAX_LENGTH + " characters");
            }
            return text;
        } catch (JsonException | ClassCastException e) {
            throw ModuleProblem.badRequest("expected a JSON object like {\"body\": \"...\"}");
        }
    }
}
