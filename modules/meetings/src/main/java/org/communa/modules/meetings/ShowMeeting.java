package org.communa.modules.meetings;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * GET meetings/{id}: the meeting, and for a signed-in participant their registration (status, place in line,
 * door code); the online link only to registered participants, from a quarter of an hour before the start.
 */
final class ShowMeeting implements RouteHandler {

    static final Duration LINK_SHOWN_BEFORE = Duration.ofMinutes(15);

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        return request.wantsPage() ? page(request, null) : json(request);
    }

    /** A form of the meeting's page: done, back to the page; refused, the page says why (signing in is the host's to ask). */
    static ModuleResponse afterForm(ModuleRequest request, java.util.function.Function<ModuleRequest, ModuleResponse> action) {
        try {
            action.apply(request);
        } catch (org.communa.module.api.ModuleProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            return page(request, refused);
        }
        return ModuleResponse.redirect("meetings/" + request.pathParameter("id"));
    }

    /** The meeting's page, with a refusal to show when a form on it was refused. */
    static ModuleResponse page(ModuleRequest request, org.communa.module.api.ModuleProblem problem) {
        return page(request, problem, java.util.List.of());
    }

    /** The page with the registration form's faults under their questions, the form filled as it was sent. */
    static ModuleResponse page(ModuleRequest request, org.communa.module.api.ModuleProblem problem,
            java.util.List<org.communa.module.api.questionnaire.AnswerError> errors) {
        return request.data().read(sql -> {
            Row meeting = Meetings.meeting(sql, request);
            java.util.Map<String, Object> model = new java.util.HashMap<>();
            model.put("meeting", Meetings.view(meeting));
            java.util.Map<String, String> sent = errors.isEmpty() ? java.util.Map.of() : request.form();
            RegistrationForm.of(meeting).ifPresent(form -> model.put("registrationForm", form.view(sent, errors)));
            model.put("hasErrors", !errors.isEmpty());
            // proposals filed from this meeting (born_at links from a proposals component), and whether this person files them
            model.put("bornHere", request.services().participation().links().of(MeetingsModule.MEETING, meeting.uuid("id").toString()).stream()
                    .filter(link -> !link.outgoing() && "born_at".equals(link.relation()))
                    .map(link -> java.util.Map.<String, Object>of("title", link.title(), "url", link.url())).toList());
            model.put("collects", request.services().can("check_in"));
            model.put("participation", org.communa.module.api.participation.ParticipationView.of(request, MeetingsModule.MEETING,
                    meeting.uuid("id").toString(), null, "comment", false, meeting.time("cancelled_at") == null));
            request.participantId().flatMap(participant -> Registrations.of(sql, meeting.uuid("id"), participant)).ifPresent(registration -> {
                model.put("registration", java.util.Map.of("status", registration.string("status"), "code", registration.string("code"),
                        "ahead", registration.integer("ahead")));
                onlineLink(meeting, registration).ifPresent(link -> model.put("onlineUrl", link));
            });
            if (problem != null) {
                model.put("problem", problem);
            }
            return ModuleResponse.view(problem != null ? problem.status() : errors.isEmpty() ? 200 : 422, "meeting", model);
        });
    }

    /** The online link, for a registered participant from a quarter of an hour before the start, unless cancelled. */
    private static java.util.Optional<String> onlineLink(Row meeting, Row registration) {
        boolean started = !Meetings.now().isBefore(meeting.time("starts_at").minus(LINK_SHOWN_BEFORE));
        return "registered".equals(registration.string("status")) && started && meeting.time("cancelled_at") == null
                ? java.util.Optional.ofNullable(meeting.string("online_url")) : java.util.Optional.empty();
    }

    private static ModuleResponse json(ModuleRequest request) {
        return request.data().read(sql -> {
            Row meeting = Meetings.meeting(sql, request);
            JsonObjectBuilder json = Meetings.json(meeting);
            request.participantId().flatMap(participant -> Registrations.of(sql, meeting.uuid("id"), participant)).ifPresent(registration -> {
                json.add("registration", registration(registration));
                onlineLink(meeting, registration).ifPresent(link -> json.add("onlineUrl", link));
            });
            return ModuleResponse.json(200, json.build().toString());
        });
    }

    static JsonObject registration(Row registration) {
        JsonObjectBuilder json = Meetings.JSON.createObjectBuilder().add("status", registration.string("status"))
                .add("code", registration.string("code")).add("attended", registration.time("attended_at") != null);
        if ("waitlisted".equals(registration.string("status"))) {
            json.add("ahead", registration.integer("ahead"));
        }
        return json.build();
    }
}
