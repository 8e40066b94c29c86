package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.communa.federation.net.BoundedHttp;
import org.communa.federation.net.RefusedAddress;
import org.communa.federation.signatures.KeyResolver;
import org.communa.federation.signatures.PemKeys;
import org.communa.federation.signatures.SignatureRefused;
import org.communa.federation.signatures.SignatureScheme;
import org.communa.kernel.json.BoundedJson;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.data.Row;

/**
 * Remote actors: fetched (with a signed GET, for servers that require authorised fetch) and kept per
 * organisation. A key is fetched again when a signature fails with the kept one, at most once a minute
 * per key, so a flood of bad signatures cannot make the server hammer another.
 */
@ApplicationScoped
public class RemoteActors {

    private static final Duration REFETCH_SPACING = Duration.ofMinutes(1);

    @Inject Federation federation;
    @Inject ActorKeys keys;

    private final Map<String, Instant> lastFetch = new ConcurrentHashMap<>();
    private final org.communa.kernel.cache.TenantScopedCache<java.security.PublicKey> decodedKeys =
            new org.communa.kernel.cache.TenantScopedCache<>(Duration.ofMinutes(10), 10_000);

    /** The key resolver for one organisation's inbox: kept keys first, fetched ones when unknown or stale. */
    public KeyResolver keyResolver(TenantId tenant) {
        return (keyId, fresh) -> {
            if (!fresh) {
                Optional<java.security.PublicKey> kept = keys(tenant, keyId);
                if (kept.isPresent()) {
                    return kept.get();
                }
            }
            java.security.PublicKey key = PemKeys.publicKey(fetchByKey(tenant, keyId).publicPem());
            decodedKeys.invalidate(tenant); // the kept one did not verify or was unknown
            return key;
        };
    }

    /** A remote key as kept: decoded once, then from memory for 10 minutes (a signature failing with it re-fetches). */
    private Optional<java.security.PublicKey> keys(TenantId tenant, String keyId) {
        return decodedKeys.get(tenant, keyId, () -> byKey(tenant, keyId).filter(actor -> actor.publicPem() != null).map(actor -> {
            try {
                return PemKeys.publicKey(actor.publicPem());
            } catch (SignatureRefused e) {
                return null;
            }
        }));
    }

    public Optional<RemoteActor> known(TenantId tenant, String actorId) {
        return federation.data(tenant).read(sql -> sql.first("select * from federation_remote_actors where actor_id = ?", actorId))
                .map(RemoteActors::actor);
    }

    /** The actor, from what is kept or fetched now. */
    public RemoteActor get(TenantId tenant, String actorId) throws SignatureRefused {
        Optional<RemoteActor> known = known(tenant, actorId);
        return known.isPresent() ? known.get() : fetch(tenant, actorId, null);
    }

    private Optional<RemoteActor> byKey(TenantId tenant, String keyId) {
        return federation.data(tenant).read(sql -> sql.first("select * from federation_remote_actors where key_id = ?", keyId))
                .map(RemoteActors::actor);
    }

    private RemoteActor fetchByKey(TenantId tenant, String keyId) throws SignatureRefused {
        String scope = tenant + " " + keyId;
        Instant previous = lastFetch.get(scope);
        if (previous != null && previous.isAfter(Instant.now().minus(REFETCH_SPACING))) {
            throw new SignatureRefused("the key " + keyId + " was fetched less than a minute ago and did not verify");
        }
        lastFetch.put(scope, Instant.now());
        if (lastFetch.size() > 10_000) {
            lastFetch.clear();
        }
        int hash = keyId.indexOf('#');
        return fetch(tenant, hash < 0 ? keyId : keyId.substring(0, hash), keyId);
    }

    /** Fetches an actor (or a key document pointing at its owner) and keeps it. */
    private RemoteActor fetch(TenantId tenant, String url, String keyId) throws SignatureRefused {
        JsonObject document = document(tenant, url);
        if (!document.containsKey("inbox") && document.containsKey("owner") && document.containsKey("publicKeyPem")) {
            document = document(tenant, document.getString("owner", ""));
        }
        String id = string(document, "id");
        if (id == null || !sameOrigin(id, url)) {
            throw new SignatureRefused("the actor document at " + url + " has no id of the same origin");
        }
        String inbox = string(document, "inbox");
        if (inbox == null || !sameOrigin(inbox, id)) {
            throw new SignatureRefused("the actor " + id + " has no inbox on its own server");
        }
        JsonObject key = key(document, keyId);
        String owner = string(key, "owner");
        if (owner != null && !owner.equals(id)) {
            throw new SignatureRefused("the key of " + id + " says it belongs to " + owner);
        }
        String publicPem = string(key, "publicKeyPem");
        String foundKeyId = string(key, "id");
        String sharedInbox = document.get("endpoints") instanceof JsonObject endpoints ? string(endpoints, "sharedInbox") : null;
        if (sharedInbox != null && !sameOrigin(sharedInbox, id)) {
            sharedInbox = null;
        }
        String username = string(document, "preferredUsername");
        String handle = username == null ? null : username + "@" + URI.create(id).getHost();
        String name = string(document, "name");
        String shared = sharedInbox;
        return federation.data(tenant).write(sql -> {
            sql.update("insert into federation_remote_actors (actor_id, key_id, public_pem, inbox, shared_inbox, handle, name) "
                    + "values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, actor_id) do update set key_id = excluded.key_id, "
                    + "public_pem = excluded.public_pem, inbox = excluded.inbox, shared_inbox = excluded.shared_inbox, "
                    + "handle = excluded.handle, name = excluded.name, fetched_at = now()",
                    id, foundKeyId, publicPem, inbox, shared, handle, name == null ? null : name.substring(0, Math.min(name.length(), 200)));
            return actor(sql.first("select * from federation_remote_actors where actor_id = ?", id).orElseThrow());
        });
    }

