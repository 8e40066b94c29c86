package org.communa.modules.budgets;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;

/** JSON in and out for the budgets API. */
final class BudgetJson {

    /** One JSON-P provider for the module (looking it up per call costs more than a request's own work). */
    static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private BudgetJson() {
    }

    static JsonObject read(String body, String what) {
        try {
            return JSON.createReader(new StringReader(body == null || body.isBlank() ? "{}" : body)).readObject();
        } catch (JsonException | ClassCastException e) {
            throw ModuleProblem.badRequest(what + " must be a JSON object: " + e.getMessage());
        }
    }

    static JsonObject budget(Row row) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", row.uuid("id").toString()).add("title", row.string("title"))
                .add("description", row.string("description")).add("envelope", row.decimal("envelope"))
                .add("currency", row.string("currency")).add("ballotRule", row.string("ballot_rule"))
                .add("minShare", row.decimal("min_share")).add("minChoices", row.integer("min_choices"))
                .add("maxChoices", row.integer("max_choices")).add("points", row.integer("points"))
                .add("maxPointsPerProject", row.integer("max_points_per_project")).add("countingRule", row.string("counting_rule"))
                .add("greedyCompletion", row.bool("greedy_completion")).add("tieBreak", row.string("tie_break"));
        if (row.decimal("threshold") != null) {
            json.add("threshold", row.decimal("threshold"));
        }
        if (row.uuid("scope_id") != null) {
            json.add("scopeId", row.uuid("scope_id").toString());
        }
        return json.build();
    }

    static JsonObject project(Row row) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", row.uuid("id").toString()).add("reference", row.integer("reference"))
                .add("title", row.string("title")).add("description", row.string("description")).add("cost", row.decimal("cost"))
                .add("withdrawn", row.bool("withdrawn"));
        if (row.uuid("proposal_id") != null) {
            json.add("proposalId", row.uuid("proposal_id").toString());
        }
        if (row.uuid("category_id") != null) {
            json.add("categoryId", row.uuid("category_id").toString());
        }
        if (row.uuid("scope_id") != null) {
            json.add("scopeId", row.uuid("scope_id").toString());
        }
        org.communa.module.api.data.Place place = org.communa.module.api.data.Place.of(row);
        if (place.address() != null) {
            json.add("address", place.address());
        }
        if (place.onMap()) {
            json.add("latitude", place.latitude()).add("longitude", place.longitude());
        }
        return json.build();
    }
}
