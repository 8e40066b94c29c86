package org.communa.module.testkit;

import java.util.Set;
import org.communa.kernel.modules.ActionPermissions;
import org.communa.kernel.modules.HtmlPolicy;
import org.communa.kernel.modules.ModuleJobs;
import org.communa.module.api.HostServices;
import org.communa.module.api.data.ModuleData;

/** The host's services as the server gives them, for one request of a test. */
final class KitServices implements HostServices {

    private final ModuleTestKit kit;
    private final TestOrganisation organisation;
    private final ModuleData data;
    private final boolean signedIn;
    private final Set<String> roles;
    private final java.util.List<ModuleJobs.QueuedJob> held = new java.util.ArrayList<>();

    KitServices(ModuleTestKit kit, TestOrganisation organisation, java.util.UUID participant, Set<String> roles) {
        this.kit = kit;
        this.organisation = organisation;
        this.data = kit.data(organisation, participant);
        this.signedIn = participant != null;
        this.roles = roles;
    }

    @Override
    public ModuleData data() {
        return data;
    }

    @Override
    public boolean can(String actionKey) {
        return ActionPermissions.allowed(kit.manifest(), actionKey, signedIn, roles);
    }

    @Override
    public String sanitizeHtml(String html) {
        return HtmlPolicy.sanitize(html);
    }

    @Override
    public void enqueue(String jobName, String payload) {
        held.add(ModuleJobs.queue(kit.manifest(), jobName, organisation.componentId(), payload));
    }

    /** Like the host: jobs are queued once the module answered without error, dropped otherwise. */
    void release(boolean answered) {
        if (answered) {
            held.forEach(job -> kit.enqueue(organisation, job));
        }
        held.clear();
    }
}
