package org.communa.server.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.persistence.SqlTimes;
import org.communa.server.persistence.TranslationsConverter;

/** A participant's notifications, newest first, and marking them read. */
@ApplicationScoped
public class NotificationInbox {

    public record Entry(UUID id, String event, Map<String, String> title, String url, OffsetDateTime at, boolean read) {
    }

    @Inject TenantTransactions transactions;

    public List<Entry> latest(TenantId tenant, UUID participant, int limit) {
        return transactions.inTenant(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, event, title::text, url, created_at, read_at is not null "
                    + "from notifications where participant_id = ?1 order by created_at desc limit ?2")
                    .setParameter(1, participant).setParameter(2, limit).getResultList();
            return rows.stream().map(r -> new Entry((UUID) r[0], (String) r[1], new TranslationsConverter().convertToEntityAttribute((String) r[2]),
                    (String) r[3], SqlTimes.of(r[4]), (Boolean) r[5])).toList();
        });
    }

    public long unread(TenantId tenant, UUID participant) {
        return transactions.inTenant(tenant, em -> ((Number) em.createNativeQuery(
                "select count(*) from notifications where participant_id = ?1 and read_at is null")
                .setParameter(1, participant).getSingleResult()).longValue());
    }

    public int markAllRead(TenantId tenant, UUID participant) {
        return transactions.inTenant(tenant, em -> em.createNativeQuery(
                "update notifications set read_at = now() where participant_id = ?1 and read_at is null")
                .setParameter(1, participant).executeUpdate());
    }

}
