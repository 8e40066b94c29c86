package org.communa.modules.proposals;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * An evaluator answers a published proposal: the feasibility study. The answer is a draft until the
 * answers are published together (see {@link PublishAnswers}); an accepted proposal carries its
 * estimated cost, which a budget imports later.
 */
final class AnswerProposal implements RouteHandler {

    static final Set<String> STATES = Set.of("evaluating", "accepted", "rejected", "not_answered");

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("answer");
        Map<String, String> fields = request.wantsPage() ? request.form() : fields(request.body());
        String state = fields.getOrDefault("answerState", "");
        if (!STATES.contains(state)) {
            throw ModuleProblem.badRequest("answerState must be one of " + STATES + ", got: " + state);
        }
        String answer = fields.getOrDefault("answer", "").strip();
        if (answer.length() > 10_000) {
            throw ModuleProblem.badRequest("answer has at most 10000 characters");
        }
        if (("accepted".equals(state) || "rejected".equals(state)) && answer.isEmpty()) {
            throw ModuleProblem.badRequest("an accepted or rejected proposal needs an answer explaining why");
        }
        BigDecimal cost = cost(fields.get("cost"), state);
        UUID evaluator = request.participantId().orElseThrow();
        UUID id = Proposals.id(request.pathParameter("id"));
        request.data().write(sql -> {
            var row = Proposals.visible(sql, request, id).orElseThrow(() -> ModuleProblem.notFound("no proposal " + id + " here"));
            if (!"published".equals(row.string("state"))) {
                throw ModuleProblem.conflict("only published proposals are answered; this one is " + row.string("state"));
            }
            // a new answer is a draft again, even if an earlier one was published: it goes out with the next publication
            sql.update("update proposals_proposals set answer_state = ?, answer = ?, cost = ?, answered_by = ?, answered_at = now(), "
                    + "answer_published_at = null, updated_at = now() where id = ?", state, answer.isEmpty() ? null : answer, cost,
                    evaluator, id);
            sql.recordAction("answer", ProposalsModule.TYPE, id.toString());
            return null;
        });
        if (request.wantsPage()) {
            return ModuleResponse.redirect("admin");
        }
        return request.data().read(sql -> ModuleResponse.json(200,
                ProposalJson.of(Proposals.visible(sql, request, id).orElseThrow(), true).toString()));
    }

    private static BigDecimal cost(String text, String state) {
        if (text == null || text.isBlank()) {
            if ("accepted".equals(state)) {
                throw ModuleProblem.badRequest("an accepted proposal needs its estimated cost");
            }
            return null;
        }
        try {
            BigDecimal cost = new BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u202f", ""));
            if (cost.signum() < 0 || cost.scale() > 2 || cost.precision() - cost.scale() > 12) {
                throw ModuleProblem.badRequest("cost must be a positive amount with at most 2 decimals, got: " + text);
            }
            return cost;
        } catch (NumberFormatException e) {
            throw ModuleProblem.badRequest("cost must be an amount, got: " + text);
        }
    }

    private static Map<String, String> fields(String body) {
        JsonObject json;
        try {
            json = ProposalJson.JSON.createReader(new StringReader(body == null || body.isBlank() ? "{}" : body)).readObject();
        } catch (RuntimeException e) {
            throw ModuleProblem.badRequest("the answer must be a JSON object: " + e.getMessage());
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        json.forEach((key, value) -> fields.put(key, value instanceof jakarta.json.JsonString s ? s.getString() : value.toString()));
        return fields;
    }
}
