package org.communa.module.api;

/**
 * Something participants or staff do with a component's resources (create, support, answer...), and
 * the organisation role it needs: "participant" (any signed-in account) or admin, moderator, evaluator,
 * ambassador.
 */
public final class Action {

    private final String key;
    private final String requiredRole;

    public Action(String key, String requiredRole) {
        if (key == null || !key.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("action key must be snake_case, got: " + key);
        }
        if (!requiredRole.matches("participant|admin|moderator|evaluator|ambassador")) {
            throw new IllegalArgumentException("unknown role " + requiredRole + " for action " + key);
        }
        this.key = key;
        this.requiredRole = requiredRole;
    }

    public String key() { return key; }
    public String requiredRole() { return requiredRole; }
}
