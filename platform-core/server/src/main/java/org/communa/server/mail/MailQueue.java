package org.communa.server.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.tenant.TenantId;

/** Hands e-mails to the durable job queue; the request does not wait for SMTP. */
@ApplicationScoped
public class MailQueue {

    static final String JOB_TYPE = "mail";
    @Inject JobQueue jobs;

    public void send(TenantId tenant, OutgoingMail mail) {
        jobs.enqueue(JOB_TYPE, tenant, mail.toJson());
    }
}
