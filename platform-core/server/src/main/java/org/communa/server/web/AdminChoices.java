package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.persistence.TranslationsConverter;

/** The organisation's spaces, scopes and components, for the admin forms that choose among them (audiences, statistics). */
@RequestScoped
public class AdminChoices {

    @Inject TenantTransactions transactions;
    @Inject RequestOrganisation organisation;

    /** "spaces", "scopes" and "components" (each component with its space's name), as template lists. */
    public Map<String, Object> all() {
        return transactions.inTenant(organisation.tenant(), em -> {
            TranslationsConverter translations = new TranslationsConverter();
            Map<String, Object> choices = new LinkedHashMap<>();
            choices.put("spaces", rows(em.createNativeQuery("select id, title::text from spaces order by created_at").getResultList(),
                    translations));
            choices.put("scopes", rows(em.createNativeQuery("select id, name::text from scopes order by code").getResultList(),
                    translations));
            choices.put("components", rows(em.createNativeQuery("select c.id, c.name::text, s.title::text, s.id from components c "
                    + "join spaces s on s.id = c.space_id order by s.created_at, c.position").getResultList(), translations));
            return choices;
        });
    }

    private static List<Map<String, Object>> rows(List<?> rows, TranslationsConverter translations) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", columns[0].toString());
            item.put("name", translations.convertToEntityAttribute(columns[1]));
            if (columns.length > 2) {
                item.put("space", translations.convertToEntityAttribute(columns[2]));
                item.put("spaceId", columns[3].toString());
            }
            result.add(item);
        }
        return result;
    }
}