    /** The participant who stands for a remote actor as the author of its comments, made on first need. */
    public UUID participantFor(TenantId tenant, RemoteActor actor) {
        if (actor.participantId() != null) {
            return actor.participantId();
        }
        String display = actor.name() != null && !actor.name().isBlank() ? actor.name()
                : actor.handle() != null ? actor.handle() : URI.create(actor.id()).getHost();
        return federation.data(tenant).write(sql -> {
            Optional<Row> existing = sql.first("select id from participants where remote_actor = ?", actor.id());
            UUID id = existing.map(row -> row.uuid("id")).orElseGet(UUID::randomUUID);
            if (existing.isEmpty()) {
                sql.update("insert into participants (id, tenant_id, display_name, locale, remote_actor) "
                        + "values (?, communa_current_tenant(), ?, 'fr', ?)", id, display + (actor.handle() == null ? "" : " (@" + actor.handle() + ")"),
                        actor.id());
            }
            sql.update("update federation_remote_actors set participant_id = ? where actor_id = ?", id, actor.id());
            return id;
        });
    }

    JsonObject document(TenantId tenant, String url) throws SignatureRefused {
        return document(tenant, url, Federation.ACTIVITY_JSON + ", application/ld+json");
    }

    /** A JSON document of another server (an actor, a collection, a WebFinger answer), fetched with a signed GET. */
    JsonObject document(TenantId tenant, String url, String accept) throws SignatureRefused {
        URI target;
        try {
            target = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new SignatureRefused("the key id " + url + " is not a URI");
        }
        ActorKeys.LocalKey signer = keys.forActor(tenant, LocalActor.INSTANCE_PATH);
        BoundedHttp.Reply reply;
        try {
            reply = federation.http().get(target, accept, (method, uri, body) ->
                    federation.signatures().sign(SignatureScheme.DRAFT_CAVAGE, method, uri, body, signer.keyId(), signer.privateKey()));
        } catch (RefusedAddress e) {
            throw new SignatureRefused("the key cannot be fetched: " + e.getMessage());
        } catch (IOException e) {
            throw new SignatureRefused("the key cannot be fetched from " + url + ": " + e.getMessage(), e);
        }
        if (reply.status() != 200) {
            throw new SignatureRefused("fetching " + url + " answered HTTP " + reply.status());
        }
        try {
            return BoundedJson.object(reply.body(), BoundedJson.Limits.DEFAULT);
        } catch (Problem e) {
            throw new SignatureRefused("the document at " + url + " is not a JSON object within limits: " + e.getMessage());
        }
    }

    private static JsonObject key(JsonObject actor, String keyId) throws SignatureRefused {
        JsonValue keys = actor.get("publicKey");
        if (keys instanceof JsonObject single) {
            return single;
        }
        if (keys instanceof JsonArray many) {
            for (JsonValue candidate : many) {
                if (candidate instanceof JsonObject key && (keyId == null || keyId.equals(string(key, "id")))) {
                    return key;
                }
            }
        }
        throw new SignatureRefused("the actor " + string(actor, "id") + " publishes no key" + (keyId == null ? "" : " " + keyId));
    }

    static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof jakarta.json.JsonString text ? text.getString() : null;
    }

    static boolean sameOrigin(String a, String b) {
        try {
            URI x = URI.create(a);
            URI y = URI.create(b);
            return x.getScheme() != null && x.getScheme().equalsIgnoreCase(y.getScheme()) && x.getHost() != null
                    && x.getHost().equalsIgnoreCase(y.getHost()) && x.getPort() == y.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static RemoteActor actor(Row row) {
        return new RemoteActor(row.string("actor_id"), row.string("key_id"), row.string("public_pem"), row.string("inbox"),
                row.string("shared_inbox"), row.string("handle"), row.string("name"), row.uuid("participant_id"));
    }

}
