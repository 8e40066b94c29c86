package org.communa.server.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.communa.kernel.cache.TenantScopedCache;

/**
 * The server's tenant-partitioned caches. Public reads (rendered JSON of spaces, phases, scopes) and
 * resolved content (components) live 5 s and are dropped by every admin write of their organisation; sessions live 10 s and are dropped by
 * sign-out, password changes, erasure and role changes of their organisation. Each drop is made on every
 * process of the instance (the cluster carries it, by the names of {@link #named()}).
 */
@ApplicationScoped
public class ReadCaches {

    /** What a session cookie stands for, as far as a request needs to know. */
    public record SessionView(UUID participantId, UUID sessionId, String csrfToken, Set<String> roles) {
    }

    private final TenantScopedCache<String> publicReads = new TenantScopedCache<>(Duration.ofSeconds(5), 2_000);
    private final TenantScopedCache<org.communa.server.components.ModuleBodies.Encoded> moduleAnswers =
            new TenantScopedCache<>(Duration.ofSeconds(5), 2_000);
    private final TenantScopedCache<Object> resolvedContent = new TenantScopedCache<>(Duration.ofSeconds(5), 2_000);
    private final TenantScopedCache<SessionView> sessions = new TenantScopedCache<>(Duration.ofSeconds(10), 20_000);

    /** Modules' public JSON answers given to visitors (ModuleResponse.publicFor), per component, path, query and language. */
    public TenantScopedCache<org.communa.server.components.ModuleBodies.Encoded> moduleAnswers() {
        return moduleAnswers;
    }

    public TenantScopedCache<String> publicReads() {
        return publicReads;
    }

    /** Other content resolved from the database for requests (components and their settings), same rules as public reads. */
    public TenantScopedCache<Object> resolvedContent() {
        return resolvedContent;
    }

    /** After an admin changed the organisation's content: every cached rendering or resolution of it goes. */
    public void invalidateContent(org.communa.kernel.tenant.TenantId tenant) {
        publicReads.invalidate(tenant);
        moduleAnswers.invalidate(tenant);
        resolvedContent.invalidate(tenant);
    }

    /** After an instance-wide change of content (a module purged): every organisation reads afresh. */
    public void invalidateAllContent() {
        publicReads.invalidateAll();
        moduleAnswers.invalidateAll();
        resolvedContent.invalidateAll();
    }

    public TenantScopedCache<SessionView> sessions() {
        return sessions;
    }

    /** Every cache here by a name the processes of the instance share. */
    public java.util.Map<String, TenantScopedCache<?>> named() {
        return java.util.Map.of("public-reads", publicReads, "module-answers", moduleAnswers,
                "resolved-content", resolvedContent, "sessions", sessions);
    }
}
