package org.communa.kernel.modules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
            try (PreparedStatement query = admin.prepareStatement("""
                    select pg_get_userbyid(c.relowner) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = current_schema() and c.relname = ? and c.relkind = 'v'""")) {
                query.setString(1, contract.view());
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        faults.add("module " + provider.key() + " publishes contract " + contract.name() + " as view "
                                + contract.view() + ", which its migrations do not create");
                    } else if (!rs.getString(1).equals(roles.owner(provider.key()))) {
                        faults.add("view " + contract.view() + " of contract " + contract.name() + " is not module "
                                + provider.key() + "'s own");
                    }
                }
            }
        }
        return faults;
    }

    /**
     * Lets the requirer read the provider's published views if the provider's version meets its requirement,
     * and closes them otherwise. Returns whether they are open.
     */
    public boolean connect(Connection admin, ModuleManifest requirer, ModuleManifest provider) throws SQLException {
        boolean met = requirer.requirements().stream().anyMatch(r -> r.satisfiedBy(provider.key(), provider.version()));
        String privilege = met ? "grant select on %s to %s" : "revoke select on %s from %s";
        try (Statement statement = admin.createStatement()) {
            for (Contract contract : provider.contracts()) {
                if (viewExists(admin, contract.view())) {
                    statement.execute(String.format(privilege, contract.view(), roles.runtime(requirer.key())));
                }
            }
        }
        return met;
    }

    /** Closes a departing provider's views to one module that required it. */
    public void disconnect(Connection admin, String requirerKey, ModuleManifest provider) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            for (Contract contract : provider.contracts()) {
                if (viewExists(admin, contract.view())) {
                    statement.execute("revoke select on " + contract.view() + " from " + roles.runtime(requirerKey));
                }
            }
        }
    }

    private static boolean viewExists(Connection admin, String view) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("""
                select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relname = ? and c.relkind = 'v'""")) {
            query.setString(1, view);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
