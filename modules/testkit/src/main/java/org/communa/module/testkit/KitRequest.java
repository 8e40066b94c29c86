package org.communa.module.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communa.modulehost.ModuleDispatch;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.settings.SettingDefinition;
import org.communa.module.api.settings.Settings;

/** One request of a test to a component: built fluently, sent with {@link #send()}. */
public final class KitRequest {

    private final ModuleTestKit kit;
    private final TestOrganisation organisation;
    private final String method;
    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private String body;
    private UUID participant;
    private Set<String> roles = Set.of();
    private String locale = "fr";
    private boolean page;
    private java.time.LocalDate phaseEndsOn;

    KitRequest(ModuleTestKit kit, TestOrganisation organisation, String method, String path) {
        this.kit = kit;
        this.organisation = organisation;
        this.method = method;
        this.path = path;
    }

    /** Sent while the space's active phase ends on this day ({@code HostServices.phaseEndsOn()}). */
    public KitRequest phaseEndsOn(java.time.LocalDate day) {
        this.phaseEndsOn = day;
        return this;
    }

    /** Sent by a signed-in participant holding these organisation roles (admin, moderator, evaluator, ambassador). */
    public KitRequest as(UUID participantId, String... organisationRoles) {
        this.participant = participantId;
        this.roles = Set.of(organisationRoles);
        return this;
    }

    public KitRequest body(String content) {
        this.body = content;
        return this;
    }

    public KitRequest query(String name, String value) {
        query.put(name, value);
        return this;
    }

    /** Sent by a browser asking for a page (a view or a redirection), rather than by the JSON API. */
    public KitRequest asPage() {
        this.page = true;
        return this;
    }

    /** A form post from a page: fields encoded as a browser does. */
    public KitRequest form(java.util.Map<String, String> fields) {
        StringBuilder encoded = new StringBuilder();
        fields.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        this.body = encoded.toString();
        this.page = true;
        return this;
    }

    public KitRequest locale(String language) {
        this.locale = language;
        return this;
    }

    /** A component setting for this request, validated like the host validates an admin's input. */
    public KitRequest setting(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    /** The module's answer, with refusals rendered as problems exactly as the host renders them. */
    public ModuleResponse send() {
        ModuleManifest manifest = kit.manifest();
        return with(request -> ModuleDispatch.dispatch(manifest, request), response -> response.status() < 400);
    }

    /**
     * Hands the request to module code the host calls outside routes (a federation mapping, a reply
     * handler), as the host would build it; what it writes is kept. @since 1.4
     */
    public <T> T call(java.util.function.Function<ModuleRequest, T> code) {
        return with(code, result -> true);
    }

    private <T> T with(java.util.function.Function<ModuleRequest, T> code, java.util.function.Predicate<T> keep) {
        ModuleManifest manifest = kit.manifest();
        List<SettingDefinition> definitions = new ArrayList<>(manifest.globalSettings());
        definitions.addAll(manifest.phaseSettings());
        Settings validated = Settings.validate(definitions, settings);
        KitServices services = new KitServices(kit, organisation, participant, roles, validated).phaseEndsOn(phaseEndsOn);
        ModuleRequest request = new ModuleRequest(method, path, Map.of(), query, body, organisation.id(),
                organisation.spaceSlug(), organisation.componentId(), participant, locale, validated, services, page);
        T result = null;
        try {
            result = code.apply(request);
        } finally {
            services.release(result != null && keep.test(result));
        }
        return result;
    }
}
