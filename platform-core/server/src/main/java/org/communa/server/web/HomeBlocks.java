package org.communa.server.web;

import jakarta.persistence.EntityManager;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.spaces.Space;

/**
 * The blocks an organisation's home page may show, and what each needs: the hero, open processes,
 * assemblies, participation figures, latest activity. Admins choose which and in what order; modules
 * that bring their own blocks (upcoming meetings...) add them here with their issue.
 */
final class HomeBlocks {

    static final List<String> AVAILABLE = List.of("hero", "processes", "assemblies", "statistics", "activity");

    private HomeBlocks() {
    }

    static List<String> checked(List<String> blocks) {
        List<String> unknown = blocks.stream().filter(b -> !AVAILABLE.contains(b)).toList();
        if (!unknown.isEmpty()) {
            throw Problem.badRequest("unknown home page blocks " + unknown + "; blocks are " + AVAILABLE);
        }
        if (blocks.stream().distinct().count() != blocks.size()) {
            throw Problem.badRequest("a block appears twice on the home page: " + blocks);
        }
        return List.copyOf(blocks);
    }

    /** The chosen blocks in order, each with what its template shows. */
    static List<Map<String, Object>> render(EntityManager em, List<String> blocks) {
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (String block : blocks) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("type", block);
            switch (block) {
                case "processes" -> view.put("spaces", SpaceViews.published(em, Space.Kind.process));
                case "assemblies" -> view.put("spaces", SpaceViews.published(em, Space.Kind.assembly));
                case "statistics" -> view.put("figures", figures(em));
                case "activity" -> view.put("entries", activity(em));
                default -> { }
            }
            rendered.add(view);
        }
        return rendered;
    }

    private static Map<String, Object> figures(EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select count(*) from participants where confirmed_at is not null and deleted_at is null),
                       (select count(*) from spaces where published),
                       (select count(*) from action_log where at > now() - interval '30 days')""").getSingleResult();
        return Map.of("participants", number(row[0]), "spaces", number(row[1]), "contributions", number(row[2]));
    }

    /** What happened lately, without saying who: module, action, kind of resource, day. */
    private static List<Map<String, Object>> activity(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select module_key, action, resource_type, to_char(at, 'YYYY-MM-DD') from action_log
                 order by at desc limit 5""").getResultList();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Object[] row : rows) {
            entries.add(Map.of("module", row[0], "action", row[1], "resourceType", row[2], "day", row[3]));
        }
        return entries;
    }

    private static long number(Object value) {
        return value instanceof BigInteger big ? big.longValue() : ((Number) value).longValue();
    }
}
