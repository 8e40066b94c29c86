package org.communa.module.testkit;

import java.util.Set;
import org.communa.kernel.modules.ActionPermissions;
import org.communa.kernel.modules.HtmlPolicy;
import org.communa.module.api.HostServices;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.data.ModuleData;

/** The host's services as the server gives them, for one request of a test. */
final class KitServices implements HostServices {

    private final ModuleData data;
    private final ModuleManifest manifest;
    private final boolean signedIn;
    private final Set<String> roles;

    KitServices(ModuleData data, ModuleManifest manifest, boolean signedIn, Set<String> roles) {
        this.data = data;
        this.manifest = manifest;
        this.signedIn = signedIn;
        this.roles = roles;
    }

    @Override
    public ModuleData data() {
        return data;
    }

    @Override
    public boolean can(String actionKey) {
        return ActionPermissions.allowed(manifest, actionKey, signedIn, roles);
    }

    @Override
    public String sanitizeHtml(String html) {
        return HtmlPolicy.sanitize(html);
    }
}
