package org.communa.server.modules;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.modulehost.ActionContext;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.ModuleManifest;
import org.communa.server.accounts.AccountDeleted;
import org.communa.server.platform.Platform;

/**
 * Each module's part of a participant's data ({@link org.communa.module.api.PersonalData}): gathered for "download
 * my data", erased when the account is deleted. Each module works in its own transaction under its own role.
 */
@ApplicationScoped
public class ModulesPersonalData {

    private static final Logger LOG = Logger.getLogger(ModulesPersonalData.class.getName());

    @Inject ModuleHost modules;
    @Inject Platform platform;

    /** Module key to what the module holds about the participant (modules holding nothing are left out). */
    public JsonObject export(TenantId tenant, UUID participant) {
        JsonObjectBuilder all = JSON.createObjectBuilder();
        for (ModuleManifest manifest : modules.activeManifests()) {
            if (manifest.personalData() == null) {
                continue;
            }
            try {
                JsonValue data = platform.moduleConnections().module(tenant, new ActionContext(manifest.key(), null, participant))
                        .read(sql -> manifest.personalData().export(sql, participant));
                all.add(manifest.key(), data);
            } catch (RuntimeException e) {
                // the rest of the export still reaches the participant, who is told what is missing
                LOG.log(Level.WARNING, "module " + manifest.key() + " could not export a participant's data", e);
                all.add(manifest.key(), JSON.createObjectBuilder().add("error", "this module's data could not be read now; "
                        + "ask again later or ask the organisation").build());
            }
        }
        return all.build();
    }

    /** After the account's own erasure: every module forgets the participant, each in its own transaction. */
    void onAccountDeleted(@Observes AccountDeleted deleted) {
        for (ModuleManifest manifest : modules.activeManifests()) {
            if (manifest.personalData() == null) {
                continue;
            }
            try {
                platform.moduleConnections().module(deleted.tenant(), new ActionContext(manifest.key(), null, null))
                        .write(sql -> {
                            manifest.personalData().forget(sql, deleted.participant());
                            return null;
                        });
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "module " + manifest.key() + " did not erase the data of deleted participant "
                        + deleted.participant() + " in organisation " + deleted.tenant(), e);
            }
        }
    }
}
