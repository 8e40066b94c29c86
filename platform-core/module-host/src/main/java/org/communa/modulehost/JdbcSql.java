package org.communa.modulehost;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;

/** A module's statements on the one connection of its transaction. */
final class JdbcSql implements Sql {

    private final Connection connection;
    private final ActionContext actions;
    private final String role;

    JdbcSql(Connection connection, ActionContext actions, String role) {
        this.connection = connection;
        this.actions = actions;
        this.role = role;
    }

    @Override
    public List<Row> query(String statement, Object... parameters) {
        SqlGuard.check(statement);
        try (PreparedStatement prepared = prepare(statement, parameters); ResultSet rs = prepared.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                rows.add(row(rs, meta));
            }
            return rows;
        } catch (SQLException e) {
            throw JdbcModuleData.translate(e, actions.moduleKey(), statement);
        }
    }

    @Override
    public Optional<Row> first(String statement, Object... parameters) {
        return query(statement, parameters).stream().findFirst();
    }

    @Override
    public int update(String statement, Object... parameters) {
        SqlGuard.check(statement);
        try (PreparedStatement prepared = prepare(statement, parameters)) {
            return prepared.executeUpdate();
        } catch (SQLException e) {
            throw JdbcModuleData.translate(e, actions.moduleKey(), statement);
        }
    }

    @Override
    public void recordAction(String action, String resourceType, String resourceId) {
        if (action == null || !action.matches("[a-z][a-z0-9_]{0,62}") || resourceType == null
                || !resourceType.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("action and resource type must be snake_case, got: " + action + ", " + resourceType);
        }
        if (resourceId != null && resourceId.length() > 200) {
            throw new IllegalArgumentException("a resource id has at most 200 characters");
        }
        // the log is the host's: written as the application role, so the module cannot write entries of its own making
        try (PreparedStatement insert = connection.prepareStatement("insert into action_log (participant_id, module_key, "
                + "component_id, action, resource_type, resource_id) values (?, ?, ?, ?, ?, ?)")) {
            switchRole("none");
            insert.setObject(1, actions.participantId(), Types.OTHER);
            insert.setString(2, actions.moduleKey());
            insert.setObject(3, actions.componentId(), Types.OTHER);
            insert.setString(4, action);
            insert.setString(5, resourceType);
            insert.setString(6, resourceId);
            insert.executeUpdate();
            switchRole(role);
        } catch (SQLException e) {
            throw JdbcModuleData.translate(e, actions.moduleKey(), "action log");
        }
    }

    private void switchRole(String to) throws SQLException {
        if (role == null) {
            return;
        }
        try (PreparedStatement set = connection.prepareStatement("select set_config('role', ?, true)")) {
            set.setString(1, to);
            set.execute();
        }
    }

    private PreparedStatement prepare(String statement, Object[] parameters) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                prepared.setNull(i + 1, Types.OTHER);
            } else if (value instanceof String || value instanceof UUID || value instanceof Integer || value instanceof Long
                    || value instanceof Boolean || value instanceof BigDecimal || value instanceof Double || value instanceof OffsetDateTime) {
                prepared.setObject(i + 1, value);
            } else {
                throw new IllegalArgumentException("parameter " + (i + 1) + " has unsupported type "
                        + value.getClass().getName() + " in: " + statement);
            }
        }
        return prepared;
    }

    private static Row row(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            values.put(meta.getColumnLabel(column), value(rs, column, meta.getColumnTypeName(column)));
        }
        return new Row(values);
    }

    private static Object value(ResultSet rs, int column, String type) throws SQLException {
        Object value = switch (type) {
            case "timestamptz" -> rs.getObject(column, OffsetDateTime.class);
            case "int2", "int4", "int8" -> rs.getObject(column) == null ? null : rs.getLong(column);
            case "json", "jsonb" -> rs.getString(column);
            default -> rs.getObject(column);
        };
        if (value instanceof java.sql.Array array) {
            return List.of((Object[]) array.getArray());
        }
        return value;
    }
}
