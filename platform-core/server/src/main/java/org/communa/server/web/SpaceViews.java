package org.communa.server.web;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.server.components.Component;
import org.communa.server.components.ComponentQueries;
import org.communa.server.spaces.Phase;
import org.communa.server.spaces.Space;
import org.communa.server.spaces.SpaceQueries;

/** Participatory spaces as pages show them: plain maps for templates, published content only. */
final class SpaceViews {

    private SpaceViews() {
    }

    static List<Map<String, Object>> published(EntityManager em, Space.Kind kind) {
        List<Map<String, Object>> spaces = new ArrayList<>();
        em.createQuery("select s from Space s where s.published = true and s.kind = :kind order by s.slug", Space.class)
                .setParameter("kind", kind.name()).getResultList().forEach(space -> spaces.add(summary(em, space)));
        return spaces;
    }

    static Map<String, Object> summary(EntityManager em, Space space) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", space.id().toString());
        view.put("slug", space.slug());
        view.put("kind", space.kind().name());
        view.put("url", "/" + (space.kind() == Space.Kind.process ? "processes" : "assemblies") + "/" + space.slug());
        view.put("title", space.title());
        view.put("description", space.description());
        List<Map<String, Object>> phases = new ArrayList<>();
        for (Phase phase : SpaceQueries.phases(em, space.id())) {
            phases.add(phase(phase));
            if (phase.active()) {
                view.put("activePhase", phase(phase));
            }
        }
        view.put("phases", phases);
        return view;
    }

    static Map<String, Object> full(EntityManager em, Space space) {
        Map<String, Object> view = summary(em, space);
        List<Map<String, Object>> components = new ArrayList<>();
        for (Component component : ComponentQueries.ofSpace(em, space.id(), true)) {
            components.add(Map.of("id", component.id().toString(), "module", component.moduleKey(), "name", component.name(),
                    "url", view.get("url") + "/c/" + component.id()));
        }
        view.put("components", components);
        return view;
    }

    private static Map<String, Object> phase(Phase phase) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", phase.title());
        view.put("active", phase.active());
        view.put("startsOn", iso(phase.startsOn()));
        view.put("endsOn", iso(phase.endsOn()));
        return view;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
