package org.communa.server.modules;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.PreparedStatement;
import java.util.List;
import org.communa.modulehost.ModuleMigrations;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;
import org.communa.server.http.ReadCaches;

/**
 * Deletes everything a removed module left: its tables (every organisation's rows in them) and its
 * components in every space. Only on a system admin's explicit request; audited with what went.
 */
@ApplicationScoped
public class PurgeModule {

    @Inject ModuleMigrations migrations;
    @Inject SystemTransactions system;
    @Inject ReadCaches caches;

    public JsonObject purge(String admin, String moduleKey) {
        List<String> tables = migrations.purge(moduleKey);
        int[] components = new int[1];
        system.audited(new AuditEntry(admin, "module.purged", null, () -> JSON.createObjectBuilder()
                .add("module", moduleKey).add("tables", JSON.createArrayBuilder(tables))
                .add("components", components[0]).build().toString()), connection -> {
                    try (PreparedStatement delete = connection.prepareStatement("delete from components where module_key = ?")) {
                        delete.setString(1, moduleKey);
                        components[0] = delete.executeUpdate();
                    }
                    return null;
                });
        caches.invalidateAllContent();
        return JSON.createObjectBuilder().add("module", moduleKey).add("droppedTables", JSON.createArrayBuilder(tables))
                .add("deletedComponents", components[0]).build();
    }
}
