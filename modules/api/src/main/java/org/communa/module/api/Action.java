package org.communa.module.api;

/**
 * Something participants or staff do with a component's resources (create, support, answer...), and
 * what it takes, read from one table by the host's permission service:
 * <ul>
 * <li>the organisation role it needs: "participant" (any signed-in account) or admin, moderator,
 * evaluator, ambassador (an admin may do everything);</li>
 * <li>optionally a boolean setting of the component that must be on in the current phase (for example
 * "creation_enabled" only during the ideas phase);</li>
 * <li>optionally a verification the participant must hold ("email" for a confirmed address; census and
 * other methods come with the organisations' verification settings).</li>
 * </ul>
 */
public final class Action {

    private final String key;
    private final String requiredRole;
    private final String enabledBy;
    private final String verification;

    public Action(String key, String requiredRole) {
        this(key, requiredRole, null, null);
    }

    private Action(String key, String requiredRole, String enabledBy, String verification) {
        if (key == null || !key.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("action key must be snake_case, got: " + key);
        }
        if (requiredRole == null || !requiredRole.matches("participant|admin|moderator|evaluator|ambassador")) {
            throw new IllegalArgumentException("unknown role " + requiredRole + " for action " + key);
        }
        if (enabledBy != null && !enabledBy.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("action " + key + ": the enabling setting must be snake_case, got: " + enabledBy);
        }
        if (verification != null && !verification.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("action " + key + ": unknown verification " + verification);
        }
        this.key = key;
        this.requiredRole = requiredRole;
        this.enabledBy = enabledBy;
        this.verification = verification;
    }

    /** The same action, allowed only while this boolean setting is on (per phase settings included). @since 1.1 */
    public Action enabledBy(String settingKey) {
        return new Action(key, requiredRole, settingKey, verification);
    }

    /** The same action, allowed only to participants holding this verification. @since 1.1 */
    public Action requiring(String verificationMethod) {
        return new Action(key, requiredRole, enabledBy, verificationMethod);
    }

    public String key() { return key; }
    public String requiredRole() { return requiredRole; }
    /** The boolean setting that switches the action on, or null when it is always on. */
    public String enabledBy() { return enabledBy; }
    /** The verification the participant must hold, or null. */
    public String verification() { return verification; }
}
