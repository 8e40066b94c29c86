package org.communa.server.components;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonObject;
import java.io.StringReader;
import org.communa.server.persistence.TranslationsConverter;

/** The JSON view of a component. */
final class ComponentJson {

    private ComponentJson() {
    }

    static JsonObject component(Component c, boolean withSettings) {
        var json = JSON.createObjectBuilder()
                .add("id", c.id().toString())
                .add("module", c.moduleKey())
                .add("name", TranslationsConverter.toJson(c.name()))
                .add("published", c.published())
                .add("position", c.position());
        if (withSettings) {
            json.add("settings", JSON.createReader(new StringReader(c.settings())).readObject())
                    .add("phaseSettings", JSON.createReader(new StringReader(c.phaseSettings())).readObject());
        }
        return json.build();
    }
}
