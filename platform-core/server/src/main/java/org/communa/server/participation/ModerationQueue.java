package org.communa.server.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.JdbcModuleData;
import org.communa.modulehost.participation.ParticipationScope;
import org.communa.modulehost.participation.ReportDesk;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.persistence.SqlTimes;
import org.communa.server.platform.Platform;

/**
 * What moderators see and do: reported content across the organisation, most reported first, hidden
 * or not; hiding and restoring it (each recorded in the action log under the moderator's name).
 */
@ApplicationScoped
public class ModerationQueue {

    public record Item(UUID componentId, String type, String id, int reports, OffsetDateTime hiddenAt, String url, String excerpt,
            String reasons, UUID authorId, boolean authorBlocked) {
    }

    @Inject TenantTransactions transactions;
    @Inject Platform platform;
    @Inject org.communa.kernel.jobs.JobQueue jobs;
    @Inject org.communa.server.http.ReadCaches caches;

    public List<Item> reported(TenantId tenant, int limit) {
        return transactions.inTenant(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select s.component_id, s.resource_type, s.resource_id, s.reports, s.hidden_at,
                           (select r.url from reports r where r.component_id = s.component_id and r.resource_type = s.resource_type
                              and r.resource_id = s.resource_id order by r.created_at desc limit 1),
                           (select r.excerpt from reports r where r.component_id = s.component_id and r.resource_type = s.resource_type
                              and r.resource_id = s.resource_id order by r.created_at desc limit 1),
                           (select string_agg(distinct r.reason, ', ') from reports r where r.component_id = s.component_id
                              and r.resource_type = s.resource_type and r.resource_id = s.resource_id),
                           a.author_id, p.blocked_at is not null
                      from resource_stats s
                      left join lateral (select r.author_id from reports r where r.component_id = s.component_id
                              and r.resource_type = s.resource_type and r.resource_id = s.resource_id limit 1) a on true
                      left join participants p on p.id = a.author_id
                     where s.reports > 0
                     order by s.hidden_at is not null, s.reports desc limit ?1""").setParameter(1, limit).getResultList();
            return rows.stream().map(r -> new Item((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    SqlTimes.of(r[4]), (String) r[5], (String) r[6],
                    (String) r[7], (UUID) r[8], Boolean.TRUE.equals(r[9]))).toList();
        });
    }

    public void moderate(TenantId tenant, UUID moderator, UUID componentId, String type, String id, boolean hide) {
        boolean reported = transactions.inTenant(tenant, em -> !em.createNativeQuery("select 1 from resource_stats where component_id = ?1 "
                + "and resource_type = ?2 and resource_id = ?3").setParameter(1, componentId).setParameter(2, type).setParameter(3, id)
                .getResultList().isEmpty());
        if (!reported) {
            throw Problem.notFound("nothing to moderate at " + type + " " + id);
        }
        String moduleKey = transactions.inTenant(tenant, em -> (String) em.createNativeQuery("select module_key from components where id = ?1")
                .setParameter(1, componentId).getSingleResult());
        var data = platform.moduleConnections().host(tenant, new ActionContext(moduleKey, componentId, moderator));
        new ReportDesk(new ParticipationScope(data, componentId, moderator)).moderate(type, id, hide);
        caches.moduleAnswers().invalidate(tenant); // hidden means gone from visitors' lists at once, not in a few seconds
        // hidden means gone from the fediverse too (a Delete); restored content is published again
        jobs.enqueue(org.communa.server.federation.PublishChanges.JOB, tenant,
                org.communa.server.federation.PublishChanges.payload(componentId, type, id));
    }
}
