package org.communa.server.spaces;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.NullableUuidConverter;
import org.communa.server.persistence.TenantOwned;
import org.communa.server.persistence.TranslationsConverter;

/** A participatory space: a process (with ordered phases) or an assembly (a standing body). */
@Entity
@Table(name = "spaces")
public class Space extends TenantOwned {

    public enum Kind { process, assembly }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    @Id
    private UUID id;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String slug;
    @Convert(converter = TranslationsConverter.class)
    private Map<String, String> title;
    @Convert(converter = TranslationsConverter.class)
    private Map<String, String> description;
    @Column(name = "scope_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID scopeId;
    private boolean published;
    @Column(name = "phases_follow_dates")
    private boolean phasesFollowDates = true;

    protected Space() {
    }

    public Space(Kind kind, String slug, Map<String, String> title, Map<String, String> description, UUID scopeId) {
        this.id = UUID.randomUUID();
        this.kind = kind.name();
        rename(slug, title, description, scopeId);
    }

    public final void rename(String slug, Map<String, String> title, Map<String, String> description, UUID scopeId) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw Problem.badRequest("slug must be 1 to 80 lower-case letters, digits or dashes, got: " + slug);
        }
        this.slug = slug;
        this.title = Map.copyOf(title);
        this.description = description == null ? Map.of() : Map.copyOf(description);
        this.scopeId = scopeId;
    }

    public void publish(boolean published) {
        this.published = published;
    }

    /** Whether its phases become current on their start dates (the default) or only when an admin switches them. */
    public void followDates(boolean follow) {
        this.phasesFollowDates = follow;
    }

    public boolean phasesFollowDates() { return phasesFollowDates; }

    public UUID id() { return id; }
    public Kind kind() { return Kind.valueOf(kind); }
    public String slug() { return slug; }
    public Map<String, String> title() { return title; }
    public Map<String, String> description() { return description; }
    public UUID scopeId() { return scopeId; }
    public boolean published() { return published; }
}
