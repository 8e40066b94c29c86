package org.communa.tenants;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;
import org.communa.kernel.problem.Problem;

/**
 * The system admins' use cases on organisations: provision, list, read, update, suspend and resume.
 * Each change is one audited system transaction, and flushes host resolution caches.
 */
public final class OrganisationRegistry {

    private final SystemTransactions system;
    private final HostResolver hosts;

    public OrganisationRegistry(SystemTransactions system, HostResolver hosts) {
        this.system = system;
        this.hosts = hosts;
    }

    public Organisation provision(String actor, OrganisationSpec spec) {
        UUID id = UUID.randomUUID();
        Organisation created = system.audited(new AuditEntry(actor, "organisation.create", id, slugDetail(spec)), c -> {
            OrganisationRows.insert(c, id, spec);
            return OrganisationRows.find(c, id).orElseThrow();
        });
        hosts.invalidate();
        return created;
    }

    public List<Organisation> list(int offset, int limit) {
        return system.read(c -> OrganisationRows.list(c, offset, limit));
    }

    public Organisation get(UUID id) {
        return system.read(c -> OrganisationRows.find(c, id))
                .orElseThrow(() -> Problem.notFound("no organisation " + id));
    }

    public Organisation update(String actor, UUID id, OrganisationSpec spec) {
        Organisation updated = system.audited(new AuditEntry(actor, "organisation.update", id, slugDetail(spec)), c -> {
            OrganisationRows.find(c, id).orElseThrow(() -> Problem.notFound("no organisation " + id));
            OrganisationRows.update(c, id, spec);
            return OrganisationRows.find(c, id).orElseThrow();
        });
        hosts.invalidate();
        return updated;
    }

    public Organisation changeStatus(String actor, UUID id, boolean suspended) {
        String status = suspended ? "suspended" : "active";
        Organisation changed = system.audited(new AuditEntry(actor, "organisation." + (suspended ? "suspend" : "resume"), id, "{}"), c -> {
            try (var update = c.prepareStatement("update organisations set status = ?, updated_at = now() where id = ?")) {
                update.setString(1, status);
                update.setObject(2, id);
                if (update.executeUpdate() == 0) {
                    throw Problem.notFound("no organisation " + id);
                }
            }
            return OrganisationRows.find(c, id).orElseThrow();
        });
        hosts.invalidate();
        return changed;
    }

    /** Sets (or, with null, removes) the organisation's own SMTP server. The password is not audited. */
    public void changeSmtp(String actor, UUID id, SmtpSettingsSpec smtp) {
        String detail = smtp == null ? "{}" : "{\"host\":\"" + smtp.host() + "\"}";
        system.audited(new AuditEntry(actor, "organisation.smtp", id, detail), c -> {
            try (var update = c.prepareStatement("update organisations set smtp = ?::jsonb, updated_at = now() where id = ?")) {
                update.setString(1, smtp == null ? null : smtp.toJson());
                update.setObject(2, id);
                if (update.executeUpdate() == 0) {
                    throw Problem.notFound("no organisation " + id);
                }
            }
            return null;
        });
    }

    private static String slugDetail(OrganisationSpec spec) {
        return "{\"slug\":\"" + spec.slug() + "\"}";
    }
}
