package org.communa.server.verifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.security.SecretTokens;
import org.communa.kernel.tenant.TenantId;

/**
 * The organisation's census: who may take part where an action requires it, as SHA-256 hex of an identifier
 * the organisation knows (student or customer number), trimmed and upper-cased before hashing, so the platform
 * never holds the identifiers themselves. Replaced whole on upload; verifications of identifiers no longer
 * listed go with them. A participant proves one identifier once, and an identifier serves one account.
 */
@ApplicationScoped
public class Census {

    public static final String METHOD = "census";
    static final int MAX_ENTRIES = 2_000_000;

    @Inject TenantTransactions transactions;
    @Inject org.communa.server.http.ReadCaches caches;

    /** Replaces the census with these lines (one SHA-256 hex per line); a bad line is a 400 naming it, and nothing changes. */
    public int replace(TenantId tenant, String text) {
        Set<String> hashes = new LinkedHashSet<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().toLowerCase(Locale.ROOT);
            if (line.isEmpty()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}")) {
                throw Problem.badRequest("line " + (i + 1) + ": expected the SHA-256 of an identifier, 64 hexadecimal digits, got: "
                        + (line.length() > 80 ? line.substring(0, 80) + "…" : line));
            }
            hashes.add(line);
        }
        if (hashes.size() > MAX_ENTRIES) {
            throw Problem.badRequest("a census has at most " + MAX_ENTRIES + " entries, got " + hashes.size());
        }
        int stored = transactions.inTenant(tenant, em -> {
            em.createNativeQuery("delete from organisation_census").executeUpdate();
            List<String> batch = new ArrayList<>(hashes);
            for (int from = 0; from < batch.size(); from += 1000) {
                List<String> slice = batch.subList(from, Math.min(batch.size(), from + 1000));
                em.createNativeQuery("insert into organisation_census (identifier_sha256) select unnest(cast(? as text[]))")
                        .setParameter(1, "{" + String.join(",", slice) + "}").executeUpdate();
            }
            em.createNativeQuery("delete from participant_verifications v where method = 'census' and not exists "
                    + "(select 1 from organisation_census c where c.identifier_sha256 = v.identifier_sha256)").executeUpdate();
            return hashes.size();
        });
        caches.invalidateContent(tenant);
        return stored;
    }

    public long size(TenantId tenant) {
        return transactions.inTenant(tenant, em -> ((Number) em.createNativeQuery("select count(*) from organisation_census")
                .getSingleResult()).longValue());
    }

    /** The participant proves an identifier of the census; 422 when it is not there, 409 when another account used it. */
    public void verify(TenantId tenant, UUID participant, String identifier) {
        if (identifier == null || identifier.isBlank() || identifier.length() > 200) {
            throw Problem.badRequest("identifier is required (at most 200 characters)");
        }
        String hash = SecretTokens.digest(identifier.strip().toUpperCase(Locale.ROOT));
        transactions.inTenant(tenant, em -> {
            boolean listed = !em.createNativeQuery("select 1 from organisation_census where identifier_sha256 = ?").setParameter(1, hash)
                    .getResultList().isEmpty();
            if (!listed) {
                throw Problem.unprocessable("this identifier is not in the organisation's census");
            }
            @SuppressWarnings("unchecked")
            List<Object> holder = em.createNativeQuery("select participant_id::text from participant_verifications "
                    + "where method = 'census' and identifier_sha256 = ?").setParameter(1, hash).getResultList();
            if (!holder.isEmpty() && !holder.get(0).toString().equals(participant.toString())) {
                throw Problem.conflict("this identifier has already been used by another account");
            }
            em.createNativeQuery("insert into participant_verifications (participant_id, method, identifier_sha256) values (?, 'census', ?) "
                    + "on conflict (tenant_id, participant_id, method) do update set identifier_sha256 = excluded.identifier_sha256, "
                    + "verified_at = now()").setParameter(1, participant).setParameter(2, hash).executeUpdate();
            return null;
        });
        caches.invalidateContent(tenant);
    }

}
