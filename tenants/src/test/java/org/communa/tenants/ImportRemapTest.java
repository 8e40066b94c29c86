package org.communa.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportRemapTest {

    static final String OLD_PHASE = UUID.randomUUID().toString();
    static final String NEW_PHASE = UUID.randomUUID().toString();
    static final String OLD_SPACE = UUID.randomUUID().toString();
    static final String NEW_SPACE = UUID.randomUUID().toString();
    static final String OLD_TENANT = UUID.randomUUID().toString();
    static final String NEW_TENANT = UUID.randomUUID().toString();
    static final Map<String, String> NEW_IDS = Map.of(OLD_PHASE, NEW_PHASE, OLD_SPACE, NEW_SPACE, OLD_TENANT, NEW_TENANT);

    @Test
    void rewritesPrimaryAndForeignKeysAndTenantButNotOtherValues() {
        JsonArray rows = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", OLD_PHASE).add("tenant_id", OLD_TENANT).add("space_id", OLD_SPACE)
                        .add("position", 2).add("title", "old-space is not a key here").addNull("ends_on"))
                .build();
        JsonObject row = ImportOrganisation.remap(rows, NEW_IDS).getJsonObject(0);
        assertThat(row.getString("id")).isEqualTo(NEW_PHASE);
        assertThat(row.getString("tenant_id")).isEqualTo(NEW_TENANT);
        assertThat(row.getString("space_id")).isEqualTo(NEW_SPACE);
        assertThat(row.getString("title")).isEqualTo("old-space is not a key here");
        assertThat(row.getInt("position")).isEqualTo(2);
        assertThat(row.isNull("ends_on")).isTrue();
    }

    /** A component's settings by phase id, a link naming a resource: the ids inside JSON columns and texts move too. */
    @Test
    void rewritesIdsInsideJsonColumnsAndTextsKeysIncluded() {
        String elsewhere = UUID.randomUUID().toString();
        JsonArray rows = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("phase_settings", Json.createObjectBuilder().add(OLD_PHASE, Json.createObjectBuilder().add("voting_enabled", true)))
                        .add("target", OLD_SPACE + "/meeting/" + OLD_PHASE)
                        .add("list", Json.createArrayBuilder().add(OLD_SPACE).add(elsewhere)))
                .build();
        JsonObject row = ImportOrganisation.remap(rows, NEW_IDS).getJsonObject(0);
        assertThat(row.getJsonObject("phase_settings").keySet()).containsExactly(NEW_PHASE);
        assertThat(row.getJsonObject("phase_settings").getJsonObject(NEW_PHASE).getBoolean("voting_enabled")).isTrue();
        assertThat(row.getString("target")).isEqualTo(NEW_SPACE + "/meeting/" + NEW_PHASE);
        assertThat(row.getJsonArray("list").getString(0)).isEqualTo(NEW_SPACE);
        assertThat(row.getJsonArray("list").getString(1)).as("an id of no exported row stays").isEqualTo(elsewhere);
    }
}
