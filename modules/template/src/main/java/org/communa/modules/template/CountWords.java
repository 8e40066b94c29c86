package org.communa.modules.template;

import java.util.UUID;
import org.communa.module.api.JobContext;
import org.communa.module.api.JobHandler;

/**
 * A job, queued when an item is added: counts its words, outside the participant's request. Jobs may
 * run again after a failure, so it only ever sets the count, never adds to it.
 */
final class CountWords implements JobHandler {

    static final String JOB = "count_words";

    @Override
    public void run(JobContext job) {
        UUID item = UUID.fromString(job.payload());
        job.data().write(sql -> sql.first("select body from template_items where id = ?", item).map(row -> {
            int words = row.string("body").strip().split("\\s+").length;
            return sql.update("update template_items set words = ? where id = ?", words, item);
        }).orElse(0));
    }
}
