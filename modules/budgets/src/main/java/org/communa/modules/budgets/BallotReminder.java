package org.communa.modules.budgets;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.JobContext;
import org.communa.module.api.JobHandler;

/**
 * The one reminder of a ballot started and not checked out, before the vote closes (as Decidim sends): nothing
 * when the participant has voted since, nor twice. The participant's notification settings decide whether it
 * also comes by e-mail (never: it stays in their notifications on the site).
 */
final class BallotReminder implements JobHandler {

    @Override
    public void run(JobContext job) {
        String[] payload = job.payload().split(" ");
        UUID budget = UUID.fromString(payload[0]);
        UUID participant = UUID.fromString(payload[1]);
        // marked before telling: a job run again after a failure sends no second reminder
        Optional<String> title = job.data().write(sql -> {
            if (sql.first("select 1 from budgets_ballots where budget_id = ? and participant_id = ?", budget, participant).isPresent()) {
                return Optional.<String>empty();
            }
            int marked = sql.update("update budgets_drafts set reminded_at = now() where budget_id = ? and participant_id = ? "
                    + "and reminded_at is null", budget, participant);
            return marked == 0 ? Optional.<String>empty()
                    : sql.first("select title from budgets_budgets where id = ?", budget).map(row -> row.string("title"));
        });
        title.ifPresent(name -> job.notifications().notifyParticipant(participant, "ballot_reminder", Map.of("fr", name),
                "budgets/" + budget));
    }
}
