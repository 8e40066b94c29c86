package org.communa.modulehost;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communa.module.api.Contract;
import org.communa.module.api.ModuleManifest;

/**
 * Opens the views a module publishes ({@link Contract}) to the run-time roles of the modules whose
 * requirement it meets, and closes them when it no longer does: the only way a module reads another's data.
 * The server and the test kit call it as modules come and go (admin connection).
 */
public final class ModuleContracts {

    private final ModuleRoles roles;

    public ModuleContracts(ModuleRoles roles) {
        this.roles = roles;
    }

    /**
     * Checks that the migrations of a module created every view it publishes, owned by the module; the faults
     * found, in words for a system admin (empty when all is well).
     */
    public List<String> unpublished(Connection admin, ModuleManifest provider) throws SQLException {
        List<String> faults = new ArrayList<>();
        for (Contract contract : provider.contracts()) {
            Optional<String> owner = viewOwner(admin, contract.view());
            if (owner.isEmpty()) {
                faults.add("module " + provider.key() + " publishes contract " + contract.name() + " as view "
                        + contract.view() + ", which its migrations do not create");
            } else if (!owner.get().equals(roles.owner(provider.key()))) {
                faults.add("view " + contract.view() + " of contract " + contract.name() + " is not module "
                        + provider.key() + "'s own");
            }
        }
        return faults;
    }

    /**
     * Lets the requirer read the provider's published views if the provider's version meets its requirement,
     * and closes them otherwise.
     */
    public void connect(Connection admin, ModuleManifest requirer, ModuleManifest provider) throws SQLException {
        open(admin, requirer.key(), provider, requirer.requirements().stream().anyMatch(r -> r.satisfiedBy(provider.key(), provider.version())));
    }

    /** Closes a departing provider's views to one module that required it. */
    public void disconnect(Connection admin, String requirerKey, ModuleManifest provider) throws SQLException {
        open(admin, requirerKey, provider, false);
    }

    private void open(Connection admin, String requirerKey, ModuleManifest provider, boolean open) throws SQLException {
        String privilege = open ? "grant select on %s to %s" : "revoke select on %s from %s";
        try (Statement statement = admin.createStatement()) {
            for (Contract contract : provider.contracts()) {
                if (viewOwner(admin, contract.view()).isPresent()) {
                    statement.execute(String.format(privilege, contract.view(), roles.runtime(requirerKey)));
                }
            }
        }
    }

    /** Who owns the view of this name in the current schema; empty when there is none. */
    private static Optional<String> viewOwner(Connection admin, String view) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("""
                select pg_get_userbyid(c.relowner) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relname = ? and c.relkind = 'v'""")) {
            query.setString(1, view);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
