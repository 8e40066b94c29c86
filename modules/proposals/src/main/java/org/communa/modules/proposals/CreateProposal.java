package org.communa.modules.proposals;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.DataConflictException;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * A participant files a proposal as a draft; the draft's page then shows similar proposals before it
 * is published. An ambassador may file it for someone met in person, with that person's consent.
 */
final class CreateProposal implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        ProposalInput input;
        try {
            input = request.wantsPage() ? ProposalInput.fromForm(request.form()) : ProposalInput.fromJson(request.body());
            authorise(request, input);
            java.util.Optional<BornAt> bornAt = BornAt.of(request);
            UUID id = create(request, input);
            bornAt.ifPresent(origin -> origin.link(request, id));
            if (request.wantsPage()) {
                return ModuleResponse.redirect("proposals/" + id);
            }
            return request.data().read(sql -> ModuleResponse.json(201, ProposalJson.of(Proposals.visible(sql, request, id).orElseThrow(),
                    false).toString()));
        } catch (ModuleProblem | DataConflictException refused) {
            if (request.wantsPage() && !(refused instanceof ModuleProblem p && (p.status() == 401 || p.status() == 403))) {
                return ProposalForms.form(request, request.form(), refused, null);
            }
            throw refused;
        }
    }

    /** Assisted proposals need the ambassador role and the person's consent; others the create permission. */
    static void authorise(ModuleRequest request, ProposalInput input) {
        if (input.assisted()) {
            request.require("assist");
            if (!input.consent()) {
                throw ModuleProblem.badRequest("record the person's consent before filing a proposal on their behalf")
                        .explainedAs("proposals.problem.consent");
            }
        } else {
            request.require("create");
        }
    }

    private static UUID create(ModuleRequest request, ProposalInput raw) {
        UUID author = request.participantId().orElseThrow();
        UUID id = UUID.randomUUID();
        long bodyMax = request.settings().integer("body_max_length");
        request.data().write(sql -> {
            ProposalInput input = raw.checked(sql, request.componentId(), bodyMax);
            // numbers follow each other in a component: two proposals filed at once must not take the same one
            sql.query("select 1 as locked from pg_advisory_xact_lock(hashtextextended(?, 0))", request.componentId().toString());
            long reference = sql.first("select coalesce(max(reference), 0) + 1 as next from proposals_proposals where component_id = ?",
                    request.componentId()).orElseThrow().integer("next");
            sql.update("insert into proposals_proposals (id, component_id, reference, author_id, title, body, category_id, scope_id, "
                    + "address, latitude, longitude, assisted_person, assisted_place, consent_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, request.componentId(), (int) reference, author, input.title(), input.body(), input.categoryId(),
                    input.scopeId(), input.address(), input.place().latitude(), input.place().longitude(), input.assistedPerson(),
                    input.assistedPlace(), input.assisted() ? OffsetDateTime.now() : null);
            sql.recordAction("create", ProposalsModule.TYPE, id.toString());
            return null;
        });
        // authors hear about comments and answers on what they wrote
        request.services().participation().follows().follow(ProposalsModule.TYPE, id.toString());
        return id;
    }
}
