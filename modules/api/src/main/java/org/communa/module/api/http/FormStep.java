package org.communa.module.api.http;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.communa.module.api.ModuleProblem;

/**
 * The two ways one admin step is asked: from the API, its own answer (or its problem); from a page's form,
 * 303 to the page it leads to when done, or the page again with the refusal and the fields as they were sent.
 * A 401 always goes to the host (which sends visitors to sign in). @since 1.4
 */
public final class FormStep {

    private FormStep() {
    }

    public static ModuleResponse run(ModuleRequest request, Supplier<ModuleResponse> step, String doneAt,
            Function<ModuleProblem, ModuleResponse> refusedPage) {
        if (!request.wantsPage()) {
            return step.get();
        }
        try {
            step.get();
            return ModuleResponse.redirect(doneAt);
        } catch (ModuleProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            return refusedPage.apply(refused);
        }
    }

    /**
     * A page that may come back refused: the model gets "form" (the fields as sent, or none) and "problem", and the
     * answer the problem's status.
     */
    public static ModuleResponse page(ModuleRequest request, String template, Map<String, Object> model, ModuleProblem problem) {
        model.put("form", problem != null && "POST".equals(request.method()) ? request.form() : Map.of());
        if (problem != null) {
            model.put("problem", problem);
        }
        return ModuleResponse.view(problem == null ? 200 : problem.status(), template, model);
    }
}
