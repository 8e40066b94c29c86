package org.communa.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportRemapTest {

    @Test
    void rewritesPrimaryAndForeignKeysAndTenantButNotOtherValues() {
        JsonArray rows = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "old-phase").add("tenant_id", "old-tenant").add("space_id", "old-space")
                        .add("position", 2).add("title", "old-space is not a key here").addNull("ends_on"))
                .build();
        JsonArray remapped = ImportOrganisation.remap(rows, Map.of("old-phase", "new-phase", "old-space", "new-space",
                "old-tenant", "new-tenant"));
        assertThat(remapped.getJsonObject(0).getString("id")).isEqualTo("new-phase");
        assertThat(remapped.getJsonObject(0).getString("tenant_id")).isEqualTo("new-tenant");
        assertThat(remapped.getJsonObject(0).getString("space_id")).isEqualTo("new-space");
        assertThat(remapped.getJsonObject(0).getString("title")).isEqualTo("old-space is not a key here");
        assertThat(remapped.getJsonObject(0).getInt("position")).isEqualTo(2);
        assertThat(remapped.getJsonObject(0).isNull("ends_on")).isTrue();
    }
}
