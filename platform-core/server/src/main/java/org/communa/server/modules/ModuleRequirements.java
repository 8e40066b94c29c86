package org.communa.server.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.module.api.Contract;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.Requirement;

/**
 * What modules need of each other, enforced where it matters: a component is not enabled without the modules
 * its module requires, a module is not removed or upgraded from under a module that requires it and has
 * components, and what only degrades is said. The rules read the manifests of the active modules and, across
 * organisations, how many components each module has.
 */
@ApplicationScoped
public class ModuleRequirements {

    /** A module that keeps working without another, minus a feature: who, and how many components. */
    public record Degraded(String moduleKey, Requirement requirement, Usage usage) {
    }

    /** How many components a module has, in how many organisations. */
    public record Usage(long components, long organisations) {

        @Override
        public String toString() {
            return components + " component" + (components == 1 ? "" : "s") + " in " + organisations + " organisation"
                    + (organisations == 1 ? "" : "s");
        }
    }

    @Inject ModuleHost host;
    @Inject SystemTransactions system;

    /**
     * Refuses (409) to enable a component of a module whose mandatory requirement is not met here: the required
     * module is not active in an accepted version, or the service provider has not enabled it for the organisation.
     */
    public void requireForComponent(ModuleManifest manifest, Set<String> allowedForOrganisation) {
        for (Requirement requirement : manifest.requirements()) {
            if (!requirement.mandatory()) {
                continue;
            }
            Optional<String> why = unmet(requirement);
            if (why.isEmpty() && !allowedForOrganisation.contains(requirement.moduleKey())) {
                why = Optional.of("which the service provider has not enabled for this organisation");
            }
            why.ifPresent(reason -> {
                throw new Problem(409, "Conflict", "the module " + manifest.key() + " needs the module "
                        + requirement.moduleKey() + " " + requirement.versions() + ", " + reason);
            });
        }
    }

    /**
     * Before a module leaves the instance: refuses (409) while a module requiring it has components; answers the
     * modules that only use it, which lose the features built on it.
     */
    public List<Degraded> beforeRemoving(String moduleKey) {
        List<Degraded> degraded = new ArrayList<>();
        for (ModuleManifest requirer : host.activeManifests()) {
            for (Requirement requirement : requirer.requirements()) {
                if (!requirement.moduleKey().equals(moduleKey) || requirer.key().equals(moduleKey)) {
                    continue;
                }
                Usage usage = usage(requirer.key(), null);
                if (requirement.mandatory() && usage.components() > 0) {
                    throw new Problem(409, "Conflict", "the module " + moduleKey + " is required by " + requirer.key() + " ("
                            + requirement.versions() + "), which has " + usage + ": remove those components, or that module, first");
                }
                degraded.add(new Degraded(requirer.key(), requirement, usage));
            }
        }
        return degraded;
    }

    /**
     * Before a service provider stops allowing modules for an organisation: refuses (409) while a module of that
     * organisation's components requires one of them.
     */
    public void beforeDisabling(java.util.UUID organisation, Set<String> disabled) {
        for (ModuleManifest requirer : host.activeManifests()) {
            for (Requirement requirement : requirer.requirements()) {
                if (requirement.mandatory() && disabled.contains(requirement.moduleKey()) && !disabled.contains(requirer.key())) {
                    long components = usage(requirer.key(), organisation).components();
                    if (components > 0) {
                        throw new Problem(409, "Conflict", "the module " + requirement.moduleKey() + " cannot be disabled for this "
                                + "organisation: " + requirer.key() + " requires it (" + requirement.versions() + ") and the organisation has "
                                + components + " component" + (components == 1 ? "" : "s") + " of it");
                    }
                }
            }
        }
    }

    /**
     * After a module's new version started: why it cannot stay (a module requiring it, with components, does not
     * accept that version), if so.
     */
    public Optional<String> brokenBy(ModuleManifest upgraded) {
        for (ModuleManifest requirer : host.activeManifests()) {
            for (Requirement requirement : requirer.requirements()) {
                if (requirement.mandatory() && requirement.moduleKey().equals(upgraded.key())
                        && !requirement.versions().includes(upgraded.version())) {
                    Usage usage = usage(requirer.key(), null);
                    if (usage.components() > 0) {
                        return Optional.of("version " + upgraded.version() + " of " + upgraded.key() + " would break " + requirer.key()
                                + ", which requires " + upgraded.key() + " " + requirement.versions() + " and has " + usage
                                + ": upgrade " + requirer.key() + " first");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a module the manifest requires (or uses) is active here in a version the requirement accepts. */
    public boolean available(ModuleManifest requirer, String requiredKey) {
        return requirer.requirements().stream().filter(r -> r.moduleKey().equals(requiredKey)).anyMatch(r -> unmet(r).isEmpty());
    }

    /** Why a requirement is not met on this instance now, if it is not. */
    public Optional<String> unmet(Requirement requirement) {
        Optional<String> version = host.module(requirement.moduleKey()).map(m -> m.manifest().version());
        if (version.isEmpty()) {
            return Optional.of("which is not installed (or is quarantined) on this instance");
        }
        return requirement.versions().includes(version.get()) ? Optional.empty() : Optional.of("which is version " + version.get() + " here");
    }

    /** One edge of the dependency graph: the module at its other end, the versions asked, and why it is not met ("" when it is). */
    public record Edge(String module, String versions, boolean mandatory, String unmet) {
    }

    /** A module's place in the graph: what it requires, which active modules require it, the contracts it publishes. */
    public record Dependencies(List<Edge> requires, List<Edge> requiredBy, List<Contract> publishes) {
    }

    /** The graph around one module (empty when it is not active here), for the system API and pages. */
    public Dependencies of(String moduleKey) {
        Optional<ModuleManifest> manifest = host.module(moduleKey).map(m -> m.manifest());
        List<Edge> requires = manifest.map(m -> m.requirements().stream().map(r -> new Edge(r.moduleKey(), r.versions().toString(),
                r.mandatory(), unmet(r).orElse(""))).toList()).orElse(List.of());
        List<Edge> requiredBy = new ArrayList<>();
        for (ModuleManifest requirer : host.activeManifests()) {
            requirer.requirements().stream().filter(r -> r.moduleKey().equals(moduleKey)).forEach(r ->
                    requiredBy.add(new Edge(requirer.key(), r.versions().toString(), r.mandatory(), "")));
        }
        return new Dependencies(requires, requiredBy, manifest.map(ModuleManifest::contracts).orElse(List.of()));
    }

    /** The module's components and the organisations they are in: in one organisation, or in all when it is null. */
    private Usage usage(String moduleKey, java.util.UUID organisation) {
        return system.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select count(*), count(distinct tenant_id) from components "
                    + "where module_key = ? and (cast(? as uuid) is null or tenant_id = cast(? as uuid))")) {
                query.setString(1, moduleKey);
                query.setObject(2, organisation);
                query.setObject(3, organisation);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return new Usage(rs.getLong(1), rs.getLong(2));
                }
            }
        });
    }
}
