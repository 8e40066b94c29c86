package org.communa.tenants;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** JDBC mapping of the registry tables (organisations, organisation_hosts), used under the system role. */
final class OrganisationRows {

    private static final String SELECT = """
            select o.id, o.slug, o.name, o.status, o.default_locale, o.available_locales, o.time_zone,
                   o.contact_email, o.theme, o.allowed_modules, o.created_at,
                   (select host from organisation_hosts h where h.tenant_id = o.id and h.is_primary) as primary_host,
                   array(select host from organisation_hosts h where h.tenant_id = o.id and not h.is_primary order by host) as aliases
              from organisations o""";

    private OrganisationRows() {
    }

    static Optional<Organisation> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(SELECT + " where o.id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    static List<Organisation> list(Connection c, int offset, int limit) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(SELECT + " order by o.slug offset ? limit ?")) {
            q.setInt(1, offset);
            q.setInt(2, limit);
            List<Organisation> all = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    all.add(map(rs));
                }
            }
            return all;
        }
    }

    static void insert(Connection c, UUID id, OrganisationSpec spec) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into organisations (id, slug, name, status, default_locale, available_locales, time_zone,
                                           contact_email, theme, allowed_modules)
                values (?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, spec.slug());
            insert.setString(3, spec.name());
            insert.setString(4, spec.defaultLocale());
            insert.setArray(5, c.createArrayOf("text", spec.availableLocales().toArray()));
            insert.setString(6, spec.timeZone());
            insert.setString(7, spec.contactEmail());
            insert.setString(8, spec.theme());
            insert.setArray(9, c.createArrayOf("text", spec.allowedModules().toArray()));
            insert.executeUpdate();
        }
        replaceHosts(c, id, spec);
    }

    static void update(Connection c, UUID id, OrganisationSpec spec) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                update organisations set slug = ?, name = ?, default_locale = ?, available_locales = ?, time_zone = ?,
                       contact_email = ?, theme = ?, allowed_modules = ?, updated_at = now()
                 where id = ?""")) {
            update.setString(1, spec.slug());
            update.setString(2, spec.name());
            update.setString(3, spec.defaultLocale());
            update.setArray(4, c.createArrayOf("text", spec.availableLocales().toArray()));
            update.setString(5, spec.timeZone());
            update.setString(6, spec.contactEmail());
            update.setString(7, spec.theme());
            update.setArray(8, c.createArrayOf("text", spec.allowedModules().toArray()));
            update.setObject(9, id);
            update.executeUpdate();
        }
        replaceHosts(c, id, spec);
    }

    private static void replaceHosts(Connection c, UUID id, OrganisationSpec spec) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from organisation_hosts where tenant_id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "insert into organisation_hosts (host, tenant_id, is_primary) values (?, ?, ?)")) {
            for (String host : spec.allHosts()) {
                insert.setString(1, host);
                insert.setObject(2, id);
                insert.setBoolean(3, host.equals(spec.primaryHost()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Organisation map(ResultSet rs) throws SQLException {
        OrganisationSpec spec = new OrganisationSpec(
                rs.getString("slug"), rs.getString("name"), rs.getString("primary_host"),
                strings(rs.getArray("aliases")), strings(rs.getArray("available_locales")),
                rs.getString("default_locale"), rs.getString("time_zone"), rs.getString("contact_email"),
                rs.getString("theme"), strings(rs.getArray("allowed_modules")));
        return new Organisation(rs.getObject("id", UUID.class), spec, rs.getString("status"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
