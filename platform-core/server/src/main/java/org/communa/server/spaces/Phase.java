package org.communa.server.spaces;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.TenantOwned;
import org.communa.server.persistence.TranslationsConverter;

/** One step of a process (information, ideas, feasibility study, vote, follow-up...), in order. */
@Entity
@Table(name = "phases")
public class Phase extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    private int position;
    @Convert(converter = TranslationsConverter.class)
    private Map<String, String> title;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private boolean active;
    /** The day its dates made it the current phase (once); null while that has not happened. */
    @Column(name = "switched_on")
    private LocalDate switchedOn;

    protected Phase() {
    }

    public Phase(UUID spaceId, int position, Map<String, String> title, LocalDate startsOn, LocalDate endsOn) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        change(position, title, startsOn, endsOn);
    }

    public final void change(int position, Map<String, String> title, LocalDate startsOn, LocalDate endsOn) {
        if (position < 1) {
            throw Problem.badRequest("position starts at 1");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw Problem.badRequest("endsOn " + endsOn + " is before startsOn " + startsOn);
        }
        this.position = position;
        this.title = Map.copyOf(title);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    /** Whether its dates make it the current phase today: it has begun, not ended, and never switched by its dates. */
    public boolean dueOn(LocalDate today) {
        return !active && switchedOn == null && startsOn != null && !startsOn.isAfter(today) && (endsOn == null || !endsOn.isBefore(today));
    }

    /** Made current by its dates: remembered, so that an admin's later choice is not undone. */
    public void switchedByDates(LocalDate today) {
        this.active = true;
        this.switchedOn = today;
    }

    public UUID id() { return id; }
    public UUID spaceId() { return spaceId; }
    public int position() { return position; }
    public Map<String, String> title() { return title; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public boolean active() { return active; }
}
