package org.communa.server.mail;

import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** One e-mail to send: the job payload of the "mail" job type. */
public record OutgoingMail(String to, String subject, String text) {

    String toJson() {
        return JSON.createObjectBuilder().add("to", to).add("subject", subject).add("text", text).build().toString();
    }

    static OutgoingMail fromJson(String json) {
        JsonObject o = JSON.createReader(new StringReader(json)).readObject();
        return new OutgoingMail(o.getString("to"), o.getString("subject"), o.getString("text"));
    }
}
