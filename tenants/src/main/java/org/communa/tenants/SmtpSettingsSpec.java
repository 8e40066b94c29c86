package org.communa.tenants;

import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;

/** An organisation's own mail server, used instead of the instance's for its e-mails. */
public record SmtpSettingsSpec(String host, int port, String user, String password, boolean startTls, String from) {

    public SmtpSettingsSpec {
        host = OrganisationSpec.normaliseHost("host", host);
        if (port < 1 || port > 65535) {
            throw Problem.badRequest("port must be between 1 and 65535");
        }
        if (from == null || !from.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+")) {
            throw Problem.badRequest("from must be an e-mail address");
        }
        if ((user == null) != (password == null)) {
            throw Problem.badRequest("user and password go together");
        }
    }

    public static SmtpSettingsSpec from(JsonObject json) {
        Integer port = JsonFields.optionalInt(json, "port");
        Boolean startTls = JsonFields.optionalBoolean(json, "startTls");
        return new SmtpSettingsSpec(JsonFields.requiredString(json, "host"), port == null ? 587 : port,
                JsonFields.optionalString(json, "user"), JsonFields.optionalString(json, "password"),
                startTls != null && startTls, JsonFields.requiredString(json, "from"));
    }

    /** The stored form, read by the mailer. */
    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("host", host).add("port", port).add("startTls", startTls)
                .add("from", from);
        if (user != null) {
            json.add("user", user).add("password", password);
        }
        return json.build().toString();
    }
}
