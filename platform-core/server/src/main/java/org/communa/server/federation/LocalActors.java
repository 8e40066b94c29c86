package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.tenant.TenantId;
import org.communa.tenants.OrganisationRegistry;

/** Finds the organisation's actors by path or handle, and writes their ActivityStreams documents. */
@ApplicationScoped
public class LocalActors {

    @Inject Federation federation;
    @Inject ActorKeys keys;
    @Inject OrganisationRegistry registry;

    public Optional<LocalActor> byPath(TenantId tenant, String path) {
        if (path.equals(LocalActor.ORGANISATION_PATH)) {
            return Optional.of(organisation(tenant));
        }
        if (path.equals(LocalActor.INSTANCE_PATH)) {
            return Optional.of(new LocalActor(LocalActor.Kind.INSTANCE, path, "instance", Map.of("fr", "Communa"), Map.of(), "/", null));
        }
        if (path.startsWith("/actors/spaces/")) {
            return space(tenant, path.substring("/actors/spaces/".length()));
        }
        if (path.startsWith("/actors/people/")) {
            return person(tenant, path.substring("/actors/people/".length()));
        }
        return Optional.empty();
    }

    /** A participant's actor, only while they choose to have a public fediverse identity. */
    private Optional<LocalActor> person(TenantId tenant, String id) {
        UUID participant;
        try {
            participant = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return federation.data(tenant).read(sql -> sql.first("select display_name from participants where id = ? "
                + "and fediverse_identity and remote_actor is null", participant)).map(row -> new LocalActor(LocalActor.Kind.PERSON,
                LocalActor.personPath(participant), "p-" + participant, Map.of("fr", String.valueOf(row.string("display_name"))),
                Map.of(), "/", null));
    }

    /** The actor a handle's user part names: the organisation's slug, or a published space's. */
    public Optional<LocalActor> byUsername(TenantId tenant, String username) {
        LocalActor organisation = organisation(tenant);
        if (organisation.username().equals(username)) {
            return Optional.of(organisation);
        }
        return space(tenant, username);
    }

    public Optional<LocalActor> space(TenantId tenant, String slug) {
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            return Optional.empty();
        }
        return federation.data(tenant).read(sql -> sql.first("select id, kind, slug, title::text as title, description::text as description "
                + "from spaces where slug = ? and published", slug)).map(row -> new LocalActor(LocalActor.Kind.SPACE,
                LocalActor.spacePath(slug), slug, translations(row.string("title")), translations(row.string("description")),
                ("process".equals(row.string("kind")) ? "/processes/" : "/assemblies/") + slug, row.uuid("id")));
    }

    public LocalActor organisation(TenantId tenant) {
        var spec = registry.get(tenant.value()).spec();
        return new LocalActor(LocalActor.Kind.ORGANISATION, LocalActor.ORGANISATION_PATH, spec.slug(), Map.of("fr", spec.name()),
                Map.of(), "/", null);
    }

    /** The actor document: inbox, outbox, followers, shared inbox, public key; names in every language given. */
    public JsonObject document(TenantId tenant, LocalActor actor) {
        String base = federation.base(tenant);
        String id = base + actor.path();
        ActorKeys.LocalKey key = keys.forActor(tenant, actor.path());
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(Federation.AS_CONTEXT).add("https://w3id.org/security/v1"))
                .add("id", id).add("type", actor.type()).add("preferredUsername", actor.username())
                .add("name", first(actor.name())).add("url", base + actor.htmlPath())
                .add("inbox", id + "/inbox").add("outbox", id + "/outbox").add("followers", id + "/followers")
                .add("following", id + "/following")
                .add("endpoints", JSON.createObjectBuilder().add("sharedInbox", base + "/inbox"))
                .add("manuallyApprovesFollowers", false).add("discoverable", actor.kind() != LocalActor.Kind.INSTANCE)
                .add("publicKey", JSON.createObjectBuilder().add("id", key.keyId()).add("owner", id).add("publicKeyPem", key.publicPem()));
        if (actor.name().size() > 1) {
            JsonObjectBuilder names = JSON.createObjectBuilder();
            actor.name().forEach(names::add);
            json.add("nameMap", names);
        }
        if (!actor.summary().isEmpty()) {
            json.add("summary", ActivityText.escape(first(actor.summary())));
        }
        if (actor.kind() == LocalActor.Kind.SPACE) {
            // the phase the consultation is in: servers that follow it show it (an Update tells them when it changes)
            federation.data(tenant).read(sql -> sql.first("select title::text as title from phases where space_id = ? and active",
                    actor.spaceId())).map(row -> first(translations(row.string("title")))).filter(title -> !title.isEmpty())
                    .ifPresent(phase -> json.add("communa:phase", phase));
        }
        return json.build();
    }

    static String first(Map<String, String> texts) {
        return texts.getOrDefault("fr", texts.values().stream().findFirst().orElse(""));
    }

    private static Map<String, String> translations(String json) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (json != null) {
            JSON.createReader(new StringReader(json)).readObject().forEach((lang, value) -> {
                if (value instanceof jakarta.json.JsonString text && !text.getString().isBlank()) {
                    texts.put(lang, text.getString());
                }
            });
        }
        return texts;
    }
}
