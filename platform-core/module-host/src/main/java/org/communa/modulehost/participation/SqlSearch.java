package org.communa.modulehost.participation;

import java.util.List;
import org.communa.module.api.participation.Search;
import org.communa.module.api.participation.SearchHit;

/**
 * The organisation's search index. Documents are stemmed in French and in English with accents folded
 * (so "écoles" finds "ecole", by the database's {@code communa_document}); bodies are kept as plain text, for
 * the search page's extracts; near-duplicate titles are found by trigram similarity, which also catches
 * typos that stemming misses.
 */
public final class SqlSearch implements Search {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 20_000;
    /** Trigram similarity from which two titles count as alike (pg_trgm's default is 0.3). */
    static final double SIMILAR_TITLES = 0.3;
    private final ParticipationScope scope;

    public SqlSearch(ParticipationScope scope) {
        this.scope = scope;
    }

    @Override
    public void index(String type, String id, String title, String body, String path, boolean visible) {
        ParticipationScope.checkResource(type, id);
        String t = cut(title, MAX_TITLE);
        String b = cut(org.communa.modulehost.HtmlPolicy.plainText(body), MAX_BODY);
        scope.data().write(sql -> sql.update("insert into search_documents (component_id, resource_type, resource_id, title, body, url, "
                + "visible, document) values (?, ?, ?, ?, ?, ?, ?, communa_document(?, ?)) on conflict (component_id, resource_type, resource_id) "
                + "do update set title = excluded.title, body = excluded.body, url = excluded.url, visible = excluded.visible, "
                + "document = excluded.document, updated_at = now()",
                scope.componentId(), type, id, t, b, path == null ? "" : path, visible, t, b));
    }

    @Override
    public void remove(String type, String id) {
        ParticipationScope.checkResource(type, id);
        scope.data().write(sql -> sql.update("delete from search_documents where component_id = ? and resource_type = ? and resource_id = ?",
                scope.componentId(), type, id));
    }

    @Override
    public List<SearchHit> similar(String type, String title, int limit) {
        String words = cut(title, MAX_TITLE);
        if (words.isBlank()) {
            return List.of();
        }
        int capped = Math.max(1, Math.min(limit, 20));
        String statement = """
                select d.resource_type, d.resource_id, d.title, d.url,
                       greatest(similarity(d.title, ?), ts_rank(d.document, q.query)) as score
                  from search_documents d cross join (select communa_all_words(?) as query) q
                  left join resource_stats s on s.component_id = d.component_id and s.resource_type = d.resource_type
                       and s.resource_id = d.resource_id
                 where d.component_id = ? and d.resource_type = ? and d.visible and s.hidden_at is null
                   and (similarity(d.title, ?) >= %s or d.document @@ q.query)
                 order by score desc limit ?""".formatted(SIMILAR_TITLES);
        return scope.data().read(sql -> sql.query(statement, words, words, scope.componentId(), type, words, capped)
                .stream().map(r -> new SearchHit(r.string("resource_type"), r.string("resource_id"), r.string("title"),
                        r.string("url"), ((Number) r.get("score")).doubleValue())).toList());
    }

    static String cut(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max);
    }
}
