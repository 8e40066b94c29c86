package org.communa.server.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.communa.server.persistence.TenantOwned;

/** A participant's role in the organisation (admin, moderator, evaluator, ambassador). */
@Entity
@Table(name = "participant_roles")
@IdClass(RoleGrant.Key.class)
public class RoleGrant extends TenantOwned {

    @Id
    @Column(name = "participant_id")
    private UUID participantId;
    @Id
    private String role;

    protected RoleGrant() {
    }

    public RoleGrant(UUID participantId, Role role) {
        this.participantId = participantId;
        this.role = role.name();
    }

    public UUID participantId() { return participantId; }
    public Role role() { return Role.valueOf(role); }

    /** Composite key of a grant. */
    public static class Key implements Serializable {
        UUID participantId;
        String role;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(participantId, k.participantId) && Objects.equals(role, k.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(participantId, role);
        }
    }
}
