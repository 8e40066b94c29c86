package org.communa.kernel.persistence;

import java.sql.SQLException;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Says in words which rule a refused write broke, from the constraint PostgreSQL names. */
public final class ConstraintMessages {

    private static final Map<String, String> KNOWN = Map.of(
            "organisation_hosts_pkey", "a host given is already used by another organisation",
            "organisations_slug_key", "another organisation already uses this slug",
            "system_admins_name_key", "a system admin with this name already exists",
            "participants_tenant_id_email_normalised_key", "this e-mail address already has an account here");

    private ConstraintMessages() {
    }

    public static String explain(SQLException e) {
        // batches report the server's error as the "next exception" of a BatchUpdateException
        for (SQLException current = e; current != null; current = current.getNextException()) {
            if (current instanceof PSQLException pg && pg.getServerErrorMessage() != null
                    && pg.getServerErrorMessage().getConstraint() != null) {
                ServerErrorMessage server = pg.getServerErrorMessage();
                String known = KNOWN.get(server.getConstraint());
                String detail = server.getDetail() == null ? "" : " (" + server.getDetail() + ")";
                return (known != null ? known : "the change breaks the rule " + server.getConstraint()) + detail;
            }
        }
        return e.getMessage().split("\n")[0];
    }
}
