package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Builds the situations the integration tests start from, through the public API only. */
final class Scenario {

    static final String PASSWORD = "correct horse battery";
    private final Http http;

    Scenario(Http http) {
        this.http = http;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new organisation; returns its JSON (id, slug, primaryHost...). */
    JsonObject organisation(String prefix) {
        return organisation(prefix, "default");
    }

    /** A new organisation answering at this host only (an IP address, for servers that cannot resolve *.test). */
    JsonObject organisationAt(String prefix, String host) {
        JsonObject spec = Json.createObjectBuilder(Http.organisation(unique(prefix))).add("primaryHost", host)
                .add("aliasHosts", Json.createArrayBuilder()).build();
        Http.Reply created = http.system("POST", "api/system/organisations").json(spec).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /**
     * A published participatory process SLUG in its first (active) phase, with a proposals component where
     * participants create and support proposals; returns the component's id.
     */
    static String consultation(Session admin, String slug, String title) {
        return component(admin, slug, title, "proposals", Json.createObjectBuilder().add("creation_enabled", true)
                .add("supports_enabled", true).build());
    }

    /**
     * A published participatory process SLUG in its first (active) phase, with a component of MODULE
     * given these settings in that phase; returns the component's id.
     */
    static String component(Session admin, String slug, String title, String module, JsonObject phaseSettings) {
        String spaceId = created(admin.call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "process")
                .add("slug", slug).add("title", titled(title)).add("published", true).build()).send()).getString("id");
        String phaseId = created(admin.call("POST", "api/admin/spaces/" + spaceId + "/phases").json(Json.createObjectBuilder()
                .add("title", titled("Idées")).build()).send()).getString("id");
        admin.call("POST", "api/admin/spaces/" + spaceId + "/phases/" + phaseId + "/activate").send();
        return created(admin.call("POST", "api/admin/spaces/" + spaceId + "/components").json(Json.createObjectBuilder()
                .add("module", module).add("name", titled("Idées")).add("published", true)
                .add("phaseSettings", Json.createObjectBuilder().add(phaseId, phaseSettings)).build()).send()).getString("id");
    }

    static JsonObject created(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /** A new organisation dressed in this theme. */
    JsonObject organisation(String prefix, String theme) {
        JsonObject spec = Json.createObjectBuilder(Http.organisation(unique(prefix))).add("theme", theme)
                .add("availableLocales", Json.createArrayBuilder().add("fr").add("en").add("ca").add("es")).build();
        Http.Reply created = http.system("POST", "api/system/organisations").json(spec).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** A signed-up, confirmed participant; returns its e-mail. */
    String participant(String host, String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        Http.Reply signUp = http.to(host, "POST", "api/account/sign-up").json(Json.createObjectBuilder()
                .add("email", email).add("password", PASSWORD).add("displayName", name).add("locale", "fr").add("acceptTerms", true).build()).send();
        assertThat(signUp.status()).as(signUp.body()).isEqualTo(202);
        String token = Mailbox.token(Mailbox.await(email, "Confirmez"));
        Http.Reply confirm = http.to(host, "POST", "api/account/confirm").json(Json.createObjectBuilder().add("token", token).build()).send();
        assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
        return email;
    }

    Session signIn(String host, String email, String password) {
        Http.Reply reply = http.to(host, "POST", "api/account/sign-in")
                .json(Json.createObjectBuilder().add("email", email).add("password", password).build()).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String cookie = reply.headers("Set-Cookie").stream().filter(c -> c.startsWith("communa_session=")).findFirst()
                .orElseThrow();
        return new Session(http, host, cookie.substring(0, cookie.indexOf(';')), reply.json().getString("csrfToken"), cookie);
    }

    /** An organisation admin, signed in. */
    Session admin(JsonObject organisation) {
        String host = organisation.getString("primaryHost");
        String email = participant(host, "admin");
        Http.Reply grant = http.system("POST", "api/system/organisations/" + organisation.getString("id") + "/admins")
                .json(Json.createObjectBuilder().add("email", email).build()).send();
        assertThat(grant.status()).as(grant.body()).isEqualTo(204);
        return signIn(host, email, PASSWORD);
    }

    /** A signed-in participant's requests: session cookie and CSRF header. */
    record Session(Http http, String host, String cookie, String csrf, String setCookie) {
        Http.Request call(String method, String path) {
            return http.to(host, method, path).header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }

        Http.Request withoutCsrf(String method, String path) {
            return http.to(host, method, path).header("Cookie", cookie);
        }
    }

    static JsonObject titled(String fr) {
        return Json.createObjectBuilder().add("fr", fr).add("en", fr + " (en)").build();
    }
}
