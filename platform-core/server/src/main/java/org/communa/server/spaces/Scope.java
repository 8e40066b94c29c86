package org.communa.server.spaces;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.NullableUuidConverter;
import org.communa.server.persistence.TenantOwned;
import org.communa.server.persistence.TranslationsConverter;

/** A part of the organisation's territory or structure (a campus, a district), possibly inside another. */
@Entity
@Table(name = "scopes")
public class Scope extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "parent_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID parentId;
    @Column(nullable = false)
    private String code;
    @Convert(converter = TranslationsConverter.class)
    private Map<String, String> name;

    protected Scope() {
    }

    public Scope(String code, Map<String, String> name, UUID parentId) {
        this.id = UUID.randomUUID();
        change(code, name, parentId);
    }

    public final void change(String code, Map<String, String> name, UUID parentId) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9_-]{0,62}")) {
            throw Problem.badRequest("code must be a lower-case name, got: " + code);
        }
        if (id.equals(parentId)) {
            throw Problem.badRequest("a scope cannot be its own parent");
        }
        this.code = code;
        this.name = Map.copyOf(name);
        this.parentId = parentId;
    }

    public UUID id() { return id; }
    public UUID parentId() { return parentId; }
    public String code() { return code; }
    public Map<String, String> name() { return name; }
}
