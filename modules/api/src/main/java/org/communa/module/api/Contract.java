package org.communa.module.api;

/**
 * What a module publishes for the modules that require it: a view its migrations create over its own tables
 * (the current organisation's rows, the columns it promises), readable by the run-time role of every module
 * whose {@link Requirement} it meets, and by nothing else. The view's name carries the contract's major
 * version ({@code proposals_answered_v1}): a change that would break its readers is a new view, and a new
 * major version of the module. E.g. proposals publishes "answered proposals" (title, text, cost, category,
 * scope, answer) that budgets imports as projects. @since 1.6
 */
public record Contract(String name, String view, String description) {

    public Contract {
        if (name == null || !name.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("a contract's name is a lower-case name, got: " + name);
        }
        if (view == null || !view.matches("[a-z][a-z0-9_]{0,50}_v\\d{1,3}")) {
            throw new IllegalArgumentException("contract " + name + ": its view is a lower-case SQL name ending in its major "
                    + "version (e.g. proposals_answered_v1), got: " + view);
        }
    }
}
