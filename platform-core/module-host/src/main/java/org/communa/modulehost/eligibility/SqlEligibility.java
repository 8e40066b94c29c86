package org.communa.modulehost.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.security.SecretTokens;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.eligibility.Eligibility;
import org.communa.module.api.eligibility.Verification;

/**
 * The eligibility service on the organisation's own tables, read and written as the host (never under a
 * module's role): the census the organisation uploads, its methods' settings, the proofs participants hold.
 * An identifier is kept only as the SHA-256 of its trimmed, upper-cased form, which is also the voter key.
 */
public final class SqlEligibility implements Eligibility {

    private static final int MAX_EVIDENCE = 200;

    private final ModuleData host;
    private final UUID participant;

    /** host: the organisation's tables as the host; participant: null for a visitor or a job. */
    public SqlEligibility(ModuleData host, UUID participant) {
        this.host = host;
        this.participant = participant;
    }

    /** What the organisation uploads and keeps for an identifier typed by a person. */
    public static String censusHash(String identifier) {
        return SecretTokens.digest(identifier.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public List<Verification> held() {
        if (participant == null) {
            return List.of();
        }
        List<Verification> held = new ArrayList<>();
        held.add(new Verification(Verification.EMAIL, null, null, "participant:" + participant));
        host.read(sql -> sql.query("select method, identifier_sha256, scope_id, expires_at from participant_verifications "
                + "where participant_id = ? and (expires_at is null or expires_at > now()) and "
                + CensusReplacement.methodOn("participant_verifications.method") + " order by method", participant))
                .forEach(row -> held.add(new Verification(row.string("method"), row.uuid("scope_id"), row.time("expires_at"),
                        row.string("method") + ":" + row.string("identifier_sha256"))));
        return List.copyOf(held);
    }

    @Override
    public Verification prove(String method, String evidence) {
        if (participant == null) {
            throw ModuleProblem.unauthorized("sign in first").explainedAs("problem.signIn");
        }
        requireCensus(method);
        String hash = censusHash(checkedEvidence(evidence));
        return host.write(sql -> {
            Row entry = censusEntry(sql, hash).orElseThrow(() -> new ModuleProblem(422,
                    "this identifier is not in the organisation's census").explainedAs("verifications.problem.not_on_census"));
            Optional<Row> holder = sql.first("select participant_id from participant_verifications where method = 'census' "
                    + "and identifier_sha256 = ?", hash);
            if (holder.isPresent() && !holder.get().uuid("participant_id").equals(participant)) {
                throw ModuleProblem.conflict("this identifier has already been used by another account")
                        .explainedAs("verifications.problem.identifier_taken");
            }
            // one person per account: another identifier while the first proof holds would be a second voter key
            if (sql.first("select 1 from participant_verifications where participant_id = ? and method = 'census' "
                    + "and identifier_sha256 <> ? and (expires_at is null or expires_at > now())", participant, hash).isPresent()) {
                throw ModuleProblem.conflict("your account is already verified with another identifier")
                        .explainedAs("verifications.problem.verified_otherwise");
            }
            Row proof = sql.first("insert into participant_verifications (participant_id, method, identifier_sha256, scope_id, expires_at) "
                    + "values (?, 'census', ?, ?, " + CensusReplacement.PROOF_END.formatted("?::timestamptz", "now()") + ") "
                    + "on conflict (tenant_id, participant_id, method) do update set identifier_sha256 = excluded.identifier_sha256, "
                    + "scope_id = excluded.scope_id, expires_at = excluded.expires_at, verified_at = now() returning scope_id, expires_at",
                    participant, hash, entry.uuid("scope_id"), entry.time("valid_until")).orElseThrow();
            return new Verification(Verification.CENSUS, proof.uuid("scope_id"), proof.time("expires_at"), "census:" + hash);
        });
    }

    @Override
    public Optional<Verification> lookUp(String method, String evidence) {
        requireCensus(method);
        String hash = censusHash(checkedEvidence(evidence));
        return host.read(sql -> censusEntry(sql, hash)).map(entry ->
                new Verification(Verification.CENSUS, entry.uuid("scope_id"), entry.time("valid_until"), "census:" + hash));
    }

    private static Optional<Row> censusEntry(Sql sql, String hash) {
        return sql.first("select scope_id, valid_until from organisation_census where identifier_sha256 = ? "
                + "and (valid_until is null or valid_until > now()) and " + CensusReplacement.methodOn("'census'"), hash);
    }

    private static void requireCensus(String method) {
        if (!Verification.CENSUS.equals(method)) {
            throw ModuleProblem.badRequest("only the census is proved by typing an identifier; got the method " + method);
        }
    }

    private static String checkedEvidence(String evidence) {
        if (evidence == null || evidence.isBlank() || evidence.length() > MAX_EVIDENCE) {
            throw ModuleProblem.badRequest("the identifier is required (at most " + MAX_EVIDENCE + " characters)")
                    .explainedAs("verifications.problem.identifier_required");
        }
        return evidence;
    }
}
