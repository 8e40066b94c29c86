package org.communa.budgets.counting;

/**
 * A project on the ballot. A withdrawn project (Pabulib marks it with a cost of 999999999) stays listed
 * but is never funded.
 */
public record Project(String id, Rational cost, String name, boolean withdrawn) {

    public Project {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a project needs an id");
        }
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost");
        }
    }
}
