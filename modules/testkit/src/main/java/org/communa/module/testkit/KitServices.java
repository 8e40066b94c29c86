package org.communa.module.testkit;

import java.util.Set;
import java.util.UUID;
import org.communa.modulehost.ActionPermissions;
import org.communa.modulehost.HtmlPolicy;
import org.communa.modulehost.ModuleJobs;
import org.communa.module.api.HostServices;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.participation.Participation;
import org.communa.module.api.settings.Settings;
import org.communa.modulehost.participation.KernelParticipation;
import org.communa.modulehost.participation.ParticipationScope;

/** The host's services as the server gives them, for one request of a test. */
final class KitServices implements HostServices {

    private final ModuleTestKit kit;
    private final TestOrganisation organisation;
    private final ModuleData data;
    private final boolean signedIn;
    private final Set<String> roles;
    private final java.util.List<ModuleJobs.QueuedJob> held = new java.util.ArrayList<>();
    private final Settings settings;
    private final java.util.UUID participant;
    private java.time.LocalDate phaseEndsOn;

    KitServices(ModuleTestKit kit, TestOrganisation organisation, java.util.UUID participant, Set<String> roles, Settings settings) {
        this.kit = kit;
        this.organisation = organisation;
        this.data = kit.data(organisation, participant);
        this.signedIn = participant != null;
        this.roles = roles;
        this.settings = settings;
        this.participant = participant;
    }

    @Override
    public ModuleData data() {
        return data;
    }

    @Override
    public boolean can(String actionKey) {
        return refusal(actionKey) == null;
    }

    /** The host's permission service, with the request's settings and the verifications the participant holds. */
    @Override
    public String refusal(String actionKey) {
        Set<String> verifications = new java.util.HashSet<>();
        eligibility().held().forEach(held -> verifications.add(held.method()));
        ActionPermissions.Asker asker = new ActionPermissions.Asker(signedIn, roles, verifications);
        var action = ActionPermissions.action(kit.manifest(), actionKey);
        return ActionPermissions.explain(ActionPermissions.decide(action, asker, settings::bool), action);
    }

    @Override
    public org.communa.module.api.eligibility.Eligibility eligibility() {
        return new org.communa.modulehost.eligibility.SqlEligibility(kit.hostData(organisation, participant), participant);
    }

    @Override
    public Participation participation() {
        return new KernelParticipation(new ParticipationScope(kit.hostData(organisation, participant), organisation.componentId(), participant),
                "/processes/" + organisation.spaceSlug() + "/c/" + organisation.componentId(), this::linkTarget);
    }

    /** The kit knows one module: a link's other side is a resource of one of its components, as a visitor sees it. */
    private java.util.Optional<org.communa.modulehost.participation.LinkTargets.Target> linkTarget(UUID component, String type, String id) {
        var catalog = kit.manifest().resourceCatalog();
        if (catalog == null || !kit.manifest().resourceTypes().contains(type)) {
            return java.util.Optional.empty();
        }
        TestOrganisation other = new TestOrganisation(organisation.id(), organisation.spaceSlug(), component);
        java.util.Optional<org.communa.module.api.participation.ResourceInfo> found = kit.request(other, "GET", "")
                .call(request -> catalog.find(request, type, id));
        return found.map(info -> new org.communa.modulehost.participation.LinkTargets.Target(info.title(),
                "/processes/" + organisation.spaceSlug() + "/c/" + component + "/" + info.path()));
    }

    @Override
    public String sanitizeHtml(String html) {
        return HtmlPolicy.sanitize(html);
    }

    @Override
    public boolean available(String requiredModuleKey) {
        return kit.available(requiredModuleKey);
    }

    @Override
    public void enqueue(String jobName, String payload) {
        held.add(ModuleJobs.queue(kit.manifest(), jobName, organisation.componentId(), payload));
    }

    /** The kit keeps no clock: a job queued for later runs, like the others, on {@link ModuleTestKit#runJobs()}. */
    @Override
    public void enqueueAt(String jobName, String payload, java.time.Instant notBefore) {
        java.util.Objects.requireNonNull(notBefore, "notBefore");
        kit.scheduled(notBefore);
        enqueue(jobName, payload);
    }

    @Override
    public java.util.Optional<java.time.LocalDate> phaseEndsOn() {
        return java.util.Optional.ofNullable(phaseEndsOn);
    }

    KitServices phaseEndsOn(java.time.LocalDate day) {
        this.phaseEndsOn = day;
        return this;
    }

    /** Like the host: jobs are queued once the module answered without error, dropped otherwise. */
    void release(boolean answered) {
        if (answered) {
            held.forEach(job -> kit.enqueue(organisation, job));
        }
        held.clear();
    }
}
