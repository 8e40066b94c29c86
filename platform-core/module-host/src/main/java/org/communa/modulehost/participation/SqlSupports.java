package org.communa.modulehost.participation;

import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Sql;
import org.communa.module.api.participation.SupportState;
import org.communa.module.api.participation.Supports;

/**
 * Supports, exact under any concurrency: the primary key makes a second support of the same resource
 * a no-op, the counter is updated in the same transaction, and a participant's supports in a component
 * are serialised by a transaction-scoped advisory lock so that two tabs cannot both pass the limit.
 */
public final class SqlSupports implements Supports {

    private final ParticipationScope scope;

    public SqlSupports(ParticipationScope scope) {
        this.scope = scope;
    }

    @Override
    public SupportState state(String type, String id) {
        ParticipationScope.checkResource(type, id);
        return scope.data().read(sql -> state(sql, type, id));
    }

    @Override
    public SupportState support(String type, String id, int limitPerParticipant) {
        ParticipationScope.checkResource(type, id);
        UUID participant = scope.requireParticipant();
        return scope.data().write(sql -> {
            lockParticipant(sql, participant);
            boolean already = sql.first("select 1 from supports where component_id = ? and resource_type = ? and resource_id = ? "
                    + "and participant_id = ?", scope.componentId(), type, id, participant).isPresent();
            if (!already) {
                int used = used(sql, participant);
                if (limitPerParticipant > 0 && used >= limitPerParticipant) {
                    throw ModuleProblem.conflict("you already support " + used + " of the " + limitPerParticipant
                            + " proposals you may support here; withdraw one first").explainedAs("problem.supportLimit", limitPerParticipant);
                }
                sql.update("insert into supports (component_id, resource_type, resource_id, participant_id) values (?, ?, ?, ?)",
                        scope.componentId(), type, id, participant);
                ResourceStats.add(sql, scope.componentId(), type, id, "supports", 1);
                sql.recordAction("support", type, id);
            }
            return state(sql, type, id);
        });
    }

    @Override
    public SupportState withdraw(String type, String id) {
        ParticipationScope.checkResource(type, id);
        UUID participant = scope.requireParticipant();
        return scope.data().write(sql -> {
            lockParticipant(sql, participant);
            int removed = sql.update("delete from supports where component_id = ? and resource_type = ? and resource_id = ? "
                    + "and participant_id = ?", scope.componentId(), type, id, participant);
            if (removed > 0) {
                ResourceStats.add(sql, scope.componentId(), type, id, "supports", -1);
                sql.recordAction("withdraw_support", type, id);
            }
            return state(sql, type, id);
        });
    }

    private void lockParticipant(Sql sql, UUID participant) {
        sql.query("select 1 as locked from pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 0))", scope.componentId().toString(), participant.toString());
    }

    private SupportState state(Sql sql, String type, String id) {
        int count = sql.first("select supports from resource_stats where component_id = ? and resource_type = ? and resource_id = ?",
                scope.componentId(), type, id).map(r -> r.integer("supports").intValue()).orElse(0);
        UUID participant = scope.participantId();
        if (participant == null) {
            return new SupportState(count, false, 0);
        }
        boolean mine = sql.first("select 1 from supports where component_id = ? and resource_type = ? and resource_id = ? "
                + "and participant_id = ?", scope.componentId(), type, id, participant).isPresent();
        return new SupportState(count, mine, used(sql, participant));
    }

    private int used(Sql sql, UUID participant) {
        return sql.first("select count(*) as used from supports where component_id = ? and participant_id = ?",
                scope.componentId(), participant).map(r -> r.integer("used").intValue()).orElse(0);
    }
}
