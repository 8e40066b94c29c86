package org.communa.modules.meetings;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.communa.module.api.DemoSeed;
import org.communa.module.api.data.ModuleData;

/**
 * Two coming meetings for the demo, so that registering can be tried at once: a campus workshop and an online forum
 * in a consultation, the council's plenary and a working group in an assembly. Added once.
 */
final class DemoMeetings implements DemoSeed {

    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug) {
        OffsetDateTime workshop = OffsetDateTime.now(ZoneId.of("Europe/Paris")).plusDays(14).withHour(18).withMinute(0).withSecond(0).withNano(0);
        OffsetDateTime forum = workshop.plusDays(7).withHour(12).withMinute(30);
        boolean council = spaceSlug.startsWith("conseil");
        data.write(sql -> {
            if (sql.first("select 1 from meetings_meetings where component_id = ?", componentId).isPresent()) {
                return null;
            }
            if (council) {
                sql.update("insert into meetings_meetings (id, component_id, title, description, kind, address, accessibility, starts_at, "
                        + "ends_at, capacity) values (?, ?, ?, ?, 'in_person', ?, ?, ?, ?, 60)", UUID.randomUUID(), componentId,
                        "Séance plénière du conseil", "Ordre du jour : bilan de la consultation sur la vie étudiante, budget participatif.",
                        "Amphithéâtre Condorcet, campus Centre", "Accès de plain-pied, interprétation en LSF sur demande", workshop,
                        workshop.plusHours(2));
                sql.update("insert into meetings_meetings (id, component_id, title, description, kind, online_url, starts_at, ends_at) "
                        + "values (?, ?, ?, ?, 'online', ?, ?, ?)", UUID.randomUUID(), componentId, "Groupe de travail logement étudiant",
                        "Préparer les propositions du conseil sur le logement.", "https://visio.example/conseil-logement", forum, forum.plusHours(1));
                return null;
            }
            sql.update("insert into meetings_meetings (id, component_id, title, description, kind, address, accessibility, starts_at, ends_at, "
                    + "capacity) values (?, ?, ?, ?, 'in_person', ?, ?, ?, ?, 30)", UUID.randomUUID(), componentId,
                    "Atelier vie de campus", "Deux heures pour imaginer ensemble les lieux de vie du campus.",
                    "Maison des étudiants, campus Nord", "Plain-pied, boucle magnétique à l’accueil", workshop, workshop.plusHours(2));
            sql.update("insert into meetings_meetings (id, component_id, title, description, kind, online_url, starts_at, ends_at) "
                    + "values (?, ?, ?, ?, 'online', ?, ?, ?)", UUID.randomUUID(), componentId, "Forum en ligne des 13 campus",
                    "Une heure d’échanges entre campus, en visioconférence.", "https://visio.example/forum-campus", forum, forum.plusHours(1));
            return null;
        });
    }

    /** The same meetings, found by the organisation's search. */
    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug, java.util.List<UUID> demoParticipants,
            org.communa.module.api.participation.Participation participation) {
        seed(data, componentId, spaceSlug);
        MeetingIndex.indexAll(data, componentId, participation.search());
    }
}
