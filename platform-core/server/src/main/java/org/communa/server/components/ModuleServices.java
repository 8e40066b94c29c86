package org.communa.server.components;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communa.kernel.jobs.JobQueue;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.ActionPermissions;
import org.communa.modulehost.HtmlPolicy;
import org.communa.modulehost.JdbcModuleData;
import org.communa.modulehost.ModuleJobs;
import org.communa.modulehost.participation.KernelParticipation;
import org.communa.modulehost.participation.ParticipationScope;
import org.communa.module.api.Action;
import org.communa.module.api.HostServices;
import org.communa.module.api.participation.Participation;
import org.communa.module.api.settings.Settings;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.data.ModuleData;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.platform.Platform;

/**
 * The host's services for one module request: bound to its organisation and participant. Jobs the
 * module queues are held until its answer is known: queued when it succeeds (its data is committed
 * by then, so a job never runs before the rows it works on exist), dropped when it fails.
 */
@RequestScoped
public class ModuleServices {

    /** A job the module queued, and when it may run (null: at once). */
    private record HeldJob(String job, java.time.Instant notBefore) {
    }

    private final List<HeldJob> heldJobs = new ArrayList<>();
    private final java.util.Set<String> heldPublications = new java.util.LinkedHashSet<>();

    @Inject Platform platform;
    @Inject RequestOrganisation organisation;
    @Inject org.communa.tenants.OrganisationRegistry registry;
    @Inject CurrentParticipant current;
    @Inject JobQueue jobs;
    @Inject org.communa.server.verifications.Verifications verifications;
    @Inject org.communa.server.participation.ModuleLinkTargets linkTargets;
    @Inject org.communa.server.modules.ModuleRequirements requirements;

    /** The services of one request; actionVerifications: the verification the component's admins require per action. */
    HostServices forRequest(ModuleManifest manifest, UUID componentId, Settings settings, String componentPath,
            Map<String, String> actionVerifications, java.time.LocalDate phaseEndsOn) {
        boolean signedIn = current.present();
        UUID participant = signedIn ? current.id() : null;
        ModuleData data = platform.moduleConnections().module(organisation.tenant(),
                new ActionContext(manifest.key(), componentId, participant));
        // supports, comments and the rest are the host's tables: its services use them as the host, never as the module
        ModuleData hostData = platform.moduleConnections().host(organisation.tenant(),
                new ActionContext(manifest.key(), componentId, participant));
        ActionPermissions.Asker asker = asker();
        return new HostServices() {
            @Override
            public ModuleData data() {
                return data;
            }

            @Override
            public boolean can(String actionKey) {
                return refusal(actionKey) == null;
            }

            @Override
            public String refusal(String actionKey) {
                Action declared = ActionPermissions.action(manifest, actionKey);
                String required = actionVerifications.get(actionKey);
                Action action = required == null ? declared : declared.requiring(required);
                return ActionPermissions.explain(ActionPermissions.decide(action, asker, settings::bool), action);
            }

            @Override
            public Participation participation() {
                return new KernelParticipation(new ParticipationScope(hostData, componentId, participant), componentPath,
                        linkTargets.of(organisation.tenant()));
            }

            @Override
            public String sanitizeHtml(String html) {
                return HtmlPolicy.sanitize(html);
            }

            @Override
            public void enqueue(String jobName, String payload) {
                heldJobs.add(new HeldJob(ModuleJobs.queue(manifest, jobName, componentId, payload).toJson(), null));
            }

            @Override
            public void enqueueAt(String jobName, String payload, java.time.Instant notBefore) {
                heldJobs.add(new HeldJob(ModuleJobs.queue(manifest, jobName, componentId, payload).toJson(),
                        java.util.Objects.requireNonNull(notBefore, "notBefore")));
            }

            @Override
            public java.util.Optional<java.time.LocalDate> phaseEndsOn() {
                return java.util.Optional.ofNullable(phaseEndsOn);
            }

            @Override
            public void federate(String type, String id) {
                heldPublications.add(org.communa.server.federation.PublishChanges.payload(componentId, type, id));
            }

            @Override
            public boolean available(String requiredModuleKey) {
                return requirements.available(manifest, requiredModuleKey);
            }

            @Override
            public org.communa.module.api.eligibility.Eligibility eligibility() {
                return new org.communa.modulehost.eligibility.SqlEligibility(hostData, participant);
            }

            @Override
            public java.time.ZoneId timeZone() {
                return java.time.ZoneId.of(registry.get(organisation.tenant().value()).spec().timeZone());
            }
        };
    }

    /** The request's participant for the permission service: signed-in accounts are confirmed, so they hold "email". */
    public ActionPermissions.Asker asker() {
        if (!current.present()) {
            return ActionPermissions.Asker.VISITOR;
        }
        Set<String> roles = current.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        return new ActionPermissions.Asker(true, roles, verifications.held(organisation.tenant(), current.id()));
    }

    /** The module answered without error: its jobs go to the durable queue. */
    void release() {
        heldJobs.forEach(held -> {
            if (held.notBefore() == null) {
                jobs.enqueue(ModuleJobs.JOB_TYPE, organisation.tenant(), held.job());
            } else {
                jobs.enqueueAt(ModuleJobs.JOB_TYPE, organisation.tenant(), held.job(), held.notBefore());
            }
        });
        heldJobs.clear();
        heldPublications.forEach(change -> jobs.enqueue(org.communa.server.federation.PublishChanges.JOB, organisation.tenant(), change));
        heldPublications.clear();
    }
}
