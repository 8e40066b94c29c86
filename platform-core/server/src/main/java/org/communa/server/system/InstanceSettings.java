package org.communa.server.system;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;
import org.communa.kernel.problem.Problem;

/**
 * The instance's name and contact, and what a new organisation gets when its creator does not say:
 * theme and allowed modules. Kept in the database so that every process of the instance agrees.
 */
@ApplicationScoped
public class InstanceSettings {

    private static final Pattern NAME_TOKEN = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public record Values(String name, String contactEmail, String defaultTheme, List<String> defaultModules) {

        public Values {
            if (name == null || name.isBlank() || name.length() > 100) {
                throw Problem.badRequest("name is required (at most 100 characters)");
            }
            name = name.strip();
            contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
            if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
                throw Problem.badRequest("contactEmail is not a valid e-mail address: " + contactEmail);
            }
            if (defaultTheme == null || !NAME_TOKEN.matcher(defaultTheme).matches()) {
                throw Problem.badRequest("defaultTheme must be a theme's name, got: " + defaultTheme);
            }
            defaultModules = List.copyOf(defaultModules == null ? List.of() : defaultModules);
            for (String module : defaultModules) {
                if (!NAME_TOKEN.matcher(module).matches()) {
                    throw Problem.badRequest("defaultModules must hold module keys, got: " + module);
                }
            }
        }

        public JsonObject toJson() {
            var json = JSON.createObjectBuilder().add("name", name).add("defaultTheme", defaultTheme)
                    .add("defaultModules", JSON.createArrayBuilder(defaultModules));
            if (contactEmail != null) {
                json.add("contactEmail", contactEmail);
            }
            return json.build();
        }
    }

    /** Other processes of the instance see a change within this delay. */
    private static final long REFRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    @Inject SystemTransactions system;
    @Inject org.communa.server.web.Themes themes;
    private volatile Values cached;
    private volatile long readAt;

    public Values current() {
        Values known = cached;
        if (known == null || System.nanoTime() - readAt > REFRESH_NANOS) {
            known = system.read(connection -> {
                try (PreparedStatement query = connection.prepareStatement(
                        "select name, contact_email, default_theme, default_modules from instance_settings");
                        ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return new Values(rs.getString(1), rs.getString(2), rs.getString(3),
                            Arrays.asList((String[]) rs.getArray(4).getArray()));
                }
            });
            cached = known;
            readAt = System.nanoTime();
        }
        return known;
    }

    /** A new organisation's description completed with the instance's default theme and modules where it has none. */
    public JsonObject withDefaults(JsonObject organisation) {
        Values defaults = current();
        var completed = JSON.createObjectBuilder(organisation);
        if (!organisation.containsKey("theme")) {
            completed.add("theme", defaults.defaultTheme());
        }
        if (!organisation.containsKey("allowedModules")) {
            completed.add("allowedModules", JSON.createArrayBuilder(defaults.defaultModules()));
        }
        return completed.build();
    }

    public Values change(String actor, Values values) {
        if (themes.find(values.defaultTheme()).isEmpty()) {
            throw Problem.badRequest("there is no theme " + values.defaultTheme() + "; themes are "
                    + themes.all().stream().map(org.communa.server.web.ThemePack::name).toList());
        }
        system.audited(new AuditEntry(actor, "instance.settings", null, values.toJson().toString()), connection -> {
            try (PreparedStatement update = connection.prepareStatement("update instance_settings set name = ?, "
                    + "contact_email = ?, default_theme = ?, default_modules = ?, updated_at = now()")) {
                Array modules = connection.createArrayOf("text", values.defaultModules().toArray());
                update.setString(1, values.name());
                update.setString(2, values.contactEmail());
                update.setString(3, values.defaultTheme());
                update.setArray(4, modules);
                return update.executeUpdate();
            }
        });
        cached = values;
        readAt = System.nanoTime();
        return values;
    }
}
