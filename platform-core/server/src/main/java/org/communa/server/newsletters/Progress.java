package org.communa.server.newsletters;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Where the sending of a newsletter stands: sent, failed (the mail server refused the address), unknown
 * (a process stopped while handing it over: not sent again, to never send twice), skipped (the recipient
 * withdrew consent or left before their turn) and remaining.
 */
public record Progress(long sent, long failed, long unknown, long skipped, long remaining) {

    public long total() {
        return sent + failed + unknown + skipped + remaining;
    }

    static Progress of(EntityManager em, UUID newsletter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select state, count(*) from newsletter_deliveries where newsletter_id = ?1 "
                + "group by state").setParameter(1, newsletter).getResultList();
        long sent = 0;
        long failed = 0;
        long unknown = 0;
        long skipped = 0;
        long remaining = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            switch ((String) row[0]) {
                case "sent" -> sent = count;
                case "failed" -> failed = count;
                case "unknown" -> unknown = count;
                case "skipped" -> skipped = count;
                default -> remaining += count; // pending, and sending while a batch is out
            }
        }
        return new Progress(sent, failed, unknown, skipped, remaining);
    }

    JsonObject toJson() {
        return JSON.createObjectBuilder().add("sent", sent).add("failed", failed).add("unknown", unknown).add("skipped", skipped)
                .add("remaining", remaining).add("total", total()).build();
    }
}
