package org.communa.modules.meetings;

/** What the meetings routes take and give, as JSON Schemas for the instance's API document. */
final class MeetingSchemas {

    static final String MEETING = """
            {"type": "object", "properties": {
              "id": {"type": "string", "format": "uuid"}, "title": {"type": "string"}, "description": {"type": "string"},
              "kind": {"enum": ["in_person", "online", "hybrid"]}, "address": {"type": "string"}, "accessibility": {"type": "string"},
              "startsAt": {"type": "string", "format": "date-time"}, "endsAt": {"type": "string", "format": "date-time"},
              "registered": {"type": "integer"}, "waitlisted": {"type": "integer"}, "registrationsOpen": {"type": "boolean"},
              "cancelled": {"type": "boolean"}, "started": {"type": "boolean"}, "capacity": {"type": "integer", "nullable": true},
              "placesLeft": {"type": "integer", "nullable": true}, "registrationForm": {"type": "object", "nullable": true},
              "scopeId": {"type": "string", "nullable": true}, "latitude": {"type": "number", "minimum": -90, "maximum": 90}, "longitude": {"type": "number", "minimum": -180, "maximum": 180}, "attendees": {"type": "integer", "nullable": true},
              "registration": {"$ref": "#/x-registration"}, "onlineUrl": {"type": "string"}}}"""
            .replace("{\"$ref\": \"#/x-registration\"}", registration());
    static final String LIST = "{\"type\": \"object\", \"properties\": {\"items\": {\"type\": \"array\", \"items\": " + MEETING + "}}}";
    static final String INPUT = """
            {"type": "object", "required": ["title", "kind", "startsAt", "endsAt"], "properties": {
              "title": {"type": "string"}, "description": {"type": "string", "description": "HTML, sanitised"},
              "kind": {"enum": ["in_person", "online", "hybrid"]}, "address": {"type": "string"}, "accessibility": {"type": "string"},
              "onlineUrl": {"type": "string", "format": "uri"},
              "startsAt": {"type": "string", "format": "date-time", "description": "ISO 8601 with an offset"},
              "endsAt": {"type": "string", "format": "date-time"}, "capacity": {"type": "integer", "nullable": true, "minimum": 1},
              "registrationsOpen": {"type": "boolean"}, "latitude": {"type": "number", "minimum": -90, "maximum": 90}, "longitude": {"type": "number", "minimum": -180, "maximum": 180}, "scopeId": {"type": "string", "nullable": true, "format": "uuid"},
              "registrationForm": {"description": "the SDK's questionnaire JSON, or null"}}}""";
    static final String REGISTER = """
            {"type": "object", "properties": {"answers": {"type": "object", "description": "answers by question id, when the meeting has a form"}}}""";
    static final String REGISTRATION = registration();
    static final String CHECK_IN = """
            {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}}}""";
    static final String CHECKED_IN = """
            {"type": "object", "properties": {"checkedIn": {"type": "boolean"}}}""";
    static final String MINUTES = """
            {"type": "object", "properties": {"minutes": {"type": "string", "description": "HTML, sanitised"},
              "videoUrl": {"type": "string", "format": "uri"},
              "attendees": {"type": "integer", "nullable": true, "description": "by default the codes checked at the door"}}}""";
    static final String CALENDAR_TOKEN = """
            {"type": "object", "properties": {"path": {"type": "string", "description": "calendar.ics?token=..., the private feed"}}}""";
    private MeetingSchemas() {
    }

    private static String registration() {
        return """
                {"type": "object", "properties": {"status": {"enum": ["registered", "waitlisted", "cancelled"]},
                  "code": {"type": "string"}, "attended": {"type": "boolean"}, "ahead": {"type": "integer"}}}""";
    }
}
