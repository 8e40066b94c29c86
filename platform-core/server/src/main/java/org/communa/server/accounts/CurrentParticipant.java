package org.communa.server.accounts;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;
import org.communa.kernel.problem.Problem;

/** Who is signed in for this request, found by {@link SessionAuthentication}; empty for visitors. */
@RequestScoped
public class CurrentParticipant {

    private UUID participantId;
    private UUID sessionId;
    private String csrfToken;
    private Set<Role> roles = Set.of();

    void signedIn(UUID participantId, UUID sessionId, String csrfToken, Set<Role> roles) {
        this.participantId = participantId;
        this.sessionId = sessionId;
        this.csrfToken = csrfToken;
        this.roles = roles;
    }

    public boolean present() {
        return participantId != null;
    }

    public UUID id() {
        if (participantId == null) {
            throw Problem.unauthorized("sign in first");
        }
        return participantId;
    }

    UUID sessionId() {
        return sessionId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether the participant may moderate: moderators and admins (a visitor has no roles). */
    public boolean moderates() {
        return roles.contains(Role.moderator) || roles.contains(Role.admin);
    }

    /** 401 for visitors, 403 for participants without the role. */
    public UUID require(Role role) {
        UUID id = id();
        if (!roles.contains(role)) {
            throw Problem.forbidden("this needs the " + role + " role in this organisation");
        }
        return id;
    }
}
