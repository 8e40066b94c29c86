package org.communa.server.maps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;

/** The outlines of the organisation's scopes: set or cleared by its admins, read by every map as GeoJSON. */
@ApplicationScoped
public class ScopeOutlines {

    @Inject TenantTransactions transactions;

    /** Stores the checked outline (null clears it), in the admin's transaction; a 404 for a scope not the organisation's. */
    public static void change(jakarta.persistence.EntityManager em, String scope, JsonObject geoJson) {
        String outline = geoJson == null ? null : GeoJsonOutline.geometry(geoJson).toString();
        int changed = em.createNativeQuery("update scopes set outline = cast(?1 as jsonb) where id = ?2")
                .setParameter(1, outline).setParameter(2, org.communa.server.http.Ids.inPath(scope, "scope")).executeUpdate();
        if (changed == 0) {
            throw Problem.notFound("no scope " + scope);
        }
    }

    /** A FeatureCollection of the scopes that have an outline, each named by its code and French name. */
    public JsonObject all(TenantId tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = transactions.inTenant(tenant, em -> em.createNativeQuery(
                "select code, coalesce(name ->> 'fr', code), outline::text from scopes where outline is not null order by code limit 500")
                .getResultList());
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (Object[] row : rows) {
            features.add(Json.createObjectBuilder().add("type", "Feature")
                    .add("properties", Json.createObjectBuilder().add("code", (String) row[0]).add("name", (String) row[1]))
                    .add("geometry", Json.createReader(new StringReader((String) row[2])).readObject()));
        }
        return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build();
    }
}
