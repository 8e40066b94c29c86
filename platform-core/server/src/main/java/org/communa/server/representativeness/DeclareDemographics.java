package org.communa.server.representativeness;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;

/**
 * A participant says which groups they belong to, for the organisation's anonymous statistics only, with
 * explicit consent: each declaration keeps the date of consent; withdrawing consent deletes them all.
 */
@ApplicationScoped
public class DeclareDemographics {

    @Inject TenantTransactions transactions;

    /** consent false: forget everything declared. Otherwise values replace the declarations (a blank value removes one). */
    public void declare(TenantId tenant, UUID participant, boolean consent, Map<String, String> values) {
        transactions.runInTenant(tenant, em -> {
            if (!consent) {
                em.createNativeQuery("delete from participant_demographics where participant_id = ?1").setParameter(1, participant)
                        .executeUpdate();
                return;
            }
            List<DemographicAttributes.Attribute> attributes = DemographicAttributes.all(em);
            values.forEach((key, value) -> {
                DemographicAttributes.Attribute attribute = DemographicAttributes.find(attributes, key);
                if (value != null && !value.isBlank() && !DemographicAttributes.choices(attribute).containsKey(value)) {
                    throw Problem.unprocessable(key + " has no choice " + value).explainedAs("problem.demographics.choice");
                }
            });
            values.forEach((key, value) -> {
                em.createNativeQuery("delete from participant_demographics where participant_id = ?1 and attribute = ?2")
                        .setParameter(1, participant).setParameter(2, key).executeUpdate();
                if (value != null && !value.isBlank()) {
                    em.createNativeQuery("insert into participant_demographics (participant_id, attribute, value) values (?1, ?2, ?3)")
                            .setParameter(1, participant).setParameter(2, key).setParameter(3, value).executeUpdate();
                }
            });
        });
    }

    /** What the participant declared, with the date of consent. */
    public JsonObject declared(TenantId tenant, UUID participant) {
        return transactions.inTenant(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select attribute, value, to_char(consented_at at time zone 'UTC', "
                    + "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from participant_demographics where participant_id = ?1 order by attribute")
                    .setParameter(1, participant).getResultList();
            JsonObjectBuilder values = JSON.createObjectBuilder();
            String consentedAt = null;
            for (Object[] row : rows) {
                values.add((String) row[0], (String) row[1]);
                consentedAt = consentedAt == null || consentedAt.compareTo((String) row[2]) > 0 ? (String) row[2] : consentedAt;
            }
            JsonObjectBuilder json = JSON.createObjectBuilder().add("values", values);
            if (consentedAt != null) {
                json.add("consentedAt", consentedAt);
            }
            return json.build();
        });
    }
}
