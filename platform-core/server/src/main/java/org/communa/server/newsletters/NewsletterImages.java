package org.communa.server.newsletters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.branding.OrganisationImages;

/** Images for newsletters: PNG, JPEG or WebP (read from their first bytes), up to 2 MB, each at its own random address. */
@ApplicationScoped
public class NewsletterImages {

    public static final String PATH = "/newsletter-images/";
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject TenantTransactions transactions;

    /** Stores the image; answers the address to put in a newsletter's HTML. */
    public String store(TenantId tenant, byte[] content) {
        if (content == null || content.length == 0) {
            throw Problem.badRequest("choose an image file");
        }
        if (content.length > MAX_BYTES) {
            throw Problem.badRequest("the image is " + content.length / 1024 + " KB; at most " + MAX_BYTES / 1024 + " KB");
        }
        String type = OrganisationImages.typeOf(content).orElseThrow(() -> Problem.badRequest("the image must be a PNG, JPEG or WebP file"));
        UUID id = UUID.randomUUID();
        transactions.runInTenant(tenant, em -> em.createNativeQuery("insert into newsletter_images (id, content_type, content) "
                + "values (?1, ?2, ?3)").setParameter(1, id).setParameter(2, type).setParameter(3, content).executeUpdate());
        return PATH + id;
    }

    public Optional<OrganisationImages.Image> find(TenantId tenant, UUID id) {
        return transactions.inTenant(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select content_type, content from newsletter_images where id = ?1")
                    .setParameter(1, id).getResultList();
            return rows.stream().findFirst().map(row -> new OrganisationImages.Image((String) row[0], (byte[]) row[1]));
        });
    }
}
