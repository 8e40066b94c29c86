package org.communa.server.spaces;

import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.communa.server.persistence.TranslationsConverter;

/** JSON views of spaces, phases, scopes and categories, shared by the public and admin APIs. */
final class SpaceJson {

    private SpaceJson() {
    }

    static JsonObject space(Space s) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", s.id().toString())
                .add("kind", s.kind().name())
                .add("slug", s.slug())
                .add("title", TranslationsConverter.toJson(s.title()))
                .add("description", TranslationsConverter.toJson(s.description()))
                .add("published", s.published()).add("phasesFollowDates", s.phasesFollowDates());
        if (s.scopeId() != null) {
            json.add("scopeId", s.scopeId().toString());
        }
        return json.build();
    }

    static JsonObject phase(Phase p) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", p.id().toString())
                .add("position", p.position())
                .add("title", TranslationsConverter.toJson(p.title()))
                .add("active", p.active());
        if (p.startsOn() != null) {
            json.add("startsOn", p.startsOn().toString());
        }
        if (p.endsOn() != null) {
            json.add("endsOn", p.endsOn().toString());
        }
        return json.build();
    }

    static JsonObject scope(Scope s) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", s.id().toString())
                .add("code", s.code())
                .add("name", TranslationsConverter.toJson(s.name()));
        if (s.parentId() != null) {
            json.add("parentId", s.parentId().toString());
        }
        return json.build();
    }

    static JsonObject category(Category c) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", c.id().toString())
                .add("name", TranslationsConverter.toJson(c.name()));
        if (c.parentId() != null) {
            json.add("parentId", c.parentId().toString());
        }
        return json.build();
    }
}
