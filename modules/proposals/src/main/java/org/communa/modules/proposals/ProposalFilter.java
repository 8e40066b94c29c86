package org.communa.modules.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;

/**
 * What a participant asked of the list: category, scope, state, words, order, page. Read from the
 * query string, checked, and turned into one parameterised statement (values are always bound).
 */
record ProposalFilter(UUID categoryId, UUID scopeId, String state, String text, String order, String seed, int page, int perPage) {

    static final Set<String> STATES = Set.of("accepted", "rejected", "evaluating", "not_answered", "withdrawn");
    static final Set<String> ORDERS = Set.of("random", "most_supported", "most_commented", "recent");
    static final int MAX_PER_PAGE = 50;

    static ProposalFilter from(Map<String, String> query, String defaultSeed) {
        String state = blankToNull(query.get("state"));
        if (state != null && !STATES.contains(state)) {
            throw ModuleProblem.badRequest("state must be one of " + STATES + ", got: " + state);
        }
        String order = blankToNull(query.get("order"));
        order = order == null ? "random" : order;
        if (!ORDERS.contains(order)) {
            throw ModuleProblem.badRequest("order must be one of " + ORDERS + ", got: " + order);
        }
        String text = blankToNull(query.get("q"));
        if (text != null && text.length() > 200) {
            throw ModuleProblem.badRequest("q has at most 200 characters");
        }
        String seed = blankToNull(query.get("seed"));
        if (seed == null || !seed.matches("[A-Za-z0-9-]{1,64}")) {
            seed = defaultSeed;
        }
        return new ProposalFilter(uuid(query.get("category"), "category"), uuid(query.get("scope"), "scope"), state, text, order,
                seed, number(query.get("page"), 1, 1, 100_000, "page"), number(query.get("per"), 20, 1, MAX_PER_PAGE, "per"));
    }

    /** The where clause after the component condition, and its parameters in order. */
    String where(List<Object> parameters) {
        StringBuilder where = new StringBuilder(" and r.hidden_at is null");
        if (categoryId != null) {
            where.append(" and p.category_id = ?");
            parameters.add(categoryId);
        }
        if (scopeId != null) {
            where.append(" and ").append(org.communa.module.api.data.Scopes.within("p.scope_id"));
            parameters.add(scopeId);
        }
        if ("withdrawn".equals(state)) {
            where.append(" and p.state = 'withdrawn'");
        } else {
            where.append(" and p.state = 'published'");
            if (state != null) {
                where.append(" and p.answer_published_at is not null and p.answer_state = ?");
                parameters.add(state);
            }
        }
        if (text != null) {
            where.append(" and (p.title ilike ? or p.body ilike ?)");
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parameters.add(like);
            parameters.add(like);
        }
        return where.toString();
    }

    /** Random order is stable for one seed (a participant's, or the one carried by the page's links): pages do not shuffle. */
    String orderBy(List<Object> parameters) {
        return switch (order) {
            case "most_supported" -> " order by supports desc, p.published_at desc";
            case "most_commented" -> " order by comments desc, p.published_at desc";
            case "recent" -> " order by p.published_at desc";
            default -> {
                parameters.add(seed);
                yield " order by md5(p.id::text || ?), p.id";
            }
        };
    }

    List<Object> pageParameters() {
        List<Object> limits = new ArrayList<>();
        limits.add(perPage);
        limits.add((page - 1) * perPage);
        return limits;
    }

    private static UUID uuid(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.badRequest(field + " must be an id, got: " + text);
        }
    }

    private static int number(String text, int fallback, int min, int max, String field) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw ModuleProblem.badRequest(field + " must be between " + min + " and " + max + ", got: " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ModuleProblem.badRequest(field + " must be a whole number, got: " + text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
