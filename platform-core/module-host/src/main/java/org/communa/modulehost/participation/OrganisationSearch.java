package org.communa.modulehost.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;

/**
 * Everything a visitor may see in the organisation that matches some words: its spaces, what every module
 * indexed through the SDK's {@code Search} (proposals, projects, meetings, surveys, pages...) and the comments
 * written on those. Runs in the organisation's connection, so row-level security keeps it to this organisation;
 * unpublished spaces and components, hidden or withdrawn resources, deleted or hidden comments stay out.
 */
public final class OrganisationSearch {

    public static final int PAGE = 20;
    static final int MAX_WORDS = 200;
    /** Marks around matched words in extracts, turned into {@code <mark>} only after the text is escaped. */
    private static final char START = '\u0001';
    private static final char STOP = '\u0002';

    /** The words, an optional resource type ("space", "comment" or a module's type) and space slug, and a page from 0. */
    public record Query(String words, String type, String space, int page, String language) {
        public Query {
            words = words == null ? "" : words.strip();
            words = words.length() > MAX_WORDS ? words.substring(0, MAX_WORDS) : words;
            type = type == null || type.isBlank() ? null : type;
            space = space == null || space.isBlank() ? null : space;
            page = Math.max(0, Math.min(page, 500));
        }
    }

    /** One result: extract and title are safe HTML (escaped text with the matched words in {@code <mark>}). */
    public record Hit(String type, String title, String extract, String url, String spaceSlug, String spaceTitle) {
    }

    /** A page of results, whether more follow, and how many results each type has (for the filters). */
    public record Results(List<Hit> hits, boolean more, Map<String, Integer> countsByType) {
        public int total() {
            return countsByType.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final String STATEMENT = """
            with q as (select communa_query(?) as query, ?::text as words, ?::text as lang),
            spaces_found as (
                select s.id, s.slug, s.kind, coalesce(s.title ->> q.lang, s.title ->> 'fr', (select min(v) from jsonb_each_text(s.title) t(k, v))) as title,
                       coalesce(s.description ->> q.lang, s.description ->> 'fr', '') as description
                  from spaces s, q where s.published and (?::text is null or s.slug = ?::text)),
            found as (
                select 'space' as type, s.title, regexp_replace(s.description, '<[^>]*>', ' ', 'g') as body, '' as path,
                       s.slug as space_slug, s.kind, s.title as space_title,
                       ts_rank(communa_document(s.title, s.description), q.query) as rank
                  from spaces_found s, q
                 where communa_document(s.title, regexp_replace(s.description, '<[^>]*>', ' ', 'g')) @@ q.query
                union all
                select d.resource_type, d.title, d.body, '/c/' || c.id || '/' || d.url, s.slug, s.kind, s.title,
                       greatest(ts_rank(d.document, q.query), similarity(d.title, q.words))
                  from search_documents d join components c on c.id = d.component_id and c.published
                  join spaces_found s on s.id = c.space_id cross join q
                  left join resource_stats st on st.component_id = d.component_id and st.resource_type = d.resource_type
                       and st.resource_id = d.resource_id
                 where d.visible and st.hidden_at is null and (d.document @@ q.query or d.title % q.words)
                union all
                select 'comment', d.title, cm.body, '/c/' || c.id || '/' || d.url || '#comment-' || cm.id, s.slug, s.kind, s.title,
                       ts_rank(cm.document, q.query) * 0.8
                  from comments cm join search_documents d on d.component_id = cm.component_id and d.resource_type = cm.resource_type
                       and d.resource_id = cm.resource_id and d.visible
                  join components c on c.id = cm.component_id and c.published
                  join spaces_found s on s.id = c.space_id cross join q
                  left join resource_stats st on st.component_id = cm.component_id and st.resource_type = cm.resource_type
                       and st.resource_id = cm.resource_id
                  left join resource_stats cs on cs.component_id = cm.component_id and cs.resource_type = 'comment'
                       and cs.resource_id = cm.id::text
                 where cm.document @@ q.query and cm.deleted_at is null and st.hidden_at is null and cs.hidden_at is null),
            page as (
                select * from found where ?::text is null or type = ?::text order by rank desc, title limit ? offset ?)
            select p.type, p.space_slug, p.kind, p.space_title, p.path,
                   ts_headline('public.communa_french', translate(p.title, chr(1) || chr(2), ''), q.query, 'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)) as title,
                   ts_headline('public.communa_french', translate(left(p.body, 5000), chr(1) || chr(2), ''), q.query, 'MaxFragments=2, MaxWords=30, MinWords=12, '
                       || 'FragmentDelimiter=" … ", StartSel=' || chr(1) || ', StopSel=' || chr(2)) as extract,
                   (select json_object_agg(type, n)::text from (select type, count(*) as n from found group by type) counts) as counts
              from page p, q order by p.rank desc, p.title""";

    private OrganisationSearch() {
    }

    public static Results find(Sql sql, Query query) {
        if (query.words().isEmpty()) {
            return new Results(List.of(), false, Map.of());
        }
        List<Row> rows = sql.query(STATEMENT, query.words(), query.words(), query.language(), query.space(), query.space(),
                query.type(), query.type(), PAGE + 1, query.page() * PAGE);
        List<Hit> hits = new ArrayList<>();
        for (Row row : rows.subList(0, Math.min(rows.size(), PAGE))) {
            String spaceUrl = "/" + ("process".equals(row.string("kind")) ? "processes" : "assemblies") + "/" + row.string("space_slug");
            hits.add(new Hit(row.string("type"), marked(row.string("title")), marked(row.string("extract")),
                    spaceUrl + row.string("path"), row.string("space_slug"), row.string("space_title")));
        }
        Map<String, Integer> counts = rows.isEmpty() ? countsOnly(sql, query) : counts(rows.get(0).string("counts"));
        return new Results(hits, rows.size() > PAGE, counts);
    }

    /** A page past the last result still says how many there are of each type. */
    private static Map<String, Integer> countsOnly(Sql sql, Query query) {
        if (query.page() == 0 && query.type() == null) {
            return Map.of();
        }
        return find(sql, new Query(query.words(), null, query.space(), 0, query.language())).countsByType();
    }

    private static Map<String, Integer> counts(String json) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (json == null) {
            return counts;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            reader.readObject().forEach((type, n) -> counts.put(type, ((jakarta.json.JsonNumber) n).intValue()));
        }
        return counts;
    }

    /** Escapes the database's text, then turns its match marks into {@code <mark>}: no markup of the author's survives. */
    static String marked(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
