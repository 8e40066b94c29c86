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

    static final ModuleManifest MANIFEST = ModuleManifest.module("meetings", "1.2.0")
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
            .route(Route.get("", new ListMeetings()).describedAs("The component's meetings (when=past, kind, scope, from, to)")
                    .returns(200, "application/json", MeetingSchemas.LIST))
            .route(Route.get("meetings.ics", new CalendarFeed(false)).describedAs("The component's meetings as iCalendar (of=space: the space's)")
                    .returns(200, "text/calendar", null))
            .route(Route.get("calendar.ics", new CalendarFeed(true)).describedAs("A participant's private feed of the meetings they registered for (token)")
                    .returns(200, "text/calendar", null))
            .route(Route.post("calendar-token", new CalendarToken()).describedAs("Get the secret address of one's calendar feed (revokes the previous one)")
                    .allowedTo(Route.SIGNED_IN).returns(201, "application/json", MeetingSchemas.CALENDAR_TOKEN))
            .route(Route.get("meetings/{id}", new ShowMeeting()).describedAs("A meeting, with one's registration and, near the start, the online link")
                    .returns(200, "application/json", MeetingSchemas.MEETING))
            .route(Route.post("meetings/{id}/registration", new Register()).describedAs("Register (or join the waiting list), with the form's answers")
                    .allowedTo("register").accepts(MeetingSchemas.REGISTER).returns(200, "application/json", MeetingSchemas.REGISTRATION))
            .route(Route.delete("meetings/{id}/registration", new Unregister()).describedAs("Cancel one's registration")
                    .allowedTo(Route.SIGNED_IN).returns(200, "application/json", MeetingSchemas.MEETING))
            .route(Route.post("meetings/{id}/unregister", new Unregister()).describedAs("Cancel one's registration (the page's button)")
                    .allowedTo(Route.SIGNED_IN).returns(200, "application/json", MeetingSchemas.MEETING))
            .route(Route.get("admin", new AdminPage()).describedAs("The meetings' admin page (HTML)").allowedTo("administer")
                    .returns(200, "text/html", null))
            .route(Route.post("admin/meetings", new SaveMeeting()).describedAs("Create a meeting").allowedTo("administer")
                    .accepts(MeetingSchemas.INPUT).returns(201, "application/json", MeetingSchemas.MEETING))
            .route(Route.put("admin/meetings/{id}", new SaveMeeting()).describedAs("Change a meeting").allowedTo("administer")
                    .accepts(MeetingSchemas.INPUT).returns(200, "application/json", MeetingSchemas.MEETING))
            .route(Route.post("admin/meetings/{id}/cancel", new CancelMeeting()).describedAs("Cancel a meeting (registered people are told)")
                    .allowedTo("administer").returns(200, "application/json", MeetingSchemas.MEETING))
            .route(Route.post("admin/meetings/{id}/check-in", new CheckIn()).describedAs("Check a door code in, once")
                    .allowedTo("check_in").accepts(MeetingSchemas.CHECK_IN).returns(200, "application/json", MeetingSchemas.CHECKED_IN))
            .route(Route.get("admin/meetings/{id}/registrations.csv", new ExportRegistrations())
                    .describedAs("The registrations with their answers and door codes, no names (CSV)").allowedTo("administer")
                    .returns(200, "text/csv", null))
            .route(Route.post("admin/meetings/{id}/minutes", new RecordMinutes()).describedAs("Publish the minutes, the recording and the attendance")
                    .allowedTo("administer").accepts(MeetingSchemas.MINUTES).returns(200, "application/json", MeetingSchemas.MEETING))
            .route(Route.get("admin/meetings/{id}/form", new FormBuilderPage()).describedAs("The registration form's builder (HTML)")
                    .allowedTo("administer").returns(200, "text/html", null))
            .route(Route.post("admin/meetings/{id}/form/questions", new EditRegistrationForm(QuestionnaireBuilder.Step.ADD))
                    .describedAs("Add a question to the registration form").allowedTo("administer")
                    .accepts(QuestionnaireBuilder.QUESTION_SCHEMA).returns(200, "application/json", MeetingSchemas.MEETING))
            .route(Route.post("admin/meetings/{id}/form/questions/{question}/delete", new EditRegistrationForm(QuestionnaireBuilder.Step.REMOVE))
                    .describedAs("Remove a question from the registration form").allowedTo("administer")
                    .returns(200, "application/json", MeetingSchemas.MEETING))
            .route(Route.post("admin/meetings/{id}/form/questions/{question}/up", new EditRegistrationForm(QuestionnaireBuilder.Step.UP))
                    .describedAs("Move a question of the registration form up").allowedTo("administer")
                    .returns(200, "application/json", MeetingSchemas.MEETING))
            .build();

    @Override
    public ModuleManifest manifest() {
        return MANIFEST;
    }
}
