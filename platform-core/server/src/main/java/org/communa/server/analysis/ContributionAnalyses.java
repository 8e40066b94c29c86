package org.communa.server.analysis;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.persistence.SqlTimes;

/**
 * A space's analyses for its admins — read, themes renamed (which calls for a new validation), validated,
 * published, withdrawn — and the one published, for participants. Every view says it was made by a machine.
 */
@ApplicationScoped
public class ContributionAnalyses {

    @Inject TenantTransactions transactions;
    @Inject org.communa.server.http.ReadCaches caches;

    public List<JsonObject> list(TenantId tenant, UUID space) {
        return transactions.inTenant(tenant, em -> {
            if (em.createNativeQuery("select 1 from spaces where id = ?1").setParameter(1, space).getResultList().isEmpty()) {
                throw Problem.notFound("no space " + space + " in this organisation");
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from contribution_analyses where space_id = ?1 "
                    + "order by created_at desc limit 50").setParameter(1, space).getResultList();
            return rows.stream().map(r -> view(r, false)).toList();
        });
    }

    public JsonObject get(TenantId tenant, UUID space, UUID id) {
        return transactions.inTenant(tenant, em -> view(row(em, space, id), true));
    }

    /** New names for the themes, in order; a validated analysis must be validated again (and is withdrawn meanwhile). */
    public JsonObject rename(TenantId tenant, UUID space, UUID id, JsonArray labels) {
        JsonArray themes = get(tenant, space, id).getJsonObject("result").getJsonArray("themes");
        if (labels == null || labels.size() != themes.size()
                || !labels.stream().allMatch(l -> l instanceof JsonString s && !s.getString().isBlank() && s.getString().length() <= 120)) {
            throw Problem.badRequest("labels must name each of the " + themes.size() + " themes, in order, in at most 120 characters");
        }
        JsonArrayBuilder renamed = JSON.createArrayBuilder();
        for (int i = 0; i < themes.size(); i++) {
            renamed.add(JSON.createObjectBuilder(themes.getJsonObject(i)).add("label", labels.getString(i).strip()));
        }
        return replaceThemes(tenant, space, id, renamed.build(), null);
    }

    /**
     * The themes as changed by an admin (names) or drafted by a language model (summaries, draftedBy its name):
     * either way the analysis needs validating again, and is off the space's page until then.
     */
    JsonObject replaceThemes(TenantId tenant, UUID space, UUID id, JsonArray themes, String draftedBy) {
        return transactions.inTenant(tenant, em -> {
            JsonObjectBuilder result = JSON.createObjectBuilder(result(row(em, space, id))).add("themes", themes);
            if (draftedBy != null) {
                result.add("summariesDraftedBy", draftedBy);
            }
            em.createNativeQuery("update contribution_analyses set result = cast(?2 as jsonb), validated_at = null, validated_by = null, "
                    + "published_at = null where id = ?1").setParameter(1, id).setParameter(2, result.build().toString()).executeUpdate();
            caches.invalidateContent(tenant);
            return view(row(em, space, id), true);
        });
    }

    public JsonObject validate(TenantId tenant, UUID space, UUID id, UUID admin) {
        return transactions.inTenant(tenant, em -> {
            row(em, space, id);
            em.createNativeQuery("update contribution_analyses set validated_at = now(), validated_by = ?2 where id = ?1")
                    .setParameter(1, id).setParameter(2, admin).executeUpdate();
            return view(row(em, space, id), true);
        });
    }

    /** Shows it on the space's page, instead of the one shown before; only a validated analysis may be published. */
    public JsonObject publish(TenantId tenant, UUID space, UUID id, boolean published) {
        return transactions.inTenant(tenant, em -> {
            Object[] row = row(em, space, id);
            if (published && row[4] == null) {
                throw Problem.conflict("a machine-made grouping is published only once an admin has validated it")
                        .explainedAs("admin.analysis.problem.notValidated");
            }
            em.createNativeQuery("update contribution_analyses set published_at = null where space_id = ?1 and published_at is not null")
                    .setParameter(1, space).executeUpdate();
            if (published) {
                em.createNativeQuery("update contribution_analyses set published_at = now() where id = ?1").setParameter(1, id).executeUpdate();
            }
            caches.invalidateContent(tenant);
            return view(row(em, space, id), true);
        });
    }

