package org.communa.modulehost;

import java.util.Set;
import java.util.function.Predicate;
import org.communa.module.api.Action;
import org.communa.module.api.ModuleManifest;

/**
 * The one permission service: whether a participant may do a module's action now, decided from the
 * action's row in the manifest (role × enabling setting of the current phase × verification). The
 * checks run in a fixed order so that the refusal names the first thing to fix: sign in, then role,
 * then phase, then verification. An organisation admin holds every role, but not a closed phase nor a
 * verification: rules of a consultation bind its organisers too.
 */
public final class ActionPermissions {

    public enum Verdict { ALLOWED, SIGN_IN, ROLE, PHASE, VERIFICATION }

    /** Who asks: signed in or not, their roles in the organisation, the verifications they hold ("email", ...). */
    public record Asker(boolean signedIn, Set<String> roles, Set<String> verifications) {

        public static final Asker VISITOR = new Asker(false, Set.of(), Set.of());

        public Asker {
            roles = Set.copyOf(roles);
            verifications = Set.copyOf(verifications);
        }
    }

    private ActionPermissions() {
    }

    public static Verdict decide(ModuleManifest manifest, String actionKey, Asker asker, Predicate<String> settingOn) {
        return decide(action(manifest, actionKey), asker, settingOn);
    }

    public static Verdict decide(Action action, Asker asker, Predicate<String> settingOn) {
        if (!asker.signedIn()) {
            return Verdict.SIGN_IN;
        }
        String role = action.requiredRole();
        if (!role.equals("participant") && !asker.roles().contains("admin") && !asker.roles().contains(role)) {
            return Verdict.ROLE;
        }
        if (action.enabledBy() != null && !settingOn.test(action.enabledBy())) {
            return Verdict.PHASE;
        }
        if (action.verification() != null && !asker.verifications().contains(action.verification())) {
            return Verdict.VERIFICATION;
        }
        return Verdict.ALLOWED;
    }

    /** Why not, in words a participant can act on (the API's problem detail). */
    public static String explain(Verdict verdict, Action action) {
        String what = action.key().replace('_', ' ');
        return switch (verdict) {
            case ALLOWED -> null;
            case SIGN_IN -> "sign in first";
            case ROLE -> "you may not " + what + " here: it needs the " + action.requiredRole() + " role";
            case PHASE -> "you cannot " + what + " here during the current phase";
            case VERIFICATION -> "you need the " + action.verification() + " verification to " + what + " here";
        };
    }

    /** An action the manifest does not declare is a bug in the module, not a refusal. */
    public static Action action(ModuleManifest manifest, String actionKey) {
        return manifest.actions().stream().filter(a -> a.key().equals(actionKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("module " + manifest.key() + " declares no action " + actionKey));
    }
}
