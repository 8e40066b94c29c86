package org.communa.server.statistics;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * New participants and contributions per day over the last days, counted in the organisation's
 * time zone (a vote at 00:30 in Paris belongs to that day, not the day before in UTC). Runs in a
 * tenant transaction: row-level security keeps the counts to that organisation.
 */
public final class RecentParticipation {

    public record Day(LocalDate day, long newParticipants, long contributions) {
    }

    private RecentParticipation() {
    }

    public static List<Day> lastDays(EntityManager em, int days) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with zone as (select time_zone as tz from organisations where id = communa_current_tenant()),
                     days as (select generate_series((now() at time zone zone.tz)::date - (?1 - 1),
                                                     (now() at time zone zone.tz)::date, interval '1 day')::date as day, zone.tz
                                from zone)
                select to_char(days.day, 'YYYY-MM-DD'),
                       (select count(*) from participants p
                         where (p.created_at at time zone days.tz)::date = days.day and p.deleted_at is null),
                       (select count(*) from action_log a where (a.at at time zone days.tz)::date = days.day)
                  from days order by days.day""").setParameter(1, days).getResultList();
        List<Day> result = new ArrayList<>();
        for (Object[] row : rows) {
            result.add(new Day(LocalDate.parse(row[0].toString()), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return result;
    }
}
