package org.communa.server.spaces;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.communa.server.persistence.NullableUuidConverter;
import org.communa.server.persistence.TenantOwned;
import org.communa.server.persistence.TranslationsConverter;

/** A theme of a space (e.g. "water quality"), used to file and filter contributions. */
@Entity
@Table(name = "categories")
public class Category extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "parent_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID parentId;
    @Convert(converter = TranslationsConverter.class)
    private Map<String, String> name;

    protected Category() {
    }

    public Category(UUID spaceId, Map<String, String> name, UUID parentId) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.name = Map.copyOf(name);
        this.parentId = parentId;
    }

    public void rename(Map<String, String> name) {
        this.name = Map.copyOf(name);
    }

    public UUID id() { return id; }
    public UUID spaceId() { return spaceId; }
    public UUID parentId() { return parentId; }
    public Map<String, String> name() { return name; }
}
