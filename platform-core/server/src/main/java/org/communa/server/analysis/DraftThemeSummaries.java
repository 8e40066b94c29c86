package org.communa.server.analysis;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communa.federation.net.AddressGuard;
import org.communa.federation.net.BoundedHttp;
import org.communa.federation.net.RefusedAddress;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.platform.CommunaSettings;

/**
 * Asks the organisation's language model (when it connected one) for a short summary of each theme of an
 * analysis, from the theme's name and its most representative contributions. The summaries are drafts:
 * marked as written by that model, they withdraw the analysis until an admin validates it again.
 */
@ApplicationScoped
public class DraftThemeSummaries {

    static final int EXAMPLES = 8;
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+)[.):]\\s*(.+)$", Pattern.MULTILINE);

    @Inject LanguageModel languageModel;
    @Inject ContributionAnalyses analyses;
    @Inject CommunaSettings settings;

    public JsonObject draft(TenantId tenant, UUID space, UUID id, String language) {
        LanguageModel.Settings model = languageModel.settings(tenant).orElseThrow(() -> Problem.conflict(
                "no language model is connected to this organisation (it is off by default): connect one first")
                .explainedAs("admin.analysis.problem.noModel"));
        JsonObject analysis = analyses.get(tenant, space, id);
        JsonArray themes = analysis.getJsonObject("result").getJsonArray("themes");
        if (themes.isEmpty()) {
            throw Problem.unprocessable("this analysis has no theme to summarise");
        }
        List<String> summaries = ask(model, prompt(themes, language), themes.size());
        JsonArrayBuilder summarised = JSON.createArrayBuilder();
        for (int i = 0; i < themes.size(); i++) {
            summarised.add(JSON.createObjectBuilder(themes.getJsonObject(i)).add("summary", summaries.get(i)));
        }
        return analyses.replaceThemes(tenant, space, id, summarised.build(), model.model());
    }

    private static String prompt(JsonArray themes, String language) {
        StringBuilder prompt = new StringBuilder("Here are themes found among citizens' contributions to a public consultation, "
                + "each with a few of its contributions. Write one neutral sentence per theme summarising what its contributions "
                + "ask for, in the language whose code is " + language + ". Answer with one line per theme, numbered as given "
                + "(\"1. ...\"), and nothing else.\n\n");
        for (int i = 0; i < themes.size(); i++) {
            JsonObject theme = themes.getJsonObject(i);
            prompt.append(i + 1).append(". ").append(theme.getString("label")).append('\n');
            theme.getJsonArray("members").stream().limit(EXAMPLES)
                    .forEach(m -> prompt.append("   - ").append(m.asJsonObject().getString("title")).append('\n'));
        }
        return prompt.toString();
    }

    private List<String> ask(LanguageModel.Settings model, String prompt, int expected) {
        BoundedHttp http = new BoundedHttp(new AddressGuard(settings.federationAllowPrivateAddresses()), Duration.ofSeconds(120),
                1_048_576, "Communa/0.1 (+https://communa.org)");
        byte[] request = JSON.createObjectBuilder().add("model", model.model()).add("temperature", 0)
                .add("messages", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("role", "user").add("content", prompt)))
                .build().toString().getBytes(StandardCharsets.UTF_8);
        URI target = URI.create(model.endpoint().toString().replaceAll("/+$", "") + "/chat/completions");
        BoundedHttp.Reply reply;
        try {
            reply = http.post(target, request, "application/json", "application/json",
                    (method, uri, body) -> model.apiKey().isEmpty() ? Map.of() : Map.of("Authorization", "Bearer " + model.apiKey()));
        } catch (RefusedAddress refused) {
            throw Problem.unprocessable("the language model's address is refused: " + refused.getMessage());
        } catch (IOException e) {
            throw new Problem(502, "Bad Gateway", "the language model did not answer: " + e.getMessage());
        }
        if (reply.status() != 200) {
            throw new Problem(502, "Bad Gateway", "the language model answered " + reply.status());
        }
        String content;
        try {
            JsonObject answer = JSON.createReader(new StringReader(new String(reply.body(), StandardCharsets.UTF_8))).readObject();
            content = answer.getJsonArray("choices").getJsonObject(0).getJsonObject("message").getString("content");
        } catch (RuntimeException e) {
            throw new Problem(502, "Bad Gateway", "the language model's answer is not an OpenAI-style chat completion");
        }
        List<String> summaries = new ArrayList<>();
        Matcher lines = NUMBERED.matcher(content);
        while (lines.find()) {
            if (Integer.parseInt(lines.group(1)) == summaries.size() + 1) {
                summaries.add(lines.group(2).strip());
            }
        }
        if (summaries.size() != expected) {
            throw new Problem(502, "Bad Gateway", "the language model gave " + summaries.size() + " summaries for " + expected + " themes");
        }
        return summaries;
    }
}
