package org.communa.server.components;

import org.communa.kernel.problem.Problem;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.DataConflictException;

/**
 * Tells a refusal from a fault in what escaped a module: a 4xx problem raised by the host's services or the
 * SDK, even wrapped by a transaction or a pool, is the caller's doing and must not count against the module.
 */
final class ClientRefusals {

    private ClientRefusals() {
    }

    /** The refusal in the cause chain, as a host problem; null when the failure is the module's. */
    static Problem find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Problem problem && problem.status() < 500) {
                return problem;
            }
            if (t instanceof ModuleProblem refused && refused.status() < 500) {
                return new Problem(refused.status(), refused.status() == 404 ? "Not found" : "Refused", refused.getMessage());
            }
            if (t instanceof DataConflictException conflict) {
                return Problem.conflict(conflict.getMessage());
            }
        }
        return null;
    }
}
