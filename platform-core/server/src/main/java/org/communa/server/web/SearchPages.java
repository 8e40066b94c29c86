package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.participation.OrganisationSearch;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.platform.Platform;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The organisation's search page: spaces, everything the modules index and the comments on it, best matches
 * first with the matched words highlighted, filtered by type and by space. A plain GET form: it works without
 * JavaScript and its address can be shared.
 */
@Path("search")
@RequestScoped
public class SearchPages {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject Platform platform;
    @Inject PageRenderer pages;

    @GET
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String words, @QueryParam("type") String type, @QueryParam("space") String space,
            @QueryParam("page") @DefaultValue("1") String page) {
        var query = new OrganisationSearch.Query(words, type, space, pageIndex(page), pages.locale());
        var reader = platform.moduleConnections().host(organisation.tenant(),
                new ActionContext("search", null, current.present() ? current.id() : null));
        OrganisationSearch.Results results = reader.read(sql -> OrganisationSearch.find(sql, query));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("words", query.words());
        model.put("type", query.type() == null ? "" : query.type());
        model.put("space", query.space() == null ? "" : query.space());
        model.put("hits", results.hits().stream().map(this::view).toList());
        model.put("total", results.total());
        model.put("filters", filters(results));
        model.put("page", query.page() + 1);
        model.put("more", results.more());
        return pages.page("pages/search", model);
    }

    /** One filter per type found, with its count, in a stable order: spaces first, comments last. */
    private List<Map<String, Object>> filters(OrganisationSearch.Results results) {
        List<Map<String, Object>> filters = new ArrayList<>();
        results.countsByType().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing((String t) -> t.equals("space") ? 0 : t.equals("comment") ? 2 : 1)
                        .thenComparing(t -> t)))
                .forEach(e -> filters.add(Map.of("type", e.getKey(), "label", typeName(e.getKey()), "count", e.getValue())));
        return filters;
    }

    /** Title and extract are already safe HTML (escaped, matches in mark): the template shows them raw. */
    private Map<String, Object> view(OrganisationSearch.Hit hit) {
        return Map.of("type", hit.type(), "typeName", typeName(hit.type()), "title", hit.title(), "extract", hit.extract(),
                "url", hit.url(), "spaceTitle", hit.spaceTitle(), "spaceSlug", hit.spaceSlug());
    }

    /** A type the platform names ("Propositions"); a later module's type not yet named shows as it is declared. */
    private String typeName(String type) {
        String key = "search.type." + type;
        return Messages.bundle("fr").getProperty(key) == null ? type : pages.text(key);
    }

    private static int pageIndex(String page) {
        try {
            return Math.max(1, Integer.parseInt(page)) - 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
