package org.communa.modules.budgets;

import org.communa.module.api.ModuleProblem;
import org.communa.module.api.eligibility.Verification;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * A participant proves they are on the census by typing their identifier (a student number, a customer
 * number): its hash must be on the list the organisation uploaded and not already claimed by another
 * account. Only the hash is kept.
 */
final class VerifyVoter implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        if (!request.wantsPage()) {
            verify(request);
            return ModuleResponse.json(200, "{\"verified\":true}");
        }
        // the form sits on a budget's page, which it names: back there, with the refusal if any
        java.util.UUID budget = SaveProject.uuid(request.form().get("budget"), "budget");
        try {
            verify(request);
        } catch (ModuleProblem refused) {
            if (refused.status() == 401 || budget == null) {
                throw refused;
            }
            return BudgetPage.render(request, budget, null, refused);
        }
        return ModuleResponse.redirect(budget == null ? "" : "budgets/" + budget);
    }

    private static void verify(ModuleRequest request) {
        request.require("vote");
        String identifier = request.wantsPage() ? request.form().get("identifier")
                : BudgetInput.text(BudgetJson.read(request.body(), "the verification"), "identifier");
        if (identifier == null) {
            throw ModuleProblem.badRequest("identifier is required").explainedAs("budgets.problem.identifier_required");
        }
        request.services().eligibility().prove(Verification.CENSUS, identifier);
    }
}
