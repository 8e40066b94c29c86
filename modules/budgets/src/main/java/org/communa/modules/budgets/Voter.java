package org.communa.modules.budgets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.http.ModuleRequest;

/**
 * Who casts a ballot, as the ballot records it: with a census, the hash of the person's identifier (the
 * same whether they vote online or on paper, so nobody votes twice across channels); without, the
 * participant. Also the scope the census gives them, for "vote in the budget of your scope".
 */
record Voter(String key, UUID scopeId) {

    /** SHA-256, hex, of the identifier trimmed and upper-cased: what organisations upload as their census. */
    static String hash(String identifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(identifier.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    static Voter census(String identifierHash, UUID scopeId) {
        return new Voter("census:" + identifierHash, scopeId);
    }

    /** The signed-in participant as a voter of this component; with a census, only once verified. */
    static Voter participant(Sql sql, ModuleRequest request) {
        UUID participant = request.participantId().orElseThrow(() -> ModuleProblem.unauthorized("sign in first"));
        if (!request.settings().bool("census_required")) {
            return new Voter("participant:" + participant, null);
        }
        Row verified = sql.first("select identifier_hash, scope_id from budgets_verifications where component_id = ? and participant_id = ?",
                request.componentId(), participant).orElseThrow(() -> ModuleProblem.forbidden(
                        "only people on the organisation's census may vote here: enter your identifier first (POST verification)")
                        .explainedAs("budgets.problem.not_verified"));
        return census(verified.string("identifier_hash"), verified.uuid("scope_id"));
    }

    /** A census identifier typed by an officer at a polling station: refused when it is not on the census. */
    static Voter onCensus(Sql sql, ModuleRequest request, String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw ModuleProblem.badRequest("the voter's identifier is required").explainedAs("budgets.problem.identifier_required");
        }
        String hash = hash(identifier);
        Row row = sql.first("select scope_id from budgets_census where component_id = ? and identifier_hash = ?",
                request.componentId(), hash).orElseThrow(() -> ModuleProblem.forbidden("this identifier is not on the census")
                        .explainedAs("budgets.problem.not_on_census"));
        return census(hash, row.uuid("scope_id"));
    }
}
