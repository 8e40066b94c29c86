package org.communa.server.components;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.Lookups;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.settings.InvalidSettingException;
import org.communa.module.api.settings.Settings;
import org.communa.server.modules.ModuleHost;
import org.communa.server.spaces.Phase;

/**
 * Checks what an organisation admin asks of a component: the module is installed and active, the
 * service provider allows it for this organisation, settings fit the module's manifest (global ones,
 * and per phase for phases of this space). Returns the settings as they will be stored.
 */
@ApplicationScoped
public class ConfigureComponent {

    /** Validated settings, as JSON text: global, and phase id to phase settings. */
    record CheckedSettings(String global, String perPhase) {
    }

    @Inject ModuleHost modules;
    @Inject org.communa.server.modules.ModuleRequirements requirements;

    ModuleManifest allowedModule(EntityManager em, String moduleKey) {
        String allowed = (String) em.createNativeQuery("select array_to_string(allowed_modules, ',') from organisations")
                .getSingleResult();
        Set<String> keys = Arrays.stream(allowed.split(",")).filter(k -> !k.isBlank()).collect(Collectors.toSet());
        if (!keys.contains(moduleKey)) {
            throw Problem.forbidden("the service provider has not enabled the module " + moduleKey + " for this organisation");
        }
        ModuleManifest manifest = modules.module(moduleKey).map(m -> m.manifest())
                .orElseThrow(() -> new Problem(503, "Module unavailable", "the module " + moduleKey
                        + " is not installed or is quarantined on this instance"));
        requirements.requireForComponent(manifest, keys);
        return manifest;
    }

    CheckedSettings check(EntityManager em, ModuleManifest manifest, UUID spaceId, JsonObject global, JsonObject perPhase) {
        try {
            String globalJson = SettingsJson.toJson(Settings.validate(manifest.globalSettings(), SettingsJson.values(global))).toString();
            JsonObjectBuilder phases = JSON.createObjectBuilder();
            if (perPhase != null) {
                for (String phaseId : perPhase.keySet()) {
                    Phase phase = phaseOf(em, phaseId, spaceId);
                    JsonValue given = perPhase.get(phaseId);
                    if (!(given instanceof JsonObject values)) {
                        throw Problem.badRequest("phaseSettings." + phaseId + " must be an object of settings");
                    }
                    phases.add(phase.id().toString(),
                            SettingsJson.toJson(Settings.validate(manifest.phaseSettings(), SettingsJson.values(values))));
                }
            }
            return new CheckedSettings(globalJson, phases.build().toString());
        } catch (InvalidSettingException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }

    private static Phase phaseOf(EntityManager em, String phaseId, UUID spaceId) {
        return Lookups.byId(em, Phase.class, phaseId).filter(p -> p.spaceId().equals(spaceId)).orElseThrow(
                () -> Problem.badRequest("phaseSettings names " + phaseId + ", which is not a phase of this space"));
    }
}
