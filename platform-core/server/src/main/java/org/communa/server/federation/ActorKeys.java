package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Optional;
import org.communa.federation.signatures.PemKeys;
import org.communa.kernel.cache.TenantScopedCache;
import org.communa.kernel.tenant.TenantId;

/** Each local actor's RSA key, made the first time the actor is shown or signs, then kept. */
@ApplicationScoped
public class ActorKeys {

    /** A local actor's key: its id as published ("…#main-key"), the private half to sign with, the public PEM. */
    public record LocalKey(String keyId, PrivateKey privateKey, String publicPem) {
    }

    @Inject Federation federation;
    // every delivery signs: the parsed private key is kept rather than read and decoded each time (keys never change)
    private final TenantScopedCache<LocalKey> kept = new TenantScopedCache<>(Duration.ofMinutes(10), 10_000);

    public LocalKey forActor(TenantId tenant, String actorPath) {
        return kept.get(tenant, actorPath, () -> Optional.of(stored(tenant, actorPath))).orElseThrow();
    }

    private LocalKey stored(TenantId tenant, String actorPath) {
        String base = federation.base(tenant);
        return federation.data(tenant).write(sql -> {
            var row = sql.first("select public_pem, private_pem from federation_keys where actor_path = ?", actorPath);
            if (row.isEmpty()) {
                KeyPair pair = PemKeys.newRsaKeyPair();
                sql.update("insert into federation_keys (actor_path, public_pem, private_pem) values (?, ?, ?) on conflict do nothing",
                        actorPath, PemKeys.publicPem(pair.getPublic()), PemKeys.privatePem(pair.getPrivate()));
                // two first uses at once: the one inserted first wins, both read it
                row = sql.first("select public_pem, private_pem from federation_keys where actor_path = ?", actorPath);
            }
            return new LocalKey(base + actorPath + "#main-key", PemKeys.privateKey(row.get().string("private_pem")),
                    row.get().string("public_pem"));
        });
    }
}
