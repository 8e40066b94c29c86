package org.communa.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpSignaturesTest {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final KeyPair KEYS = PemKeys.newRsaKeyPair();
    private static final String KEY_ID = "https://eau.example/actors/spaces/budget#main-key";
    private static final URI INBOX = URI.create("https://peer.example:8443/users/alice/inbox");
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    /** Requests signed by Fedify 1.5.9 (draft-cavage) and 2.3.6 (both schemes), recorded with their keys. */
    @ParameterizedTest
    @ValueSource(strings = {"fedify-1.5.9-cavage.json", "fedify-2.3.6-cavage.json", "fedify-2.3.6-rfc9421.json"})
    void verifiesRequestsSignedByFedify(String fixture) throws Exception {
        JsonObject recorded = fixture(fixture);
        Verified verified = verifierAt(Instant.ofEpochMilli(recorded.getJsonNumber("signedAt").longValue()))
                .verify(request(recorded, recorded.getString("body")), keyFrom(recorded));
        assertThat(verified.keyId()).isEqualTo("http://peer.example/users/alice#main-key");
        assertThat(verified.keyOwner()).isEqualTo("http://peer.example/users/alice");
        assertThat(verified.scheme()).isEqualTo(fixture.contains("rfc9421") ? SignatureScheme.RFC_9421 : SignatureScheme.DRAFT_CAVAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fedify-1.5.9-cavage.json", "fedify-2.3.6-rfc9421.json"})
    void refusesAFedifyRequestWhoseBodyWasChanged(String fixture) throws Exception {
        JsonObject recorded = fixture(fixture);
        String changed = recorded.getString("body").replace("budget-eau-2026", "budget-eau-2027");
        assertThatThrownBy(() -> verifierAt(Instant.ofEpochMilli(recorded.getJsonNumber("signedAt").longValue()))
                .verify(request(recorded, changed), keyFrom(recorded)))
                .isInstanceOf(SignatureRefused.class).hasMessageContaining("does not match the body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fedify-1.5.9-cavage.json", "fedify-2.3.6-rfc9421.json"})
    void refusesAFedifyRequestReplayedTwoHoursLater(String fixture) throws Exception {
        JsonObject recorded = fixture(fixture);
        Instant later = Instant.ofEpochMilli(recorded.getJsonNumber("signedAt").longValue()).plus(Duration.ofHours(2));
        assertThatThrownBy(() -> verifierAt(later).verify(request(recorded, recorded.getString("body")), keyFrom(recorded)))
                .isInstanceOf(SignatureRefused.class).hasMessageContaining("outside the accepted window");
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void verifiesWhatItSigns(SignatureScheme scheme) throws Exception {
        byte[] body = "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8);
        HttpSignatures signatures = verifierAt(NOW);
        Map<String, String> added = signatures.sign(scheme, "POST", INBOX, body, KEY_ID, KEYS.getPrivate());

        Verified verified = signatures.verify(asReceived("POST", INBOX, added, body), (id, fresh) -> KEYS.getPublic());
        assertThat(verified.scheme()).isEqualTo(scheme);
        assertThat(verified.replayKey()).hasSize(64);
        assertThat(added).containsKey(scheme == SignatureScheme.RFC_9421 ? "Content-Digest" : "Digest");
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void verifiesASignedGetWithoutABody(SignatureScheme scheme) throws Exception {
        URI actor = URI.create("https://eau.example/actors/organisation?page=1");
        HttpSignatures signatures = verifierAt(NOW);
        Map<String, String> added = signatures.sign(scheme, "GET", actor, null, KEY_ID, KEYS.getPrivate());
        assertThat(signatures.verify(asReceived("GET", actor, added, null), (id, fresh) -> KEYS.getPublic()).keyId()).isEqualTo(KEY_ID);
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void refusesASignatureMadeForAnotherTarget(SignatureScheme scheme) throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        HttpSignatures signatures = verifierAt(NOW);
        Map<String, String> added = signatures.sign(scheme, "POST", INBOX, body, KEY_ID, KEYS.getPrivate());
        URI elsewhere = URI.create("https://peer.example:8443/users/bob/inbox");
        assertThatThrownBy(() -> signatures.verify(asReceived("POST", elsewhere, added, body), (id, fresh) -> KEYS.getPublic()))
                .isInstanceOf(SignatureRefused.class).hasMessageContaining("does not verify");
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void fetchesTheKeyAgainWhenTheCachedOneNoLongerVerifies(SignatureScheme scheme) throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        HttpSignatures signatures = verifierAt(NOW);
        Map<String, String> added = signatures.sign(scheme, "POST", INBOX, body, KEY_ID, KEYS.getPrivate());
        PublicKey rotatedAway = PemKeys.newRsaKeyPair().getPublic();
        AtomicInteger freshFetches = new AtomicInteger();
        KeyResolver cacheWithOldKey = (id, fresh) -> {
            if (fresh) {
                freshFetches.incrementAndGet();
                return KEYS.getPublic();
            }
            return rotatedAway;
        };
        assertThat(signatures.verify(asReceived("POST", INBOX, added, body), cacheWithOldKey).keyId()).isEqualTo(KEY_ID);
        assertThat(freshFetches).hasValue(1);
    }

    @Test
    void refusesAPostWhoseSignatureDoesNotCoverTheDigest() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> added = new HashMap<>(verifierAt(NOW).sign(SignatureScheme.DRAFT_CAVAGE, "POST", INBOX, body, KEY_ID,
                KEYS.getPrivate()));
        added.put("Signature", added.get("Signature").replace(" digest\"", "\""));
        assertThatThrownBy(() -> verifierAt(NOW).verify(asReceived("POST", INBOX, added, body), (id, fresh) -> KEYS.getPublic()))
                .isInstanceOf(SignatureRefused.class).hasMessageContaining("must cover its Digest header");
    }

    @Test
    void refusesAnUnsignedRequest() {
        assertThatThrownBy(() -> verifierAt(NOW).verify(asReceived("POST", INBOX, Map.of(), new byte[] {1}), (id, fresh) -> KEYS.getPublic()))
                .isInstanceOf(SignatureRefused.class).hasMessageContaining("not signed");
    }

    /** Thousands of mutated signature headers: each is refused with a reason, none escapes as another exception. */
    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void mutatedSignatureHeadersAreRefusedWithAReason(SignatureScheme scheme) {
        byte[] body = "{\"type\":\"Like\"}".getBytes(StandardCharsets.UTF_8);
        HttpSignatures signatures = verifierAt(NOW);
        Map<String, String> original = signatures.sign(scheme, "POST", INBOX, body, KEY_ID, KEYS.getPrivate());
        Random random = new Random(42);
        String alphabet = "\"(),;=:? \\@abcXYZ019-+/*\t";
        int accepted = 0;
        for (int i = 0; i < 3000; i++) {
            Map<String, String> mutated = new HashMap<>(original);
            String name = List.copyOf(mutated.keySet()).get(random.nextInt(mutated.size()));
            StringBuilder value = new StringBuilder(mutated.get(name));
            for (int edits = 1 + random.nextInt(3); edits > 0 && value.length() > 0; edits--) {
                int at = random.nextInt(value.length());
                switch (random.nextInt(3)) {
                    case 0 -> value.deleteCharAt(at);
                    case 1 -> value.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> value.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            mutated.put(name, value.toString());
            try {
                signatures.verify(asReceived("POST", INBOX, mutated, body), (id, fresh) -> {
                    if (!id.equals(KEY_ID)) {
                        throw new SignatureRefused("unknown key " + id);
                    }
                    return KEYS.getPublic();
                });
                accepted++;
            } catch (SignatureRefused refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
        // a few mutations only touch what the signature does not cover (the Date header's weekday, a space...)
        assertThat(accepted).isLessThan(300);
    }

    private static HttpSignatures verifierAt(Instant now) {
        return new HttpSignatures(Clock.fixed(now, ZoneOffset.UTC), WINDOW);
    }

    private static SignedRequest asReceived(String method, URI target, Map<String, String> added, byte[] body) {
        Map<String, List<String>> headers = new HashMap<>();
        added.forEach((name, value) -> headers.put(name, List.of(value)));
        headers.put("Host", List.of(target.getPort() == -1 ? target.getHost() : target.getHost() + ":" + target.getPort()));
        return new SignedRequest(method, target, headers, body);
    }

    private static SignedRequest request(JsonObject recorded, String body) {
        Map<String, List<String>> headers = new HashMap<>();
        recorded.getJsonObject("headers").forEach((name, value) -> headers.put(name, List.of(((jakarta.json.JsonString) value).getString())));
        return new SignedRequest(recorded.getString("method"), URI.create(recorded.getString("url")), headers,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyResolver keyFrom(JsonObject recorded) throws SignatureRefused {
        PublicKey key = PemKeys.publicKey(recorded.getString("publicKeyPem"));
        return (id, fresh) -> key;
    }

    private static JsonObject fixture(String name) throws Exception {
        try (InputStream in = HttpSignaturesTest.class.getResourceAsStream("/fedify/" + name)) {
            return Json.createReader(in).readObject();
        }
    }
}
