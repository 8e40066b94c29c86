package org.communa.server.spaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.platform.Platform;

/**
 * Phases become current on their start dates: on the day a phase begins (in the organisation's time zone), it
 * replaces the current one, once, in the spaces that follow their dates (the default). What admins switch by hand
 * afterwards stays. Checked every few minutes, and at once when an admin adds or changes a phase.
 */
@ApplicationScoped
public class FollowPhaseDates implements Platform.JobRegistration {

    private static final Logger LOG = Logger.getLogger(FollowPhaseDates.class.getName());
    static final Duration EVERY = Duration.ofMinutes(5);

    @Inject SystemTransactions system;
    @Inject TenantTransactions transactions;
    @Inject org.communa.server.federation.PublishActor publishActor;
    @Inject org.communa.server.http.ReadCaches caches;

    @Override
    public void register(JobQueue queue) {
        queue.recurring("phases-follow-dates", EVERY, this::switchDue);
    }

    /** One pass over the organisations that have a phase due today. */
    public void switchDue() {
        for (UUID tenant : organisationsWithDuePhases()) {
            try {
                switchDue(new TenantId(tenant), null);
            } catch (RuntimeException e) {
                // one organisation's failure must not hold back the others
                LOG.log(Level.WARNING, "phases of organisation " + tenant + " could not follow their dates", e);
            }
        }
    }

    /** Makes current, in each space of the organisation (or this one space), the latest phase its dates make current today. */
    public List<UUID> switchDue(TenantId tenant, UUID onlySpace) {
        List<UUID> switched = transactions.inTenant(tenant, em -> {
            String zone = (String) em.createNativeQuery("select time_zone from organisations").getSingleResult();
            LocalDate today = LocalDate.now(ZoneId.of(zone));
            List<UUID> spaces = new ArrayList<>();
            List<Space> candidates = onlySpace == null ? em.createQuery("select s from Space s", Space.class).getResultList()
                    : java.util.Optional.ofNullable(em.find(Space.class, onlySpace)).stream().toList();
            List<Space> following = candidates.stream().filter(Space::phasesFollowDates).toList();
            for (Space space : following) {
                List<Phase> phases = SpaceQueries.phases(em, space.id());
                phases.stream().filter(p -> p.dueOn(today)).max(Comparator.comparing(Phase::startsOn)).ifPresent(due -> {
                    phases.forEach(p -> p.activate(false));
                    due.switchedByDates(today);
                    spaces.add(space.id());
                });
            }
            return spaces;
        });
        for (UUID space : switched) {
            publishActor.spaceChanged(tenant, space);
        }
        if (!switched.isEmpty()) {
            caches.invalidateContent(tenant);
        }
        return switched;
    }

    private List<UUID> organisationsWithDuePhases() {
        return system.read(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    select distinct s.tenant_id from phases p join spaces s on s.id = p.space_id join organisations o on o.id = s.tenant_id
                     where s.phases_follow_dates and not p.active and p.switched_on is null and p.starts_on is not null
                       and p.starts_on <= (now() at time zone o.time_zone)::date
                       and (p.ends_on is null or p.ends_on >= (now() at time zone o.time_zone)::date)""");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add((UUID) rs.getObject(1));
                }
            }
            return ids;
        });
    }
}
