package org.communa.server.components;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.communa.kernel.modules.ActionPermissions;
import org.communa.kernel.modules.HtmlPolicy;
import org.communa.kernel.modules.JdbcModuleData;
import org.communa.module.api.HostServices;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.data.ModuleData;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.platform.Platform;

/** The host's services for one module request: bound to its organisation and participant. */
@RequestScoped
public class ModuleServices {

    @Inject Platform platform;
    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;

    HostServices forRequest(ModuleManifest manifest) {
        ModuleData data = new JdbcModuleData(platform.database().appPool(), organisation.tenant());
        boolean signedIn = current.present();
        Set<String> roles = current.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        return new HostServices() {
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
        };
    }
}
