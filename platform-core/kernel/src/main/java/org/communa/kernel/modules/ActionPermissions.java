package org.communa.kernel.modules;

import java.util.Set;
import org.communa.module.api.Action;
import org.communa.module.api.ModuleManifest;

/**
 * Who may do a module's action: the role the manifest names for it; "participant" means any signed-in
 * account, and an organisation admin may do everything. An action the manifest does not declare is a
 * bug in the module, not a refusal.
 */
public final class ActionPermissions {

    private ActionPermissions() {
    }

    public static boolean allowed(ModuleManifest manifest, String actionKey, boolean signedIn, Set<String> roles) {
        Action action = manifest.actions().stream().filter(a -> a.key().equals(actionKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("module " + manifest.key() + " declares no action " + actionKey));
        if (!signedIn) {
            return false;
        }
        return action.requiredRole().equals("participant") || roles.contains("admin") || roles.contains(action.requiredRole());
    }
}
