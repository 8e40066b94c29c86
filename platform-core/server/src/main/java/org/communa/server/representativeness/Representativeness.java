package org.communa.server.representativeness;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.persistence.TranslationsConverter;
import org.communa.server.statistics.StatisticDefinitions;
import org.communa.server.statistics.StatisticsAggregator;

/**
 * Who takes part compared with the population served: for each attribute, the people who contributed (in
 * the organisation, or in one space) per declared group against the organisation's reference figures — share
 * of each, ratio, and the groups under- or over-represented. No count of fewer than the minimum group size is
 * ever given (see {@link SmallGroups}); shares among those who declared are given only when the number who did
 * not declare is shown too, so that no hidden count can be worked out from them. The one computation behind
 * the page, the API and the CSV.
 */
@ApplicationScoped
public class Representativeness {

    /** Under this ratio a group is under-represented; over its inverse, over-represented. */
    static final double GAP = 0.8;

    @Inject TenantTransactions transactions;
    @Inject StatisticDefinitions definitions;

    private record Group(String value, Map<String, String> name, Long population, long participants) {
    }

    public JsonObject dashboard(TenantId tenant, UUID space) {
        String rules = definitions.rulesJson();
        return transactions.inTenant(tenant, em -> {
            if (space != null && em.createNativeQuery("select 1 from spaces where id = ?1").setParameter(1, space).getResultList().isEmpty()) {
                throw Problem.notFound("no space " + space + " in this organisation");
            }
            int k = ((Number) em.createNativeQuery("select minimum_group_size from organisations").getSingleResult()).intValue();
            em.createNativeQuery("create temporary table contributors on commit drop as select distinct d.participant_id as id "
                    + "from (" + StatisticsAggregator.CONTRIBUTIONS + ") d join participants p on p.id = d.participant_id "
                    + "where p.deleted_at is null and (cast(?2 as uuid) is null or d.space_id = cast(?2 as uuid))")
                    .setParameter(1, rules).setParameter(2, space == null ? null : space.toString()).executeUpdate();
            long contributors = ((Number) em.createNativeQuery("select count(*) from contributors").getSingleResult()).longValue();
            JsonArrayBuilder attributes = JSON.createArrayBuilder();
            for (DemographicAttributes.Attribute attribute : DemographicAttributes.all(em)) {
                attributes.add(attribute(em, attribute, contributors, k));
            }
            JsonObjectBuilder json = JSON.createObjectBuilder().add("minimumGroupSize", k).add("attributes", attributes);
            if (space != null) {
                json.add("space", space.toString());
            }
            if (contributors == 0 || contributors >= k) {
                json.add("contributors", contributors);
            } else {
                json.add("contributors", JsonValue.NULL);
            }
            return json.build();
        });
    }

    private static JsonObject attribute(EntityManager em, DemographicAttributes.Attribute attribute, long contributors, int k) {
        Map<String, Long> references = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> referenceRows = em.createNativeQuery("select value, population from population_references where attribute = ?1")
                .setParameter(1, attribute.key()).getResultList();
        referenceRows.forEach(r -> references.put((String) r[0], ((Number) r[1]).longValue()));
        Map<String, Long> declared = declaredGroups(em, attribute, references);
        List<Group> groups = new ArrayList<>();
        for (DemographicAttributes.Choice choice : attribute.choices()) {
            if (references.containsKey(choice.code()) || declared.containsKey(choice.code())) {
                groups.add(new Group(choice.code(), choice.name(), references.get(choice.code()), declared.getOrDefault(choice.code(), 0L)));
            }
        }
        long declaredTotal = declared.values().stream().mapToLong(Long::longValue).sum();
        long notDeclared = contributors - declaredTotal;
        List<Long> counts = new ArrayList<>(groups.stream().map(Group::participants).toList());
        counts.add(notDeclared);
        SmallGroups.Hidden hidden = SmallGroups.hide(counts, k);
        boolean notDeclaredHidden = hidden.groups().get(groups.size());
        // shares among those who declared would give away a hidden "not declared" count (contributors are shown)
        boolean shares = !notDeclaredHidden && !hidden.total() && declaredTotal > 0;
        long population = references.values().stream().mapToLong(Long::longValue).sum();
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            boolean groupHidden = hidden.groups().get(i);
            JsonObjectBuilder row = JSON.createObjectBuilder().add("value", group.value())
                    .add("name", TranslationsConverter.toJson(group.name())).add("hidden", groupHidden);
            Double populationShare = group.population() == null || population == 0 ? null : group.population() / (double) population;
            number(row, "population", group.population());
            share(row, "populationShare", populationShare);
            number(row, "participants", groupHidden ? null : group.participants());
            Double participantShare = groupHidden || !shares ? null : group.participants() / (double) declaredTotal;
            share(row, "participantShare", participantShare);
            Double ratio = participantShare == null || populationShare == null || populationShare == 0 ? null : participantShare / populationShare;
            share(row, "ratio", ratio);
            if (ratio != null && (ratio < GAP || ratio > 1 / GAP)) {
                row.add("gap", ratio < GAP ? "under" : "over");
            } else {
                row.add("gap", JsonValue.NULL);
            }
            rows.add(row);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder().add("key", attribute.key())
                .add("name", TranslationsConverter.toJson(attribute.name())).add("rows", rows);
        number(json, "notDeclared", notDeclaredHidden || hidden.total() ? null : notDeclared);
        number(json, "declared", shares ? declaredTotal : null);
        number(json, "population", population == 0 ? null : population);
        return json.build();
    }

