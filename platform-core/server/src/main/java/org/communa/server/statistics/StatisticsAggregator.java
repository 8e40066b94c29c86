package org.communa.server.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.Platform;

/**
 * Keeps each organisation's statistics current: a recurring job (one process of the instance at a time)
 * recounts, for organisations whose action log or participants changed, the days since it last counted
 * (whole days in the organisation's time zone, from ten minutes before the last count so that a
 * transaction that committed late is not missed), the distinct participants over all time, and the
 * effect of recent newsletters. Each organisation is counted in its own transaction, under row-level security.
 */
@ApplicationScoped
public class StatisticsAggregator implements Platform.JobRegistration {

    private static final Logger LOG = Logger.getLogger(StatisticsAggregator.class.getName());

    @Inject SystemTransactions system;
    @Inject TenantTransactions transactions;
    @Inject StatisticDefinitions definitions;
    @Inject CommunaSettings settings;
    @Inject org.communa.server.http.ReadCaches caches;

    @Override
    public void register(JobQueue queue) {
        queue.recurring("statistics", settings.statisticsEvery(), this::countChanged);
    }

    /** One pass over the organisations with something new since their last count. */
    public void countChanged() {
        if (!definitions.ready()) {
            return; // counting without the modules' figures would leave them out of the days counted
        }
        List<UUID> changed = system.read(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    select o.id from organisations o left join statistics_state s on s.tenant_id = o.id
                     where s.through is null
                        or exists (select 1 from action_log a where a.tenant_id = o.id and a.at > s.through - interval '10 minutes')
                        or exists (select 1 from participants p where p.tenant_id = o.id and p.created_at > s.through)
                        or exists (select 1 from newsletters n where n.tenant_id = o.id and n.started_at is not null
                                     and (n.effect is null or not (n.effect ->> 'complete')::boolean))""");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add((UUID) rs.getObject(1));
                }
            }
            return ids;
        });
        List<Metric> metrics = definitions.counted();
        for (UUID tenant : changed) {
            try {
                count(new TenantId(tenant), metrics);
            } catch (RuntimeException e) {
                // one organisation's failure must not hold back the others
                LOG.log(Level.WARNING, "statistics of organisation " + tenant + " failed", e);
            }
        }
    }

    /** Counts one organisation now (admins may ask for it; the job does it for those that changed), and shows it at once. */
    public void count(TenantId tenant) {
        count(tenant, definitions.counted());
        caches.resolvedContent().invalidate(tenant);
    }

    private void count(TenantId tenant, List<Metric> metrics) {
        String rules = Metric.rulesJson(metrics);
        // the figures counted; when they change (a module installed or removed), every day is counted again
        String signature = String.join(",", metrics.stream().map(m -> m.key() + m.rules()).sorted().toList());
        transactions.runInTenant(tenant, em -> {
            // one count at a time per organisation (the job, and an admin who asks)
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext('statistics'), hashtext(cast(communa_current_tenant() as text)))")
                    .getSingleResult();
            Object[] window = (Object[]) em.createNativeQuery("select to_char(coalesce(((select through from statistics_state "
                    + "where definitions = ?1) - interval '10 minutes') at time zone time_zone, timestamp '1970-01-01'), 'YYYY-MM-DD'), "
                    + "time_zone from organisations").setParameter(1, signature).getSingleResult();
            String fromDay = (String) window[0];
            String zone = (String) window[1];
            em.createNativeQuery("delete from statistics_daily where day >= cast(?1 as date)").setParameter(1, fromDay).executeUpdate();
            for (String statement : List.of(DAILY_FIGURES, DAILY_PARTICIPANTS)) {
                em.createNativeQuery(statement).setParameter(1, rules).setParameter(2, fromDay).setParameter(3, zone).executeUpdate();
            }
            em.createNativeQuery(DAILY_SIGN_UPS).setParameter(2, fromDay).setParameter(3, zone).executeUpdate();
            em.createNativeQuery("delete from statistics_participants").executeUpdate();
            em.createNativeQuery(ALL_TIME_PARTICIPANTS).setParameter(1, rules).executeUpdate();
            em.createNativeQuery(NEWSLETTER_EFFECT).setParameter(1, rules).executeUpdate();
            em.createNativeQuery("insert into statistics_state (through, definitions) values (now(), ?1) on conflict (tenant_id) "
                    + "do update set through = excluded.through, definitions = excluded.definitions, computed_at = now()")
                    .setParameter(1, signature).executeUpdate();
        });
    }

    /**
     * The log rows that are someone's contribution (a figure's counted action done by a participant), with
     * the component's space (columns at, participant_id, component_id, space_id). ?1: the figures' rules as
     * JSON ({@link StatisticDefinitions#rulesJson()}). Who is absent counts its contributors from it too.
     */
    public static final String CONTRIBUTIONS = """
            select a.at, a.participant_id, a.component_id, c.space_id
              from action_log a join components c on c.id = a.component_id
             where a.participant_id is not null
               and exists (select 1 from jsonb_to_recordset(cast(?1 as jsonb))
                                      as r(module_key text, action text, metric text, weight int, contribution boolean)
                            where r.contribution and r.action = a.action and (r.module_key = '*' or r.module_key = a.module_key))""";

    /** The column's time is on or after the first day recounted (?2) began in the organisation's time zone (?3). */
    private static String since(String column) {
        return " " + column + " >= (cast(?2 as date)::timestamp at time zone cast(?3 as text)) "; // spaced: text blocks lose trailing blanks
    }

    private static final String DAILY_FIGURES = """
            insert into statistics_daily (day, space_id, component_id, metric, value)
            select (a.at at time zone cast(?3 as text))::date, c.space_id, a.component_id, r.metric, sum(r.weight)
              from action_log a join components c on c.id = a.component_id
              join jsonb_to_recordset(cast(?1 as jsonb)) as r(module_key text, action text, metric text, weight int, contribution boolean)
                on r.action = a.action and (r.module_key = '*' or r.module_key = a.module_key)
             where """ + since("a.at") + """
             group by 1, 2, 3, 4""";

    private static final String DAILY_PARTICIPANTS = """
            insert into statistics_daily (day, space_id, component_id, metric, value)
            select d.day, d.space_id, d.component_id, 'participants', count(distinct d.participant_id)
              from (select (x.at at time zone cast(?3 as text))::date as day, x.space_id, x.component_id, x.participant_id
                      from (""" + CONTRIBUTIONS + """
                           ) x
                     where """ + since("x.at") + """
                   ) d
             group by grouping sets ((d.day, d.space_id, d.component_id), (d.day, d.space_id), (d.day))""";

    private static final String DAILY_SIGN_UPS = """
            insert into statistics_daily (day, metric, value)
            select (p.created_at at time zone cast(?3 as text))::date, 'sign_ups', count(*)
              from participants p
             where p.deleted_at is null and """ + since("p.created_at") + """
             group by 1""";

    private static final String ALL_TIME_PARTICIPANTS = """
            insert into statistics_participants (space_id, component_id, participants)
            select d.space_id, d.component_id, count(distinct d.participant_id)
              from (""" + CONTRIBUTIONS + """
                    ) d
             group by grouping sets ((d.space_id, d.component_id), (d.space_id), ())""";

    /** Contributions and contributors in the 24 and 72 hours before and after each newsletter started going out. */
    private static final String NEWSLETTER_EFFECT = """
            update newsletters n set effect = e.effect
              from (select n.id, jsonb_build_object(
                           'before24', jsonb_build_object(
                               'contributions', count(d.at) filter (where d.at >= n.started_at - interval '24 hours' and d.at < n.started_at),
                               'participants', count(distinct d.participant_id) filter (where d.at >= n.started_at - interval '24 hours' and d.at < n.started_at)),
                           'after24', jsonb_build_object(
                               'contributions', count(d.at) filter (where d.at >= n.started_at and d.at < n.started_at + interval '24 hours'),
                               'participants', count(distinct d.participant_id) filter (where d.at >= n.started_at and d.at < n.started_at + interval '24 hours')),
                           'before72', jsonb_build_object(
                               'contributions', count(d.at) filter (where d.at < n.started_at),
                               'participants', count(distinct d.participant_id) filter (where d.at < n.started_at)),
                           'after72', jsonb_build_object(
                               'contributions', count(d.at) filter (where d.at >= n.started_at),
                               'participants', count(distinct d.participant_id) filter (where d.at >= n.started_at)),
                           'complete', now() >= n.started_at + interval '72 hours') as effect
                      from newsletters n
                      left join (""" + CONTRIBUTIONS + """
                           ) d on d.at >= n.started_at - interval '72 hours' and d.at < n.started_at + interval '72 hours'
                     where n.started_at is not null and (n.effect is null or not (n.effect ->> 'complete')::boolean)
                     group by n.id, n.started_at) e
             where e.id = n.id""";
}
