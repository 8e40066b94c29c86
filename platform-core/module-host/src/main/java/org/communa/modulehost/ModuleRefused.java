package org.communa.modulehost;

/**
 * A module that breaks the host's rules rather than one that failed: migrations that would touch what is not
 * the module's, leave its role, weaken row-level security, or a published view it does not create. The host
 * refuses such a bundle at install (422, nothing of it kept) instead of keeping it quarantined.
 */
public class ModuleRefused extends IllegalStateException {

    public ModuleRefused(String message) {
        super(message);
    }

    public ModuleRefused(String message, Throwable cause) {
        super(message, cause);
    }

    /** The refusal somewhere in this failure's causes, if it is one. */
    public static java.util.Optional<ModuleRefused> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ModuleRefused refused) {
                return java.util.Optional.of(refused);
            }
        }
        return java.util.Optional.empty();
    }
}