    /** Contributors per declared choice; a declared scope counts for the nearest scope (itself or above) with a reference. */
    private static Map<String, Long> declaredGroups(EntityManager em, DemographicAttributes.Attribute attribute, Map<String, Long> references) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.value, count(*) from participant_demographics d join contributors c "
                + "on c.id = d.participant_id where d.attribute = ?1 group by d.value").setParameter(1, attribute.key()).getResultList();
        Map<String, String> parents = new HashMap<>();
        if (DemographicAttributes.SCOPE.equals(attribute.key())) {
            @SuppressWarnings("unchecked")
            List<Object[]> scopes = em.createNativeQuery("select id, parent_id from scopes").getResultList();
            scopes.forEach(s -> parents.put(s[0].toString(), s[1] == null ? null : s[1].toString()));
        }
        Map<String, Long> groups = new HashMap<>();
        for (Object[] row : rows) {
            String value = (String) row[0];
            for (String scope = value; scope != null && !parents.isEmpty(); scope = parents.get(scope)) {
                if (references.containsKey(scope)) {
                    value = scope;
                    break;
                }
            }
            groups.merge(value, ((Number) row[1]).longValue(), Long::sum);
        }
        return groups;
    }

    private static void number(JsonObjectBuilder json, String field, Long value) {
        if (value == null) {
            json.add(field, JsonValue.NULL);
        } else {
            json.add(field, value);
        }
    }

    private static void share(JsonObjectBuilder json, String field, Double value) {
        if (value == null) {
            json.add(field, JsonValue.NULL);
        } else {
            json.add(field, Math.round(value * 1000) / 1000.0);
        }
    }

    /** The dashboard as CSV rows: hidden counts written "< k", never the number. */
    public static String csv(JsonObject dashboard) {
        int k = dashboard.getInt("minimumGroupSize");
        List<List<Object>> records = new ArrayList<>();
        for (JsonValue value : dashboard.getJsonArray("attributes")) {
            JsonObject attribute = value.asJsonObject();
            for (JsonValue r : attribute.getJsonArray("rows")) {
                JsonObject row = r.asJsonObject();
                records.add(List.of(attribute.getString("key"), row.getString("value"), firstName(row.getJsonObject("name")),
                        text(row, "population"), text(row, "populationShare"),
                        row.getBoolean("hidden") ? "< " + k : text(row, "participants"), text(row, "participantShare"),
                        text(row, "ratio"), row.isNull("gap") ? "" : row.getString("gap")));
            }
        }
        return org.communa.module.api.http.Csv.table(List.of("attribute", "value", "name", "population", "population_share",
                "participants", "participant_share", "ratio", "gap"), records);
    }

    private static String text(JsonObject row, String field) {
        return row.isNull(field) ? "" : row.get(field).toString();
    }

    private static String firstName(JsonObject names) {
        return names.containsKey("fr") ? names.getString("fr") : names.values().stream().findFirst().map(v -> v.toString()).orElse("");
    }
}
