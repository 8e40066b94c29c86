package org.communa.module.api;

import org.communa.module.api.data.ModuleData;

/**
 * What the host does for a module during one request, bound to the request's organisation, component
 * and participant. Modules reach it through {@link org.communa.module.api.http.ModuleRequest}; the SDK
 * test kit provides a real implementation for unit tests.
 */
public interface HostServices {

    /** The module's tables, inside the request's organisation. */
    ModuleData data();

    /** Whether the request's participant may do this action of the manifest here, now. */
    boolean can(String actionKey);

    /**
     * Why the request's participant may not do this action (sign in, role, phase, verification), in
     * words for them; null when they may. @since 1.1
     */
    default String refusal(String actionKey) {
        return can(actionKey) ? null : "you may not " + actionKey.replace('_', ' ') + " here";
    }

    /**
     * User-written HTML made safe to show: the platform's one policy (formatting, links, lists, images
     * over https; no scripts, styles or event handlers), the same for every module.
     */
    String sanitizeHtml(String html);

    /** Queues a job of the manifest for this component; it runs soon, once, and is retried if it fails. */
    void enqueue(String jobName, String payload);

    /** Supports, comments, follows, notifications, moderation and search for this component's resources. @since 1.1 */
    org.communa.module.api.participation.Participation participation();

    /**
     * Tells the host that this resource changed in a way the public may see (published, edited, withdrawn,
     * hidden, deleted). After the module's answer succeeds, the host asks the module's
     * {@link org.communa.module.api.federation.ActivityMapping} what the public sees now and tells the fediverse
     * (Create, Update or Delete). Calling it when nothing public changed is harmless. @since 1.2
     */
    default void federate(String type, String id) {
    }

    /**
     * The organisation's time zone (e.g. Europe/Paris): the dates and times people type in forms are in it,
     * and pages show times in it. @since 1.3
     */
    default java.time.ZoneId timeZone() {
        return java.time.ZoneOffset.UTC;
    }

    /**
     * Whether a module of the manifest's requirements is active on this instance in a version the requirement
     * accepts: its contracts can be read now. A feature built on an optional requirement asks first, and says
     * it is unavailable when it is not. @since 1.6
     */
    default boolean available(String requiredModuleKey) {
        return false;
    }

    /**
     * The organisation's verifications, for this request's participant: which they hold, for which scope and until
     * when, proving one, and looking someone up for an officer. One eligibility model for every module. @since 1.7
     */
    default org.communa.module.api.eligibility.Eligibility eligibility() {
        throw new UnsupportedOperationException("this host does not provide eligibility (SDK 1.7)");
    }

    /**
     * Queues a job of the manifest for this component to run no earlier than {@code notBefore} (a reminder before a
     * deadline); like {@link #enqueue}, only once the module answered without error. @since 1.8
     */
    default void enqueueAt(String jobName, String payload, java.time.Instant notBefore) {
        throw new UnsupportedOperationException("this host does not schedule jobs (SDK 1.8)");
    }

    /**
     * The last day of the space's active phase, when its admins gave one: a vote open in this phase closes at the
     * end of that day (in {@link #timeZone()}). @since 1.8
     */
    default java.util.Optional<java.time.LocalDate> phaseEndsOn() {
        return java.util.Optional.empty();
    }
}
