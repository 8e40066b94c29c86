package org.communa.modules.budgets;

import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * The ballot page's "Update the total" without JavaScript (POST budgets/{id}/preview): the page again, with the
 * ticked projects, their total and what is left, worked out by the server. Posted, so that the form's token never
 * ends up in an address; nothing is kept.
 */
final class PreviewBallot implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        if (!request.wantsPage()) {
            throw ModuleProblem.badRequest("the preview is the ballot page's; over the API, a client adds the costs itself");
        }
        return BudgetPage.render(request, Budgets.id(request, "id"), BallotInput.fromFields(request.form()), null);
    }
}
