package org.communa.modules.meetings;

import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.http.Route;
import org.communa.module.api.questionnaire.QuestionnaireBuilder;
import org.communa.module.api.settings.SettingDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * Meetings: in person, online or hybrid, with registration (capacity, waiting list promoted as places free
 * up, a code checked at the door), an iCalendar feed, and federation as ActivityPub Events that Mobilizon reads.
 */
@Component(service = ParticipationModule.class)
public class MeetingsModule implements ParticipationModule {

    static final String MEETING = "meeting";

    static final ModuleManifest MANIFEST = ModuleManifest.module("meetings", "1.1.0")
            .name("fr", "Rencontres").name("en", "Meetings").name("ca", "Trobades").name("es", "Encuentros")
            .resourceType(MEETING)
            .action(new org.communa.module.api.Action("register", "participant").enabledBy("registrations_enabled"))
            .action("comment", "participant")
            // ambassadors welcome people at the door and check their registration codes
            .action("check_in", "ambassador")
            .action("administer", "admin")
            .phaseSetting(SettingDefinition.bool("registrations_enabled", true))
            .migrations("db/meetings")
            .personalData(new MeetingPersonalData())
            .statistic(new org.communa.module.api.Statistic("meeting_registrations", java.util.Map.of("fr", "Inscriptions aux rencontres",
                    "en", "Meeting registrations"), java.util.Set.of("register"), java.util.Set.of("unregister"), true))
            // attendance is checked at the door by ambassadors: they do not count among the participants for it
            .statistic(new org.communa.module.api.Statistic("meeting_attendance", java.util.Map.of("fr", "Présences aux rencontres",
                    "en", "Meeting attendance"), java.util.Set.of("check_in"), java.util.Set.of(), false))
            .demoSeed(new DemoMeetings())
            .resources(new MeetingCatalog())
            .digest(new MeetingsDigest())
            .federation(new MeetingActivity())
            .route(Route.get("", new ListMeetings()))
            .route(Route.get("meetings.ics", new CalendarFeed(false)))
            .route(Route.get("calendar.ics", new CalendarFeed(true)))
            .route(Route.post("calendar-token", new CalendarToken()))
            .route(Route.get("meetings/{id}", new ShowMeeting()))
            .route(Route.post("meetings/{id}/registration", new Register()))
            .route(Route.delete("meetings/{id}/registration", new Unregister()))
            .route(Route.post("meetings/{id}/unregister", new Unregister()))
            .route(Route.get("admin", new AdminPage()))
            .route(Route.post("admin/meetings", new SaveMeeting()))
            .route(Route.put("admin/meetings/{id}", new SaveMeeting()))
            .route(Route.post("admin/meetings/{id}/cancel", new CancelMeeting()))
            .route(Route.post("admin/meetings/{id}/check-in", new CheckIn()))
            .route(Route.get("admin/meetings/{id}/registrations.csv", new ExportRegistrations()))
            .route(Route.post("admin/meetings/{id}/minutes", new RecordMinutes()))
            .route(Route.get("admin/meetings/{id}/form", new FormBuilderPage()))
            .route(Route.post("admin/meetings/{id}/form/questions", new EditRegistrationForm(QuestionnaireBuilder.Step.ADD)))
            .route(Route.post("admin/meetings/{id}/form/questions/{question}/delete", new EditRegistrationForm(QuestionnaireBuilder.Step.REMOVE)))
            .route(Route.post("admin/meetings/{id}/form/questions/{question}/up", new EditRegistrationForm(QuestionnaireBuilder.Step.UP)))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
