package org.communa.module.api;

/**
 * Another module this one needs, within a range of its versions: e.g. budgets requires proposals
 * {@code [1.0,2)} to import the proposals a feasibility study accepted. Mandatory: a component of this module
 * cannot be enabled without it, and it cannot be removed or disabled while such a component is enabled.
 * Optional: the feature that uses it degrades (and says so) when it is missing. A module reads what a
 * required module publishes ({@link Contract}) and nothing else of it. @since 1.6
 */
public record Requirement(String moduleKey, VersionRange versions, boolean mandatory) {

    public Requirement {
        if (moduleKey == null || !moduleKey.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("a requirement names a module key, got: " + moduleKey);
        }
        if (versions == null) {
            throw new IllegalArgumentException("a requirement of " + moduleKey + " needs a version range");
        }
    }

    /** Whether a module of this key and version meets the requirement. */
    public boolean satisfiedBy(String key, String version) {
        return moduleKey.equals(key) && versions.includes(version);
    }

    @Override
    public String toString() {
        return moduleKey + " " + versions + (mandatory ? "" : " (optional)");
    }
}
