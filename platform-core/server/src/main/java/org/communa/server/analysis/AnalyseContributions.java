package org.communa.server.analysis;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;

/**
 * Groups a space's visible contributions (what modules index for search — proposals, projects, meetings —
 * and the comments on them, the newest 5,000) into themes on this server, and keeps the result as a new
 * analysis, not validated, not published.
 */
@ApplicationScoped
public class AnalyseContributions {

    public static final String METHOD = "local: PostgreSQL stems (fr, en), TF-IDF, spherical k-means, silhouette";
    static final int MAX_CONTRIBUTIONS = 5_000;
    static final int MAX_THEMES = 12;
    static final int EXAMPLES = 5;

    @Inject TenantTransactions transactions;

    public UUID analyse(TenantId tenant, UUID space, UUID admin) {
        UUID id = UUID.randomUUID();
        transactions.runInTenant(tenant, em -> {
            if (em.createNativeQuery("select 1 from spaces where id = ?1").setParameter(1, space).getResultList().isEmpty()) {
                throw Problem.notFound("no space " + space + " in this organisation");
            }
            List<Contribution> contributions = contributions(em, space);
            ThemeFinder.Result found = ThemeFinder.find(new TermVectors(contributions, new SqlStemmer(em.unwrap(Connection.class))),
                    MAX_THEMES);
            em.createNativeQuery("insert into contribution_analyses (id, space_id, method, result, created_by) values "
                    + "(?1, ?2, ?3, cast(?4 as jsonb), ?5)").setParameter(1, id).setParameter(2, space).setParameter(3, METHOD)
                    .setParameter(4, json(contributions, found).toString()).setParameter(5, admin).executeUpdate();
        });
        return id;
    }

    private static List<Contribution> contributions(EntityManager em, UUID space) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with base as (select '/' || case s.kind when 'process' then 'processes' else 'assemblies' end || '/' || s.slug
                                     || '/c/' || c.id as path, c.id as component_id
                                from components c join spaces s on s.id = c.space_id where s.id = ?1 and c.published)
                select * from (
                  select d.resource_type || ':' || d.resource_id as id, 'resource' as kind, d.title, d.body,
                         b.path || case when d.url = '' then '' else '/' || d.url end as url, d.updated_at as at
                    from search_documents d join base b on b.component_id = d.component_id
                   where d.visible
                  union all
                  select 'comment:' || m.id, 'comment', '', m.body,
                         b.path || coalesce('/' || nullif(d.url, ''), '') || '#comment-' || m.id, m.created_at
                    from comments m join base b on b.component_id = m.component_id
                    left join search_documents d on d.component_id = m.component_id and d.resource_type = m.resource_type
                                                 and d.resource_id = m.resource_id
                   where m.deleted_at is null and coalesce(d.visible, true)
                     and not exists (select 1 from resource_stats r where r.component_id = m.component_id
                                        and r.resource_type = 'comment' and r.resource_id = m.id::text and r.hidden_at is not null)
                ) all_contributions order by at desc limit ?2""").setParameter(1, space).setParameter(2, MAX_CONTRIBUTIONS).getResultList();
        List<Contribution> contributions = new ArrayList<>();
        for (Object[] row : rows) {
            contributions.add(new Contribution((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return contributions;
    }

    private static JsonObject json(List<Contribution> contributions, ThemeFinder.Result found) {
        JsonArrayBuilder themes = JSON.createArrayBuilder();
        for (ThemeFinder.Theme theme : found.themes()) {
            JsonArrayBuilder words = JSON.createArrayBuilder();
            theme.words().forEach(words::add);
            JsonArrayBuilder members = JSON.createArrayBuilder();
            theme.members().forEach(m -> members.add(item(contributions.get(m))));
            themes.add(JSON.createObjectBuilder().add("label", String.join(", ", theme.words())).add("words", words)
                    .add("size", theme.members().size()).add("members", members));
        }
        JsonArrayBuilder duplicates = JSON.createArrayBuilder();
        for (ThemeFinder.Pair pair : found.nearDuplicates()) {
            duplicates.add(JSON.createObjectBuilder().add("first", item(contributions.get(pair.first())))
                    .add("second", item(contributions.get(pair.second()))).add("similarity", Math.round(pair.similarity() * 100) / 100.0));
        }
        JsonArrayBuilder unclassified = JSON.createArrayBuilder();
        found.unclassified().forEach(u -> unclassified.add(item(contributions.get(u))));
        return JSON.createObjectBuilder().add("contributions", contributions.size()).add("themes", themes)
                .add("nearDuplicates", duplicates).add("unclassified", unclassified).build();
    }

    private static JsonObjectBuilder item(Contribution c) {
        String text = c.title().isBlank() ? c.text() : c.title();
        return JSON.createObjectBuilder().add("id", c.id()).add("kind", c.kind())
                .add("title", text.length() > 160 ? text.substring(0, 159) + "…" : text).add("url", c.url());
    }
}
