package org.communa.server.representativeness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.Map;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;

/** The population the organisation serves, per choice of one attribute (students per campus, residents per age band). */
@ApplicationScoped
public class PopulationReferences {

    @Inject TenantTransactions transactions;

    /** Replaces the attribute's figures: {"choice code": population, ...}; a choice left out has none. */
    public void replace(TenantId tenant, String attribute, JsonObject figures) {
        transactions.runInTenant(tenant, em -> {
            Map<String, DemographicAttributes.Choice> choices = DemographicAttributes.choices(
                    DemographicAttributes.find(DemographicAttributes.all(em), attribute));
            figures.forEach((code, value) -> {
                if (!choices.containsKey(code)) {
                    throw Problem.unprocessable(attribute + " has no choice " + code + "; its choices are " + choices.keySet());
                }
                if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0) {
                    throw Problem.badRequest("the population of " + code + " must be a whole number, 0 or more; got: " + value);
                }
            });
            em.createNativeQuery("delete from population_references where attribute = ?1").setParameter(1, attribute).executeUpdate();
            figures.forEach((code, value) -> em.createNativeQuery("insert into population_references (attribute, value, population) "
                    + "values (?1, ?2, ?3)").setParameter(1, attribute).setParameter(2, code)
                    .setParameter(3, ((JsonNumber) value).longValue()).executeUpdate());
        });
    }

    /** The minimum number of people a group must have to be shown (5 at least; 10 unless the organisation chose). */
    public void minimumGroupSize(TenantId tenant, int size) {
        if (size < 5 || size > 1000) {
            throw Problem.badRequest("the minimum group size is between 5 and 1000, got: " + size);
        }
        transactions.runInTenant(tenant, em -> em.createNativeQuery("update organisations set minimum_group_size = ?1")
                .setParameter(1, size).executeUpdate());
    }
}
