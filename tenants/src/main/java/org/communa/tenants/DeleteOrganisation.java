package org.communa.tenants;

import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonObjectBuilder;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;
import org.communa.kernel.problem.Problem;

/**
 * Removes an organisation and every one of its rows, in every tenant-owned table (including module
 * tables), in one audited transaction: either all of it is gone or nothing is.
 */
public final class DeleteOrganisation {

    private final SystemTransactions system;
    private final HostResolver hosts;

    public DeleteOrganisation(SystemTransactions system, HostResolver hosts) {
        this.system = system;
        this.hosts = hosts;
    }

    /** Returns the number of rows removed per table. */
    public String delete(String actor, UUID organisation) {
        JsonObjectBuilder counts = JSON.createObjectBuilder();
        String[] detail = {"{}"};
        system.audited(new AuditEntry(actor, "organisation.delete", organisation, () -> detail[0]), c -> {
            try (PreparedStatement exists = c.prepareStatement("select 1 from organisations where id = ? for update")) {
                exists.setObject(1, organisation);
                if (!exists.executeQuery().next()) {
                    throw Problem.notFound("no organisation " + organisation);
                }
            }
            TenantTables.deferConstraints(c);
            List<String> tables = TenantTables.parentsFirst(c);
            for (int i = tables.size() - 1; i >= 0; i--) {
                try (PreparedStatement delete = c.prepareStatement(
                        "delete from \"" + tables.get(i) + "\" where tenant_id = ?")) {
                    delete.setObject(1, organisation);
                    counts.add(tables.get(i), delete.executeUpdate());
                }
            }
            try (PreparedStatement delete = c.prepareStatement("delete from organisations where id = ?")) {
                delete.setObject(1, organisation);
                delete.executeUpdate();
            }
            detail[0] = counts.build().toString();
            return null;
        });
        hosts.invalidate();
        return detail[0];
    }
}
