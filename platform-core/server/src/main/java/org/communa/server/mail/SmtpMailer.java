package org.communa.server.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.platform.Platform;

/**
 * Runs "mail" jobs: sends through the organisation's own SMTP server when it has one, the instance's
 * otherwise. A failure throws, so the job queue retries with backoff.
 */
@ApplicationScoped
public class SmtpMailer implements Platform.JobRegistration {

    @Inject SmtpSessions sessions;

    @Override
    public void register(JobQueue queue) {
        queue.register(MailQueue.JOB_TYPE, this::send);
    }

    void send(TenantId tenant, String payload) throws MessagingException {
        OutgoingMail mail = OutgoingMail.fromJson(payload);
        SmtpSessions.OrganisationSmtp smtp = sessions.forOrganisation(tenant);
        MimeMessage message = new MimeMessage(smtp.session());
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.text(), "UTF-8");
        Transport.send(message);
    }
}
