package org.communa.server.mail;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.CommunaSettings.SmtpSettings;

/**
 * The mail session an organisation sends through: its own SMTP server when it has one
 * (organisations.smtp), the instance's otherwise.
 */
@ApplicationScoped
public class SmtpSessions {

    /** A session and the sender address that goes with it. */
    public record OrganisationSmtp(Session session, String from) {
    }

    @Inject CommunaSettings settings;
    @Inject jakarta.enterprise.inject.Instance<TenantTransactions> transactions;

    public OrganisationSmtp forOrganisation(TenantId tenant) {
        SmtpSettings smtp = organisationSmtp(tenant);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        // the sender's address names this host in Message-IDs: no look-up of the machine's name for each e-mail
        properties.put("mail.from", smtp.from());
        Authenticator authenticator = null;
        if (smtp.user() != null) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(smtp.user(), smtp.password());
                }
            };
        }
        return new OrganisationSmtp(Session.getInstance(properties, authenticator), smtp.from());
    }

    /** organisations.smtp, when set: {"host","port","user","password","startTls","from"}. */
    private SmtpSettings organisationSmtp(TenantId tenant) {
        SmtpSettings instance = settings.smtp();
        String json = transactions.get().inTenant(tenant, em -> {
            List<?> rows = em.createNativeQuery("select smtp::text from organisations").getResultList();
            return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
        });
        if (json == null) {
            return instance;
        }
        JsonObject o = JSON.createReader(new StringReader(json)).readObject();
        return new SmtpSettings(o.getString("host", instance.host()), o.getInt("port", instance.port()),
                o.getString("user", null), o.getString("password", null), o.getBoolean("startTls", false),
                o.getString("from", instance.from()));
    }
}
