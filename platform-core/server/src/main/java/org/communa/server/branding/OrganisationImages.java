package org.communa.server.branding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.ReadCaches;

/**
 * An organisation's logo and favicon: PNG, JPEG or WebP recognised by their content (not by what the
 * browser claims), at most 256 KB; SVG is refused because it can carry scripts.
 */
@ApplicationScoped
public class OrganisationImages {

    public static final List<String> NAMES = List.of("logo", "favicon");
    static final int MAX_BYTES = 256 * 1024;

    /** An image as stored: its type, found from its first bytes, and its content. */
    public record Image(String contentType, byte[] content) {
    }

    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;

    public void replace(TenantId tenant, String name, byte[] content) {
        requireName(name);
        if (content == null || content.length == 0) {
            throw Problem.badRequest("choose an image file");
        }
        if (content.length > MAX_BYTES) {
            throw Problem.badRequest("the image is " + content.length / 1024 + " KB; at most " + MAX_BYTES / 1024 + " KB");
        }
        String type = typeOf(content).orElseThrow(() -> Problem.badRequest("the image must be a PNG, JPEG or WebP file"));
        transactions.runInTenant(tenant, em -> em.createNativeQuery("""
                insert into organisation_images (name, content_type, content) values (?1, ?2, ?3)
                on conflict (tenant_id, name) do update set content_type = excluded.content_type, content = excluded.content,
                updated_at = now()""").setParameter(1, name).setParameter(2, type).setParameter(3, content).executeUpdate());
        caches.invalidateContent(tenant);
    }

    public void remove(TenantId tenant, String name) {
        requireName(name);
        transactions.runInTenant(tenant, em -> em.createNativeQuery("delete from organisation_images where name = ?1")
                .setParameter(1, name).executeUpdate());
        caches.invalidateContent(tenant);
    }

    public Optional<Image> find(TenantId tenant, String name) {
        requireName(name);
        return transactions.inTenant(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select content_type, content from organisation_images where name = ?1")
                    .setParameter(1, name).getResultList();
            return rows.stream().findFirst().map(row -> new Image((String) row[0], (byte[]) row[1]));
        });
    }

    /** PNG, JPEG or WebP, read from the first bytes; empty for anything else. */
    public static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of("image/jpeg");
        }
        if (content.length > 12 && startsWith(content, "RIFF".getBytes()) && "WEBP".equals(new String(content, 8, 4))) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }

    private static void requireName(String name) {
        if (!NAMES.contains(name)) {
            throw Problem.notFound("no image " + name + "; images are " + NAMES);
        }
    }
}
