package org.communa.server.components;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The components participants see in a space, in order. */
public final class PublishedComponents {

    private PublishedComponents() {
    }

    public static List<JsonObject> of(EntityManager em, UUID space) {
        return ComponentQueries.ofSpace(em, space, true).stream().map(c -> ComponentJson.component(c, false)).toList();
    }
}
