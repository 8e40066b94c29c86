package org.communa.modulehost.eligibility;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Sql;

/**
 * Replaces the organisation's census in one transaction (as the host): every entry's hash, scope and end;
 * proofs of identifiers no longer listed go, the others follow their entry's scope and end (and the validity
 * the organisation gives the method).
 */
public final class CensusReplacement {

    private static final int BATCH = 1000;

    /**
     * When a census proof ends: with its entry (%1$s, null for never), and no later than the validity the organisation
     * gives the method, counted from the proof (%2$s). The one rule, for a new proof and for proofs refreshed.
     */
    static final String PROOF_END = "least(%1$s, %2$s + make_interval(days => (select validity_days from verification_methods "
            + "where method = 'census')))";

    /** A verification method the organisation switched off proves nothing until it is on again (proofs are kept). */
    static String methodOn(String method) {
        return "not exists (select 1 from verification_methods m where m.method = " + method + " and not m.enabled)";
    }

    private CensusReplacement() {
    }

    /** hashesAndScopes: SHA-256 hex of each identifier, and the scope it places its person in (null for none). */
    public static int replace(Sql sql, Map<String, UUID> hashesAndScopes, OffsetDateTime validUntil) {
        for (UUID scope : new HashSet<>(hashesAndScopes.values())) {
            if (scope != null && sql.first("select 1 from scopes where id = ?", scope).isEmpty()) {
                throw ModuleProblem.badRequest("scope " + scope + " is not a scope of this organisation");
            }
        }
        sql.update("delete from organisation_census");
        List<Map.Entry<String, UUID>> entries = new ArrayList<>(hashesAndScopes.entrySet());
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<Map.Entry<String, UUID>> slice = entries.subList(from, Math.min(entries.size(), from + BATCH));
            sql.update("insert into organisation_census (identifier_sha256, scope_id, valid_until) "
                    + "select h, cast(nullif(s, '') as uuid), cast(? as timestamptz) from unnest(cast(? as text[]), cast(? as text[])) as e(h, s)",
                    validUntil == null ? null : validUntil.toString(),
                    "{" + String.join(",", slice.stream().map(Map.Entry::getKey).toList()) + "}",
                    "{" + String.join(",", slice.stream().map(e -> e.getValue() == null ? "\"\"" : e.getValue().toString()).toList()) + "}");
        }
        sql.update("delete from participant_verifications v where method = 'census' and not exists "
                + "(select 1 from organisation_census c where c.identifier_sha256 = v.identifier_sha256)");
        refreshProofs(sql);
        return entries.size();
    }

    /** Each census proof takes its entry's scope, and ends with it or after the method's validity, whichever comes first. */
    public static void refreshProofs(Sql sql) {
        sql.update("update participant_verifications v set scope_id = c.scope_id, expires_at = "
                + PROOF_END.formatted("c.valid_until", "v.verified_at")
                + " from organisation_census c where v.method = 'census' and c.identifier_sha256 = v.identifier_sha256");
    }
}
