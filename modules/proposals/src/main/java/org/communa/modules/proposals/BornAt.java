package org.communa.modules.proposals;

import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.participation.LinkView;

/**
 * Where a proposal was born, when it came from another component's resource (a meeting where an ambassador
 * collected it): "COMPONENT/TYPE/ID", from the meeting page's link to the form ("bornAt") or the API's field.
 * Checked before the proposal is written; linked once it is.
 */
record BornAt(UUID component, String type, String id) {

    static final String RELATION = "born_at";

    /** The origin the request names, if any; a malformed or unknown one is a 400. */
    static Optional<BornAt> of(ModuleRequest request) {
        String value = request.wantsPage() ? request.form().getOrDefault("bornAt", "")
                : request.body() == null || request.body().isBlank() ? "" : request.jsonObject().getString("bornAt", "");
        if (value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.strip().split("/", 3);
        BornAt bornAt;
        try {
            bornAt = new BornAt(UUID.fromString(parts[0]), parts[1], parts[2]);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ModuleProblem.badRequest("bornAt must be COMPONENT/TYPE/ID, e.g. the meeting's, got: " + value);
        }
        bornAt.target(request).orElseThrow(() -> ModuleProblem.badRequest("bornAt: there is no public " + bornAt.type() + " " + bornAt.id()
                + " in this organisation"));
        return Optional.of(bornAt);
    }

    Optional<LinkView> target(ModuleRequest request) {
        if (!type.matches("[a-z][a-z0-9_]{0,62}") || id.isEmpty() || id.length() > 200) {
            return Optional.empty();
        }
        return request.services().participation().links().target(component, type, id);
    }

    void link(ModuleRequest request, UUID proposal) {
        request.services().participation().links().link(ProposalsModule.TYPE, proposal.toString(), RELATION, component, type, id);
    }
}
