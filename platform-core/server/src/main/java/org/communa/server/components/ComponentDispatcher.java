package org.communa.server.components;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.modulehost.ModuleDispatch;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.settings.Settings;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.ReadCaches;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.modules.ModuleHost;
import org.communa.server.spaces.Phase;
import org.communa.server.spaces.SpaceLookup;

/**
 * Hands a request to the module of a published component, for the JSON API and for pages alike: the
 * host resolves organisation, space, component, participant and the settings of the active phase, then
 * calls the module through the SDK's types. A module that is missing, quarantined or failing answers
 * 503, and nothing else is affected; a module that keeps failing is quarantined.
 */
@RequestScoped
public class ComponentDispatcher {

    private static final Logger LOG = Logger.getLogger(ComponentDispatcher.class.getName());
    private record Target(ComponentView component, ModuleManifest manifest, ParticipationModule module, Settings settings) {
    }
    /** What the database says about a published component: cached per organisation, dropped by admin writes. */
    private record ComponentView(UUID id, String moduleKey, String spaceSlug, String kindPath, Map<String, Object> storedSettings,
            Map<String, String> actionVerifications, java.time.LocalDate phaseEndsOn, String unpublished) {
    }
    /** The module's answer, with what a page around it needs. */
    public record Answer(ModuleResponse response, String moduleKey, String spaceSlug, UUID componentId) {
    }

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject TenantTransactions transactions;
    @Inject ModuleHost modules;
    @Inject ReadCaches caches;
    @Inject ModuleServices services;
    @Inject WellFormedBodies bodies;
    @Inject HttpServletRequest http;

    /**
     * What to answer when a call into a module threw: the refusal it carries, or a 503 counted against the
     * module (towards quarantine, under the rule of the module host) as the failure of this request's caller.
     */
    public Problem failed(String moduleKey, Throwable e) {
        Problem refusal = ClientRefusals.find(e);
        if (refusal != null) {
            return refusal; // a host service or the SDK refused the request: the caller's doing, not the module's
        }
        LOG.log(Level.WARNING, "module " + moduleKey + " failed to answer", e);
        modules.answerFailed(moduleKey, current.present() ? organisation.tenant() + ":" + current.id() : null, e);
        return new Problem(503, "Module unavailable", "the module " + moduleKey + " failed to answer");
    }

    /** A component resolved for one request: its module's manifest, the request as the module would receive it, its address. */
    public record Resolved(ModuleManifest manifest, ModuleRequest request, String componentPath) {
    }

    /** Resolves the published component of the space and builds the module's view of the request, without calling the module. */
    public Resolved resolve(String slug, String componentId, String method, String path, String body,
            Map<String, String> query, String locale, boolean page) {
        Target target = resolve(slug, componentId);
        ComponentView component = target.component();
        String componentPath = "/" + component.kindPath() + "/" + component.spaceSlug() + "/c/" + component.id();
        ModuleRequest request = new ModuleRequest(method, path, Map.of(), query, body, organisation.tenant().value(),
                component.spaceSlug(), component.id(), current.present() ? current.id() : null, locale,
                target.settings(), services.forRequest(target.manifest(), component.id(), target.settings(), componentPath, component.actionVerifications(),
                        component.phaseEndsOn()), page);
        return new Resolved(target.manifest(), request, componentPath);
    }

    public Answer dispatch(String slug, String componentId, String method, String path, String body,
            Map<String, String> query, String locale, boolean page) {
        // a body the host refuses never reaches the module, so it can never count against the module
        bodies.require(body, http.getContentType(), page);
        Resolved resolved = resolve(slug, componentId, method, path, body, query, locale, page);
        ModuleResponse response;
        try {
            response = ModuleDispatch.dispatch(resolved.manifest(), resolved.request());
        } catch (RuntimeException | LinkageError e) {
            if (!modules.replacedSince(resolved.manifest())) {
                throw failed(resolved.manifest().key(), e);
            }
            // the bundle was being upgraded under this request (its classes going away): its transaction rolled
            // back and its jobs were held, so the request runs once more, on the new version
            resolved = resolve(slug, componentId, method, path, body, query, locale, page);
            try {
                response = ModuleDispatch.dispatch(resolved.manifest(), resolved.request());
            } catch (RuntimeException | LinkageError again) {
                throw failed(resolved.manifest().key(), again);
            }
        }
        modules.answered(resolved.manifest().key());
        if (response.status() < 400) {
            services.release();
        }
        ModuleRequest request = resolved.request();
        return new Answer(response, resolved.manifest().key(), request.spaceSlug(), request.componentId());
    }

    private Target resolve(String slug, String componentId) {
        ComponentView component = (ComponentView) caches.resolvedContent().get(organisation.tenant(),
                "component:" + slug + ":" + componentId, () -> Optional.of(load(slug, componentId))).orElseThrow();
        // admins work on a space and its components before they publish them; nobody else sees them
        if (component.unpublished() != null && !current.roles().contains(org.communa.server.accounts.Role.admin)) {
            throw Problem.notFound(component.unpublished());
        }
        // the module is looked up on every request: bundles come, go and change version at run time
        ParticipationModule module = modules.module(component.moduleKey())
                .orElseThrow(() -> new Problem(503, "Module unavailable", "the module " + component.moduleKey()
                        + " of this component is not available right now"));
        ModuleManifest manifest = module.manifest();
        return new Target(component, manifest, module, SettingsJson.effective(manifest, component.storedSettings()));
    }

    /** The published component of this space, with its global settings and those of the active phase. */
    private ComponentView load(String slug, String componentId) {
        return transactions.inTenant(organisation.tenant(), em -> {
            var space = SpaceLookup.bySlug(em, slug);
            Component component;
            try {
                component = ComponentQueries.inSpace(em, space.id(), componentId);
            } catch (Problem missing) {
                // an unpublished space does not say it exists
                throw space.published() ? missing : Problem.notFound("no space " + slug);
            }
            String unpublished = !space.published() ? "no space " + slug
                    : !component.published() ? "no component " + componentId + " in this space" : null;
            Map<String, Object> values = new LinkedHashMap<>(SettingsJson.values(component.settings()));
            java.time.LocalDate phaseEndsOn = SpaceLookup.activePhase(em, space.id()).map(Phase::endsOn).orElse(null);
            SpaceLookup.activePhase(em, space.id()).map(Phase::id).ifPresent(phase -> {
                var perPhase = JSON.createReader(new StringReader(component.phaseSettings())).readObject();
                if (perPhase.containsKey(phase.toString())) {
                    values.putAll(SettingsJson.values(perPhase.getJsonObject(phase.toString())));
                }
            });
            String kindPath = space.kind() == org.communa.server.spaces.Space.Kind.process ? "processes" : "assemblies";
            return new ComponentView(component.id(), component.moduleKey(), space.slug(), kindPath, Map.copyOf(values),
                    ActionVerifications.of(em, component.id()), phaseEndsOn, unpublished);
        });
    }
}
