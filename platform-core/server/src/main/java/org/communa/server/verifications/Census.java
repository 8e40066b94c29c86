package org.communa.server.verifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.communa.modulehost.eligibility.CensusReplacement;
import org.communa.modulehost.eligibility.SqlEligibility;
import org.communa.modulehost.ActionContext;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.eligibility.Verification;
import org.communa.server.platform.Platform;

/**
 * The organisation's census: who may take part where an action requires it, as SHA-256 hex of an identifier
 * the organisation knows (student or customer number), trimmed and upper-cased before hashing, so the platform
 * never holds the identifiers themselves; each entry may place the person in a scope and end on a date.
 * Replaced whole on upload; verifications of identifiers no longer listed go with them. A participant proves
 * one identifier once, and an identifier serves one account. Every module reads it through the SDK's
 * eligibility service (budgets: who votes, in which scope's budget, and paper ballots).
 */
@ApplicationScoped
public class Census {

    static final int MAX_ENTRIES = 2_000_000;

    @Inject TenantTransactions transactions;
    @Inject Platform platform;
    @Inject org.communa.server.http.ReadCaches caches;

    /**
     * Replaces the census with these lines: a SHA-256 hex per line, optionally followed by ;SCOPE_ID (where the
     * person belongs: campus, district), every entry valid until validUntil (null: no end). A bad line is a 400
     * naming it, and nothing changes. Proofs of identifiers still listed follow their entry's scope and end.
     */
    public int replace(TenantId tenant, String text, OffsetDateTime validUntil) {
        Map<String, UUID> entries = new LinkedHashMap<>();
        // a scope is named by its id or, as admins know it, by its code (campus-nord)
        Map<String, UUID> codes = new java.util.HashMap<>();
        hostData(tenant, null).read(sql -> sql.query("select id, code from sdk_scopes")).forEach(row -> codes.put(row.string("code"), row.uuid("id")));
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            String hash = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}") || parts.length > 2) {
                String shown = line.length() > 80 ? line.substring(0, 80) + "…" : line;
                throw Problem.badRequest("line " + (i + 1) + ": expected the SHA-256 of an identifier, 64 hexadecimal digits, "
                        + "optionally followed by ;SCOPE_ID, got: " + shown).explainedAs("admin.census.problem.line", i + 1, shown);
            }
            entries.put(hash, parts.length == 2 && !parts[1].isBlank() ? scope(parts[1].strip(), i + 1, codes) : null);
        }
        if (entries.size() > MAX_ENTRIES) {
            throw Problem.badRequest("a census has at most " + MAX_ENTRIES + " entries, got " + entries.size());
        }
        int stored;
        try {
            stored = hostData(tenant, null).write(sql -> CensusReplacement.replace(sql, entries, validUntil));
        } catch (org.communa.module.api.ModuleProblem refused) {
            throw Problem.badRequest(refused.getMessage()).explainedAs("admin.census.problem.unknownScope");
        }
        caches.invalidateContent(tenant);
        return stored;
    }

    /**
     * The lines an admin types with the identifiers themselves (IDENTIFIER or IDENTIFIER;SCOPE), as census lines: each
     * identifier becomes its SHA-256 as participants' proofs compute it. Only the hashes are kept.
     */
    public static String hashed(String identifiers) {
        StringBuilder lines = new StringBuilder();
        for (String line : (identifiers == null ? "" : identifiers).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int semicolon = line.indexOf(';');
            String identifier = semicolon < 0 ? line : line.substring(0, semicolon);
            lines.append(org.communa.modulehost.eligibility.SqlEligibility.censusHash(identifier))
                    .append(semicolon < 0 ? "" : line.substring(semicolon)).append('\n');
        }
        return lines.toString();
    }

    private static UUID scope(String text, int line, Map<String, UUID> codes) {
        if (codes.containsKey(text)) {
            return codes.get(text);
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            throw Problem.badRequest("line " + line + ": the scope after ; must be a scope's id, got: " + shown)
                    .explainedAs("admin.census.problem.scope", line, shown);
        }
    }

    public long size(TenantId tenant) {
        return transactions.inTenant(tenant, em -> ((Number) em.createNativeQuery("select count(*) from organisation_census")
                .getSingleResult()).longValue());
    }

    /** The participant proves an identifier of the census (the SDK's eligibility service, as every module uses it). */
    public void verify(TenantId tenant, UUID participant, String identifier) {
        new SqlEligibility(hostData(tenant, participant), participant).prove(Verification.CENSUS, identifier);
        caches.invalidateContent(tenant);
    }

    private org.communa.module.api.data.ModuleData hostData(TenantId tenant, UUID participant) {
        return platform.moduleConnections().host(tenant, new ActionContext("verifications", null, participant));
    }
}
