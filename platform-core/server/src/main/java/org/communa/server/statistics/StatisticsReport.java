package org.communa.server.statistics;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.persistence.SqlTimes;
import org.communa.server.persistence.TranslationsConverter;
import org.communa.server.web.Messages;

/**
 * Reads the pre-aggregated statistics of an organisation, a space or a component over a range of days:
 * each figure per day and in total, the distinct participants over all time, and for the organisation
 * the figures per scope (a scope counts its sub-scopes' spaces too) and each newsletter's effect.
 */
@ApplicationScoped
public class StatisticsReport {

    @Inject TenantTransactions transactions;
    @Inject StatisticDefinitions definitions;
    @Inject org.communa.server.http.ReadCaches caches;

    /** The figure keys in the order shown, with their names. */
    public Map<String, Map<String, String>> metrics(boolean organisation) {
        Map<String, Map<String, String>> metrics = new LinkedHashMap<>();
        metrics.put(StatisticDefinitions.PARTICIPANTS, hostNames(StatisticDefinitions.PARTICIPANTS));
        if (organisation) {
            metrics.put(StatisticDefinitions.SIGN_UPS, hostNames(StatisticDefinitions.SIGN_UPS));
        }
        definitions.counted().forEach(m -> metrics.put(m.key(), m.names()));
        return metrics;
    }

    public LocalDate today(TenantId tenant) {
        return transactions.inTenant(tenant, em -> LocalDate.parse((String) em.createNativeQuery(
                "select to_char(now() at time zone time_zone, 'YYYY-MM-DD') from organisations").getSingleResult()));
    }

    /**
     * The figures, shared a few seconds between requests like other resolved content (they change when the
     * job recounts, every minute at most; a recount asked by an admin drops them at once).
     */
    public JsonObject report(TenantId tenant, StatisticsFilter filter) {
        return (JsonObject) caches.resolvedContent().getShared(tenant, "statistics " + filter,
                () -> java.util.Optional.of(compute(tenant, filter))).orElseThrow();
    }

