package org.communa.tenants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communa.kernel.persistence.DatabaseBootstrap;

/**
 * The tenant-owned tables, discovered from the schema (every table with a tenant_id column, core or
 * module), ordered so that referenced tables come before the tables that reference them. Deletion and
 * export therefore cover tables that later modules add, without a list to maintain.
 */
final class TenantTables {

    /**
     * Tables an export leaves out: host rows are the organisation's addresses on this instance, not its
     * data; tables commented 'communa:transient' hold live credentials (sessions, e-mail links) that
     * must not travel in an archive.
     */
    static List<String> exported(Connection c) throws SQLException {
        Set<String> transientTables = new java.util.HashSet<>(Set.of("organisation_hosts"));
        try (PreparedStatement q = c.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and obj_description(c.oid, 'pg_class') like '%communa:transient%'""");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                transientTables.add(rs.getString(1));
            }
        }
        return parentsFirst(c).stream().filter(t -> !transientTables.contains(t)).toList();
    }

    private TenantTables() {
    }

    /**
     * The table's columns that hold stored values, quoted and comma-separated: generated columns (a comment's search
     * document) are computed again by the database and cannot be written.
     */
    static String storedColumns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    columns.add("\"" + rs.getString(1).replace("\"", "\"\"") + "\"");
                }
            }
        }
        return String.join(", ", columns);
    }

    static List<String> parentsFirst(Connection c) throws SQLException {
        List<String> tables = DatabaseBootstrap.tenantOwnedTables(c);
        Map<String, Set<String>> references = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("""
                select child.relname, parent.relname
                  from pg_constraint k
                  join pg_class child on child.oid = k.conrelid
                  join pg_class parent on parent.oid = k.confrelid
                 where k.contype = 'f' and child.oid <> parent.oid""");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                references.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, tables, references, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(String table, List<String> tables, Map<String, Set<String>> references,
            Set<String> ordered, Set<String> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return; // done, or a reference cycle: deferred constraints settle it at commit
        }
        for (String parent : references.getOrDefault(table, Set.of())) {
            if (tables.contains(parent)) {
                visit(parent, tables, references, ordered, path);
            }
        }
        ordered.add(table);
    }

    /** Defers every deferrable constraint of the transaction so rows can arrive in any order. */
    static void deferConstraints(Connection c) throws SQLException {
        try (var statement = c.createStatement()) {
            statement.execute("set constraints all deferred");
        }
    }
}
