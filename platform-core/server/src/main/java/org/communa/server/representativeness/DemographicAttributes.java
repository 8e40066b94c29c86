package org.communa.server.representativeness;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.persistence.TranslationsConverter;

/**
 * The groups participants may declare: their scope (always offered when the organisation has scopes; the
 * choices are its scopes) and the attributes the organisation defines, each with its choices (an age band:
 * "18-24", "25-34"...). Changing an attribute's choices drops declarations and references of choices it no
 * longer has.
 */
@ApplicationScoped
public class DemographicAttributes {

    public static final String SCOPE = "scope";

    /** One attribute and its choices, in order. */
    public record Attribute(String key, Map<String, String> name, List<Choice> choices) {
    }

    public record Choice(String code, Map<String, String> name) {
    }

    @Inject TenantTransactions transactions;

    public List<Attribute> all(TenantId tenant) {
        return transactions.inTenant(tenant, DemographicAttributes::all);
    }

    static List<Attribute> all(EntityManager em) {
        TranslationsConverter translations = new TranslationsConverter();
        List<Attribute> attributes = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> scopes = em.createNativeQuery("select id, name::text from scopes order by code").getResultList();
        if (!scopes.isEmpty()) {
            attributes.add(new Attribute(SCOPE, Map.of("fr", "Périmètre", "en", "Scope"), scopes.stream()
                    .map(s -> new Choice(s[0].toString(), translations.convertToEntityAttribute(s[1]))).toList()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select key, name::text, choices::text from demographic_attributes "
                + "order by position, key").getResultList();
        for (Object[] row : rows) {
            List<Choice> choices = new ArrayList<>();
            for (JsonValue choice : JSON.createReader(new StringReader((String) row[2])).readArray()) {
                JsonObject c = choice.asJsonObject();
                choices.add(new Choice(c.getString("code"), translations.convertToEntityAttribute(c.getJsonObject("name").toString())));
            }
            attributes.add(new Attribute((String) row[0], translations.convertToEntityAttribute(row[1]), choices));
        }
        return attributes;
    }

    /**
     * Replaces the organisation's own attributes: [{key, name: {fr…}, choices: [{code, name: {fr…}}]}]; the
     * scope is not among them (it follows the scopes).
     */
    public void replace(TenantId tenant, JsonArray attributes) {
        List<Object[]> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (!(attributes.get(i) instanceof JsonObject attribute)) {
                throw Problem.badRequest("attributes[" + i + "] must be an object");
            }
            String key = JsonFields.requiredString(attribute, "key");
            if (!key.matches("[a-z][a-z0-9_]{0,40}") || key.equals(SCOPE) || !keys.add(key)) {
                throw Problem.badRequest("attributes[" + i + "].key must be a new snake_case name other than \"scope\", got: " + key);
            }
            Map<String, String> name = JsonFields.requiredTranslations(attribute, "name");
            JsonValue given = attribute.get("choices");
            if (!(given instanceof JsonArray choices) || choices.size() < 2 || choices.size() > 50) {
                throw Problem.badRequest("attributes[" + i + "].choices must list 2 to 50 choices");
            }
            JsonArrayBuilder stored = JSON.createArrayBuilder();
            Set<String> codes = new HashSet<>();
            for (int j = 0; j < choices.size(); j++) {
                if (!(choices.get(j) instanceof JsonObject choice)) {
                    throw Problem.badRequest("attributes[" + i + "].choices[" + j + "] must be an object");
                }
                String code = JsonFields.requiredString(choice, "code");
                if (!code.matches("[A-Za-z0-9][A-Za-z0-9_+.-]{0,40}") || !codes.add(code)) {
                    throw Problem.badRequest("attributes[" + i + "].choices[" + j + "].code must be a new short code (letters, "
                            + "digits, - + . _), got: " + code);
                }
                stored.add(JSON.createObjectBuilder().add("code", code)
                        .add("name", TranslationsConverter.toJson(JsonFields.requiredTranslations(choice, "name"))));
            }
            rows.add(new Object[] {key, TranslationsConverter.toJson(name).toString(), stored.build().toString(), i});
        }
        transactions.runInTenant(tenant, em -> {
            em.createNativeQuery("delete from demographic_attributes").executeUpdate();
            for (Object[] row : rows) {
                em.createNativeQuery("insert into demographic_attributes (key, name, choices, position) values "
                        + "(?1, cast(?2 as jsonb), cast(?3 as jsonb), ?4)").setParameter(1, row[0]).setParameter(2, row[1])
                        .setParameter(3, row[2]).setParameter(4, row[3]).executeUpdate();
            }
            // what no attribute offers any more goes: declarations and reference figures alike
            for (String table : List.of("participant_demographics", "population_references")) {
                em.createNativeQuery("delete from " + table + " t where t.attribute <> 'scope' and not exists (select 1 from "
                        + "demographic_attributes a, jsonb_array_elements(a.choices) c where a.key = t.attribute and c ->> 'code' = t.value)")
                        .executeUpdate();
            }
        });
    }

    /** The attribute with this key, or a 404 naming it. */
    static Attribute find(List<Attribute> attributes, String key) {
        return attributes.stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> Problem.notFound("no attribute " + key + " in this organisation"));
    }

    static Map<String, Choice> choices(Attribute attribute) {
        Map<String, Choice> byCode = new LinkedHashMap<>();
        attribute.choices().forEach(c -> byCode.put(c.code(), c));
        return byCode;
    }
}