    private JsonObject compute(TenantId tenant, StatisticsFilter filter) {
        Map<String, Map<String, String>> metrics = metrics(filter.space() == null);
        return transactions.inTenant(tenant, em -> {
            checkExists(em, filter);
            Map<String, Map<String, Long>> days = daily(em, filter);
            JsonObjectBuilder json = JSON.createObjectBuilder().add("level", filter.level())
                    .add("from", filter.from().toString()).add("to", filter.to().toString());
            if (filter.space() != null) {
                json.add("space", filter.space().toString());
            }
            if (filter.component() != null) {
                json.add("component", filter.component().toString());
            }
            List<?> computed = em.createNativeQuery("select computed_at from statistics_state").getResultList();
            json.add("computedAt", computed.isEmpty() ? "" : SqlTimes.of(computed.get(0)).toString());
            JsonArrayBuilder names = JSON.createArrayBuilder();
            metrics.forEach((key, name) -> names.add(JSON.createObjectBuilder().add("key", key)
                    .add("name", TranslationsConverter.toJson(name))));
            json.add("metrics", names);
            Map<String, Long> totals = new LinkedHashMap<>();
            JsonArrayBuilder series = JSON.createArrayBuilder();
            for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
                Map<String, Long> values = days.getOrDefault(day.toString(), Map.of());
                JsonObjectBuilder row = JSON.createObjectBuilder().add("day", day.toString());
                for (String key : metrics.keySet()) {
                    long value = values.getOrDefault(key, 0L);
                    row.add(key, value);
                    totals.merge(key, value, Long::sum);
                }
                series.add(row);
            }
            JsonObjectBuilder total = JSON.createObjectBuilder();
            // a day's participants are distinct that day only: their sum over days is not a number of people
            totals.forEach((key, value) -> {
                if (!StatisticDefinitions.PARTICIPANTS.equals(key)) {
                    total.add(key, value);
                }
            });
            json.add("totals", total).add("participantsAllTime", participantsAllTime(em, filter)).add("days", series);
            if (filter.space() == null) {
                json.add("scopes", scopes(em, filter, metrics.keySet()));
                json.add("newsletters", newsletters(em, filter));
            }
            return json.build();
        });
    }

    private static void checkExists(EntityManager em, StatisticsFilter filter) {
        if (filter.space() != null && em.createNativeQuery("select 1 from spaces where id = ?1").setParameter(1, filter.space())
                .getResultList().isEmpty()) {
            throw Problem.notFound("no space " + filter.space() + " in this organisation");
        }
        if (filter.component() != null && em.createNativeQuery("select 1 from components where id = ?1 and space_id = ?2")
                .setParameter(1, filter.component()).setParameter(2, filter.space()).getResultList().isEmpty()) {
            throw Problem.notFound("no component " + filter.component() + " in space " + filter.space());
        }
    }

    private static Map<String, Map<String, Long>> daily(EntityManager em, StatisticsFilter filter) {
        String level = switch (filter.level()) {
            case "component" -> "component_id = cast(?3 as uuid)";
            case "space" -> "space_id = cast(?3 as uuid) and (metric <> 'participants' or component_id is null)";
            default -> "(metric <> 'participants' or space_id is null) and cast(?3 as text) is null";
        };
        String key = filter.component() != null ? filter.component().toString() : filter.space() != null ? filter.space().toString() : null;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select to_char(day, 'YYYY-MM-DD'), metric, sum(value) from statistics_daily "
                + "where day between cast(?1 as date) and cast(?2 as date) and " + level + " group by 1, 2")
                .setParameter(1, filter.from().toString()).setParameter(2, filter.to().toString()).setParameter(3, key).getResultList();
        Map<String, Map<String, Long>> days = new HashMap<>();
        for (Object[] row : rows) {
            days.computeIfAbsent((String) row[0], d -> new HashMap<>()).put((String) row[1], ((Number) row[2]).longValue());
        }
        return days;
    }

    private static long participantsAllTime(EntityManager em, StatisticsFilter filter) {
        List<?> rows = em.createNativeQuery("select participants from statistics_participants where space_id is not distinct from "
                + "cast(?1 as uuid) and component_id is not distinct from cast(?2 as uuid)")
                .setParameter(1, filter.space() == null ? null : filter.space().toString())
                .setParameter(2, filter.component() == null ? null : filter.component().toString()).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** Each scope's figures over the days, its sub-scopes' spaces included. */
    private static JsonArrayBuilder scopes(EntityManager em, StatisticsFilter filter, java.util.Set<String> keys) {
        @SuppressWarnings("unchecked")
        List<Object[]> scopes = em.createNativeQuery("select id, parent_id, code, name::text from scopes order by code").getResultList();
        Map<UUID, UUID> parents = new HashMap<>();
        scopes.forEach(s -> parents.put((UUID) s[0], (UUID) s[1]));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.scope_id, d.metric, sum(d.value) from statistics_daily d "
                + "join spaces s on s.id = d.space_id where s.scope_id is not null and d.component_id is not null "
                + "and d.metric <> 'participants' and d.day between cast(?1 as date) and cast(?2 as date) group by 1, 2")
                .setParameter(1, filter.from().toString()).setParameter(2, filter.to().toString()).getResultList();
        Map<UUID, Map<String, Long>> sums = new HashMap<>();
        for (Object[] row : rows) {
            // a space's figures count for its scope and every scope above it
            for (UUID scope = (UUID) row[0]; scope != null; scope = parents.get(scope)) {
                sums.computeIfAbsent(scope, s -> new HashMap<>()).merge((String) row[1], ((Number) row[2]).longValue(), Long::sum);
            }
        }
        TranslationsConverter translations = new TranslationsConverter();
        JsonArrayBuilder result = JSON.createArrayBuilder();
        for (Object[] scope : scopes) {
            Map<String, Long> values = sums.getOrDefault((UUID) scope[0], Map.of());
            JsonObjectBuilder figures = JSON.createObjectBuilder();
            keys.stream().filter(k -> !StatisticDefinitions.PARTICIPANTS.equals(k) && !StatisticDefinitions.SIGN_UPS.equals(k))
                    .forEach(k -> figures.add(k, values.getOrDefault(k, 0L)));
            result.add(JSON.createObjectBuilder().add("id", scope[0].toString()).add("code", (String) scope[2])
                    .add("name", TranslationsConverter.toJson(translations.convertToEntityAttribute(scope[3]))).add("values", figures));
        }
        return result;
    }

    private static JsonArrayBuilder newsletters(EntityManager em, StatisticsFilter filter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, subject::text, started_at, effect::text from newsletters "
                + "where started_at is not null and (started_at at time zone (select time_zone from organisations))::date "
                + "between cast(?1 as date) and cast(?2 as date) order by started_at").setParameter(1, filter.from().toString())
                .setParameter(2, filter.to().toString()).getResultList();
        TranslationsConverter translations = new TranslationsConverter();
        JsonArrayBuilder result = JSON.createArrayBuilder();
        for (Object[] row : rows) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("id", row[0].toString())
                    .add("subject", TranslationsConverter.toJson(translations.convertToEntityAttribute(row[1])))
                    .add("startedAt", SqlTimes.of(row[2]).toString());
            if (row[3] != null) {
                item.add("effect", JSON.createReader(new StringReader((String) row[3])).readObject());
            }
            result.add(item);
        }
        return result;
    }

    private static Map<String, String> hostNames(String key) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : Messages.LANGUAGES) {
            names.put(language, Messages.text(language, "statistics.metric." + key));
        }
        return names;
    }

    /** The daily figures as CSV rows: a header (day, then each figure's key) and a row per day. */
    public String csv(JsonObject report) {
        List<String> header = new ArrayList<>();
        header.add("day");
        report.getJsonArray("metrics").forEach(m -> header.add(m.asJsonObject().getString("key")));
        List<List<Object>> records = new ArrayList<>();
        report.getJsonArray("days").forEach(d -> {
            List<Object> record = new ArrayList<>();
            header.forEach(column -> record.add(column.equals("day") ? d.asJsonObject().getString("day")
                    : d.asJsonObject().getJsonNumber(column).longValue()));
            records.add(record);
        });
        return org.communa.module.api.http.Csv.table(header, records);
    }
}
