package org.communa.server.newsletters;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.SqlTimes;
import org.communa.server.persistence.TranslationsConverter;

/** A newsletter as stored: what it says, to whom, and where its sending stands. */
public record StoredNewsletter(UUID id, NewsletterContent content, Audience audience, String state, OffsetDateTime sendAt,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime createdAt) {

    static final String COLUMNS = "id, subject::text, body::text, audience::text, state, send_at, started_at, finished_at, created_at";

    static StoredNewsletter read(EntityManager em, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from newsletters where id = ?1").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw Problem.notFound("no newsletter " + id + " in this organisation");
        }
        return of(rows.get(0));
    }

    /** Reads the row and locks it until the end of the transaction (state changes are serialised). */
    static StoredNewsletter lock(EntityManager em, UUID id) {
        em.createNativeQuery("select 1 from newsletters where id = ?1 for update").setParameter(1, id).getResultList();
        return read(em, id);
    }

    static StoredNewsletter of(Object[] row) {
        TranslationsConverter translations = new TranslationsConverter();
        return new StoredNewsletter((UUID) row[0], new NewsletterContent(translations.convertToEntityAttribute(row[1]),
                translations.convertToEntityAttribute(row[2])), Audience.parse((String) row[3]), (String) row[4],
                SqlTimes.of(row[5]), SqlTimes.of(row[6]), SqlTimes.of(row[7]), SqlTimes.of(row[8]));
    }

    boolean isDraft() {
        return "draft".equals(state);
    }

    JsonObject toJson(Progress progress, Long recipients) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", id.toString())
                .add("subject", TranslationsConverter.toJson(content.subject()))
                .add("body", TranslationsConverter.toJson(content.body()))
                .add("audience", audience.toJson()).add("state", state)
                .add("createdAt", createdAt.toString())
                .add("progress", progress.toJson());
        optional(json, "sendAt", sendAt);
        optional(json, "startedAt", startedAt);
        optional(json, "finishedAt", finishedAt);
        if (recipients != null) {
            json.add("recipients", recipients);
        }
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String field, OffsetDateTime time) {
        if (time != null) {
            json.add(field, time.toString());
        }
    }
}
