package org.communa.server.web;

import io.pebbletemplates.pebble.error.PebbleException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.ReadCaches;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.web.sandbox.TemplateLimitExceeded;

/**
 * An organisation's own version of one of the participants' page templates: checked by compiling it with the
 * organisation's other templates and rendering it once in the sandbox, then stored (or removed, back to the theme's).
 * Saving a template again clears the failure that had set it aside.
 */
@RequestScoped
public class ReplaceTemplate {

    static final List<String> REPLACEABLE = List.of("layouts/base", "partials/header", "partials/footer", "partials/phases",
            "partials/home/hero", "partials/home/processes", "partials/home/assemblies", "partials/home/statistics",
            "partials/home/activity", "pages/home", "pages/spaces", "pages/space", "pages/error");
    private static final int MAX_LENGTH = 100_000;

    @Inject PageRenderer pages;
    @Inject PageEngines engines;
    @Inject TenantTransactions transactions;
    @Inject RequestOrganisation organisation;
    @Inject ReadCaches caches;

    public void replace(String name, String source) {
        requireReplaceable(name);
        if (source == null || source.isBlank() || source.length() > MAX_LENGTH) {
            throw Problem.badRequest("a template has between 1 and " + MAX_LENGTH + " characters");
        }
        OrganisationView org = pages.organisation();
        try {
            engines.check(org, name, source, pages.layoutContext(org, org.defaultLocale()));
        } catch (TemplateLimitExceeded e) {
            throw Problem.badRequest("the template is over a limit of the page sandbox: " + e.getMessage())
                    .explainedAs(e.messageKey(), e.messageArguments());
        } catch (PebbleException e) {
            throw Problem.badRequest("the template does not compile: " + e.getMessage());
        }
        write(name, source);
    }

    public void reset(String name) {
        requireReplaceable(name);
        write(name, null);
    }

    static void requireReplaceable(String name) {
        if (name == null || !REPLACEABLE.contains(name)) {
            throw Problem.notFound("no replaceable template " + name + "; they are " + REPLACEABLE);
        }
    }

    private void write(String name, String source) {
        transactions.runInTenant(organisation.tenant(), em -> (source == null
                ? em.createNativeQuery("delete from organisation_templates where name = ?1").setParameter(1, name)
                : em.createNativeQuery("insert into organisation_templates (name, source) values (?1, ?2) on conflict (tenant_id, name) "
                        + "do update set source = excluded.source, updated_at = now(), failure = null, failed_at = null").setParameter(1, name).setParameter(2, source))
                .executeUpdate());
        caches.invalidateContent(organisation.tenant());
    }
}
