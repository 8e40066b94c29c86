package org.communa.server.web;

import io.pebbletemplates.pebble.error.PebbleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.ReadCaches;
import org.communa.server.web.sandbox.TemplateLimitExceeded;

/**
 * Keeps, for the organisation's admins, why one of its own templates failed to render while the theme's version
 * of the page did not; the failed template is then set aside (its pages use the theme's) until it is saved
 * again, so that a template over a limit costs its organisation one failed render, not one per visit.
 */
@ApplicationScoped
public class RecordTemplateFailure {

    private static final Logger LOG = Logger.getLogger(RecordTemplateFailure.class.getName());
    private static final int MAX_REASON = 2_000;

    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;

    void record(OrganisationView org, String page, RuntimeException failure) {
        List<String> culprits = culprits(org.activeTemplates().keySet(), page, failure);
        String reason = reason(failure, org.defaultLocale());
        LOG.warning("organisation " + org.id() + ": its template(s) " + culprits + " failed to render " + page
                + " and are set aside for the theme's: " + reason);
        TenantId tenant = new TenantId(org.id());
        transactions.runInTenant(tenant, em -> {
            for (String name : culprits) {
                em.createNativeQuery("update organisation_templates set failure = ?1, failed_at = now() where name = ?2")
                        .setParameter(1, reason).setParameter(2, name).executeUpdate();
            }
        });
        caches.invalidateContent(tenant);
    }

    /** The failing template when it is one of the organisation's, else the page's own if replaced, else all of them. */
    static List<String> culprits(Set<String> own, String page, RuntimeException failure) {
        String file = failure instanceof PebbleException pebble ? pebble.getFileName() : null;
        if (file != null && own.contains(file)) {
            return List.of(file);
        }
        return own.contains(page) ? List.of(page) : List.copyOf(own);
    }

    /** Why, in the organisation's own language when it is a limit of the sandbox (admins read it), else as thrown. */
    private static String reason(RuntimeException failure, String language) {
        String reason = failure instanceof TemplateLimitExceeded limit
                ? Messages.text(language, limit.messageKey(), limit.messageArguments())
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }
}
