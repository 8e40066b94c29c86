package org.communa.server.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonObject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.util.Properties;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.CommunaSettings.SmtpSettings;
import org.communa.server.platform.Platform;

/**
 * Runs "mail" jobs: sends through the organisation's own SMTP server when it has one, the instance's
 * otherwise. A failure throws, so the job queue retries with backoff.
 */
@ApplicationScoped
public class SmtpMailer implements Platform.JobRegistration {

    @Inject CommunaSettings settings;
    @Inject jakarta.enterprise.inject.Instance<TenantTransactions> transactions;

    @Override
    public void register(JobQueue queue) {
        queue.register(MailQueue.JOB_TYPE, this::send);
    }

    void send(TenantId tenant, String payload) throws MessagingException {
        OutgoingMail mail = OutgoingMail.fromJson(payload);
        SmtpSettings smtp = organisationSmtp(tenant);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
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
        MimeMessage message = new MimeMessage(Session.getInstance(properties, authenticator));
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.text(), "UTF-8");
        Transport.send(message);
    }

    /** organisations.smtp, when set: {"host","port","user","password","startTls","from"}. */
    private SmtpSettings organisationSmtp(TenantId tenant) {
        SmtpSettings instance = settings.smtp();
        String json = transactions.get().inTenant(tenant, em -> {
            java.util.List<?> rows = em.createNativeQuery("select smtp::text from organisations").getResultList();
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
