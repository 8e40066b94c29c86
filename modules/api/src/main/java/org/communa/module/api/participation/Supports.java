package org.communa.module.api.participation;

/** Participants' supports of a component's resources: one per participant and resource, counted exactly. */
public interface Supports {

    SupportState state(String type, String id);

    /**
     * Adds the request's participant's support. A second support of the same resource changes nothing;
     * one beyond {@code limitPerParticipant} resources of the component (0: no limit) is refused with a
     * {@link org.communa.module.api.ModuleProblem} (409).
     */
    SupportState support(String type, String id, int limitPerParticipant);

    SupportState withdraw(String type, String id);
}
