package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;

/**
 * A signed-in participant changes how they appear (display name), the language of their e-mails, and
 * how they want to be contacted (notification e-mails, newsletter consent).
 */
@ApplicationScoped
public class ChangeProfile {

    @Inject TenantTransactions transactions;

    public void changeProfile(TenantId tenant, CurrentParticipant current, String displayName, String locale) {
        transactions.runInTenant(tenant, em -> ParticipantQueries.byId(em, current.id()).changeProfile(displayName, locale));
    }

    public void chooseContact(TenantId tenant, CurrentParticipant current, EmailFrequency frequency, boolean newsletter) {
        transactions.runInTenant(tenant, em -> ParticipantQueries.byId(em, current.id()).chooseContact(frequency, newsletter));
    }
}
