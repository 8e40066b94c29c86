package org.communa.modules.meetings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Sql;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * POST calendar-token: gives the signed-in participant a new private address for their calendar (the
 * previous one stops working: asking again is how a leaked address is revoked). Only the secret's SHA-256
 * is kept, so the address is shown once.
 */
final class CalendarToken implements RouteHandler {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        UUID participant = request.participantId().orElseThrow(() -> ModuleProblem.unauthorized("sign in first"));
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        request.data().write(sql -> sql.update("insert into meetings_calendar_tokens (participant_id, token_sha256) values (?, ?) "
                + "on conflict (tenant_id, participant_id) do update set token_sha256 = excluded.token_sha256, created_at = now()",
                participant, sha256(token)));
        String path = "calendar.ics?token=" + token;
        if (request.wantsPage()) {
            return ModuleResponse.view("calendar", java.util.Map.of("path", path, "spaceSlug", request.spaceSlug()));
        }
        return ModuleResponse.json(201, Meetings.JSON.createObjectBuilder().add("path", path).build().toString());
    }

    /** The participant a private calendar address names; 404 for an unknown or revoked one. */
    static UUID participant(Sql sql, String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{32}")) {
            throw ModuleProblem.notFound("no such calendar");
        }
        return sql.first("select participant_id from meetings_calendar_tokens where token_sha256 = ?", sha256(token))
                .orElseThrow(() -> ModuleProblem.notFound("no such calendar")).uuid("participant_id");
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
