package org.communa.modules.proposals;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.communa.module.api.data.Row;

/** A proposal in the JSON API: the same fields as its page shows. */
final class ProposalJson {

    /**
     * One JSON-P provider for the module: JSON.createXxx() looks the provider up again on every call,
     * which costs more than the rest of a list request.
     */
    static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private ProposalJson() {
    }

    static JsonObject of(Row row, boolean staff) {
        return of(Proposals.view(row, staff));
    }

    @SuppressWarnings("unchecked")
    static JsonObject of(Map<String, Object> view) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        view.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                JsonObjectBuilder nested = JSON.createObjectBuilder();
                ((Map<String, Object>) map).forEach((k, v) -> nested.add(k, String.valueOf(v)));
                json.add(key, nested);
            } else if (value instanceof java.math.BigDecimal decimal) {
                json.add(key, decimal);
            } else if (value instanceof Double position) {
                json.add(key, position);
            } else if (value instanceof Number number) {
                json.add(key, number.longValue());
            } else if (value instanceof Boolean bool) {
                json.add(key, bool);
            } else {
                json.add(key, String.valueOf(value));
            }
        });
        return json.build();
    }
}
