package org.communa.tenants;

import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.communa.kernel.json.JsonFields;

/** The JSON form of an organisation, shared by the system API and the export manifest. */
public final class OrganisationJson {

    private OrganisationJson() {
    }

    public static JsonObject toJson(Organisation org) {
        OrganisationSpec s = org.spec();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", org.id().toString())
                .add("slug", s.slug())
                .add("name", s.name())
                .add("status", org.status())
                .add("primaryHost", s.primaryHost())
                .add("aliasHosts", JSON.createArrayBuilder(s.aliasHosts()))
                .add("availableLocales", JSON.createArrayBuilder(s.availableLocales()))
                .add("defaultLocale", s.defaultLocale())
                .add("timeZone", s.timeZone())
                .add("theme", s.theme())
                .add("allowedModules", JSON.createArrayBuilder(s.allowedModules()))
                .add("createdAt", org.createdAt().toString());
        if (s.contactEmail() != null) {
            json.add("contactEmail", s.contactEmail());
        }
        return json.build();
    }

    /** Reads a spec from a request body; wrong types are refused with the field's name. */
    public static OrganisationSpec specFrom(JsonObject json) {
        return new OrganisationSpec(
                JsonFields.optionalString(json, "slug"), JsonFields.optionalString(json, "name"), JsonFields.optionalString(json, "primaryHost"),
                JsonFields.optionalStrings(json, "aliasHosts"), JsonFields.optionalStrings(json, "availableLocales"), JsonFields.optionalString(json, "defaultLocale"),
                JsonFields.optionalString(json, "timeZone"), JsonFields.optionalString(json, "contactEmail"), JsonFields.optionalString(json, "theme"),
                JsonFields.optionalStrings(json, "allowedModules"));
    }
}
