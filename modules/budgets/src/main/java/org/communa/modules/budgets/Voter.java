package org.communa.modules.budgets;

import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.eligibility.Verification;
import org.communa.module.api.http.ModuleRequest;

/**
 * Who casts a ballot, as the ballot records it: with a census, the voter key of the organisation's census
 * verification (the hash of the person's identifier, the same whether they vote online or on paper, so
 * nobody votes twice across channels); without, the participant. Also the scope the census gives them, for
 * "vote in the budget of your scope". The census is the organisation's, read through the SDK's eligibility.
 */
record Voter(String key, UUID scopeId) {

    /** The signed-in participant as a voter of this component; with a census, only once verified (and while it lasts). */
    static Voter participant(ModuleRequest request) {
        UUID participant = request.participantId().orElseThrow(() -> ModuleProblem.unauthorized("sign in first"));
        if (!request.settings().bool("census_required")) {
            return new Voter("participant:" + participant, null);
        }
        Verification verified = request.services().eligibility().held(Verification.CENSUS).orElseThrow(() -> ModuleProblem.forbidden(
                "only people on the organisation's census may vote here: enter your identifier first (POST verification)")
                .explainedAs("budgets.problem.not_verified"));
        return new Voter(verified.voterKey(), verified.scopeId().orElse(null));
    }

    /** A census identifier typed by an officer at a polling station: refused when it is not on the census. */
    static Voter onCensus(ModuleRequest request, String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw ModuleProblem.badRequest("the voter's identifier is required").explainedAs("budgets.problem.identifier_required");
        }
        Verification entry = request.services().eligibility().lookUp(Verification.CENSUS, identifier)
                .orElseThrow(() -> ModuleProblem.forbidden("this identifier is not on the census").explainedAs("budgets.problem.not_on_census"));
        return new Voter(entry.voterKey(), entry.scopeId().orElse(null));
    }
}
