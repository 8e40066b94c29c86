package org.communa.server.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.spaces.Space;
import org.communa.server.spaces.SpaceLookup;

/**
 * A participant follows a whole space: told of every new proposal (and later project, survey, meeting)
 * published in any of its components, as the participation services' notifications reach space followers.
 */
@ApplicationScoped
public class FollowSpace {

    @Inject TenantTransactions transactions;

    public boolean follows(TenantId tenant, UUID participant, String slug) {
        return transactions.inTenant(tenant, em -> !em.createNativeQuery("select 1 from follows where participant_id = ?1 "
                + "and component_id is null and resource_type = 'space' and resource_id = ?2").setParameter(1, participant)
                .setParameter(2, space(em, slug).id().toString()).getResultList().isEmpty());
    }

    public void follow(TenantId tenant, UUID participant, String slug, boolean follow) {
        if (participant == null) {
            throw Problem.unauthorized("sign in first").explainedAs("problem.signIn");
        }
        transactions.runInTenant(tenant, em -> {
            String space = space(em, slug).id().toString();
            if (follow) {
                em.createNativeQuery("insert into follows (participant_id, component_id, resource_type, resource_id) "
                        + "values (?1, null, 'space', ?2) on conflict do nothing").setParameter(1, participant).setParameter(2, space)
                        .executeUpdate();
            } else {
                em.createNativeQuery("delete from follows where participant_id = ?1 and component_id is null and resource_type = 'space' "
                        + "and resource_id = ?2").setParameter(1, participant).setParameter(2, space).executeUpdate();
            }
        });
    }

    private static Space space(jakarta.persistence.EntityManager em, String slug) {
        return SpaceLookup.publishedBySlug(em, slug);
    }
}