    /** The published analysis of a space, as participants see it: names, sizes, a few examples each, and who validated when. */
    public Optional<JsonObject> published(TenantId tenant, UUID space) {
        return caches.resolvedContent().getShared(tenant, "published-themes " + space, () -> transactions.inTenant(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from contribution_analyses where space_id = ?1 "
                    + "and published_at is not null").setParameter(1, space).getResultList();
            if (rows.isEmpty()) {
                return Optional.<Object>empty();
            }
            JsonObject result = result(rows.get(0));
            JsonArrayBuilder themes = JSON.createArrayBuilder();
            for (JsonValue value : result.getJsonArray("themes")) {
                JsonObject theme = value.asJsonObject();
                JsonArrayBuilder examples = JSON.createArrayBuilder();
                theme.getJsonArray("members").stream().limit(AnalyseContributions.EXAMPLES).forEach(m -> examples.add(
                        JSON.createObjectBuilder().add("title", m.asJsonObject().getString("title")).add("url", m.asJsonObject().getString("url"))));
                JsonObjectBuilder shown = JSON.createObjectBuilder().add("label", theme.getString("label")).add("size", theme.getInt("size"))
                        .add("examples", examples);
                if (theme.containsKey("summary")) {
                    shown.add("summary", theme.getString("summary"));
                }
                themes.add(shown);
            }
            return Optional.<Object>of(JSON.createObjectBuilder().add("machineMade", true).add("method", (String) rows.get(0)[2])
                    .add("validatedAt", SqlTimes.of(rows.get(0)[4]).toString()).add("contributions", result.getInt("contributions"))
                    .add("themes", themes).add("summariesDraftedBy", result.containsKey("summariesDraftedBy")
                            ? JSON.createValue(result.getString("summariesDraftedBy")) : JsonValue.NULL).build());
        })).map(JsonObject.class::cast);
    }

    /** One line per contribution of each theme, then the near-duplicates. */
    public static String csv(JsonObject analysis) {
        List<List<Object>> records = new ArrayList<>();
        JsonArray themes = analysis.getJsonObject("result").getJsonArray("themes");
        for (int t = 0; t < themes.size(); t++) {
            JsonObject theme = themes.getJsonObject(t);
            JsonArray members = theme.getJsonArray("members");
            for (int m = 0; m < members.size(); m++) {
                JsonObject member = members.getJsonObject(m);
                records.add(List.of(t + 1, theme.getString("label"), m + 1, member.getString("kind"), member.getString("title"),
                        member.getString("url")));
            }
        }
        return org.communa.module.api.http.Csv.table(List.of("theme", "label", "closeness_rank", "kind", "contribution", "url"), records);
    }

    private static final String COLUMNS = "id, space_id, method, result::text, validated_at, published_at, created_at";

    private static Object[] row(EntityManager em, UUID space, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from contribution_analyses where id = ?1 and space_id = ?2")
                .setParameter(1, id).setParameter(2, space).getResultList();
        if (rows.isEmpty()) {
            throw Problem.notFound("no analysis " + id + " of space " + space);
        }
        return rows.get(0);
    }

    private static JsonObject result(Object[] row) {
        return JSON.createReader(new StringReader((String) row[3])).readObject();
    }

    private static JsonObject view(Object[] row, boolean withResult) {
        JsonObject result = result(row);
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", row[0].toString()).add("space", row[1].toString())
                .add("machineMade", true).add("method", (String) row[2]).add("createdAt", SqlTimes.of(row[6]).toString())
                .add("contributions", result.getInt("contributions")).add("themeCount", result.getJsonArray("themes").size());
        json.add("validatedAt", row[4] == null ? JsonValue.NULL : JSON.createValue(SqlTimes.of(row[4]).toString()));
        json.add("publishedAt", row[5] == null ? JsonValue.NULL : JSON.createValue(SqlTimes.of(row[5]).toString()));
        if (withResult) {
            json.add("result", result);
        }
        return json.build();
    }
}
