package org.communa.modulehost;

import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.DataConflictException;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteTable;

/**
 * Calls the module route that serves a request, turning the refusals a module expresses as exceptions
 * into problem answers. Any other exception escapes: it is the module's fault, and the host counts it.
 */
public final class ModuleDispatch {

    private ModuleDispatch() {
    }

    public static ModuleResponse dispatch(ModuleManifest manifest, ModuleRequest request) {
        try {
            return new RouteTable(manifest.routes()).dispatch(request);
        } catch (ModuleProblem refused) {
            return ModuleResponse.problem(refused.status(), refused.getMessage());
        } catch (DataConflictException conflict) {
            return ModuleResponse.problem(409, conflict.getMessage());
        }
    }
}
