package org.communa.server.components;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.communa.server.persistence.JsonTextConverter;
import org.communa.server.persistence.TenantOwned;
import org.communa.server.persistence.TranslationsConverter;

/**
 * One use of a module in a space: its name, its settings (validated against the module's manifest
 * before they are stored) and whether participants see it.
 */
@Entity
@Table(name = "components")
public class Component extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "module_key", nullable = false)
    private String moduleKey;
    @Convert(converter = TranslationsConverter.class)
    private Map<String, String> name;
    @Convert(converter = JsonTextConverter.class)
    private String settings;
    @Convert(converter = JsonTextConverter.class)
    @Column(name = "phase_settings")
    private String phaseSettings;
    private boolean published;
    private int position;

    protected Component() {
    }

    Component(UUID spaceId, String moduleKey, Map<String, String> name, String settings, String phaseSettings, int position) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.moduleKey = moduleKey;
        this.position = position;
        change(name, settings, phaseSettings);
    }

    /** A published component with the module's default settings (demo content, imports). */
    public static Component publishedWithDefaults(UUID spaceId, String moduleKey, Map<String, String> name, int position) {
        Component component = new Component(spaceId, moduleKey, name, "{}", "{}", position);
        component.publish(true);
        return component;
    }

    /** A published component whose settings in one phase switch some of the module's actions on (demo content). */
    public static Component publishedWithPhaseSwitches(UUID spaceId, String moduleKey, Map<String, String> name, int position,
            UUID phaseId, java.util.List<String> switchedOn) {
        var switches = org.communa.kernel.json.JsonFactory.JSON.createObjectBuilder();
        switchedOn.forEach(setting -> switches.add(setting, true));
        String phaseSettings = org.communa.kernel.json.JsonFactory.JSON.createObjectBuilder().add(phaseId.toString(), switches)
                .build().toString();
        Component component = new Component(spaceId, moduleKey, name, "{}", phaseSettings, position);
        component.publish(true);
        return component;
    }

    final void change(Map<String, String> name, String settings, String phaseSettings) {
        this.name = Map.copyOf(name);
        this.settings = settings;
        this.phaseSettings = phaseSettings;
    }

    void publish(boolean published) {
        this.published = published;
    }

    public UUID id() { return id; }
    public UUID spaceId() { return spaceId; }
    public String moduleKey() { return moduleKey; }
    public Map<String, String> name() { return name; }
    public String settings() { return settings; }
    public String phaseSettings() { return phaseSettings; }
    public boolean published() { return published; }
    public int position() { return position; }
}
