package org.communa.server.analysis;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;

/**
 * The language model an organisation may connect (off by default): an OpenAI-compatible endpoint of its
 * choice, a model name and an API key, kept with the organisation; nothing in Communa depends on it.
 */
@ApplicationScoped
public class LanguageModel {

    /** Where to send requests, with what; the key never leaves this object for a page or an API answer. */
    public record Settings(URI endpoint, String model, String apiKey) {
    }

    @Inject TenantTransactions transactions;

    public void connect(TenantId tenant, String endpoint, String model, String apiKey) {
        URI uri;
        try {
            uri = URI.create(endpoint == null ? "" : endpoint.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("endpoint must be the address of an OpenAI-compatible API, e.g. https://models.example/v1; got: " + endpoint);
        }
        if (!List.of("https", "http").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
            throw Problem.badRequest("endpoint must be an http(s) address, e.g. https://models.example/v1; got: " + endpoint);
        }
        if (model == null || model.isBlank() || model.length() > 200) {
            throw Problem.badRequest("model is required (the name the endpoint knows it by)");
        }
        JsonObject stored = JSON.createObjectBuilder().add("endpoint", uri.toString()).add("model", model.strip())
                .add("apiKey", apiKey == null ? "" : apiKey.strip()).build();
        transactions.runInTenant(tenant, em -> em.createNativeQuery("update organisations set language_model = cast(?1 as jsonb)")
                .setParameter(1, stored.toString()).executeUpdate());
    }

    public void disconnect(TenantId tenant) {
        transactions.runInTenant(tenant, em -> em.createNativeQuery("update organisations set language_model = null").executeUpdate());
    }

    public Optional<Settings> settings(TenantId tenant) {
        return transactions.inTenant(tenant, em -> {
            Object stored = em.createNativeQuery("select language_model::text from organisations").getSingleResult();
            if (stored == null) {
                return Optional.empty();
            }
            JsonObject json = JSON.createReader(new StringReader(stored.toString())).readObject();
            return Optional.of(new Settings(URI.create(json.getString("endpoint")), json.getString("model"), json.getString("apiKey", "")));
        });
    }
}
