import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.MemoryLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.server.web.sandbox.TemplateLimits;
import org.communa.server.web.sandbox.TemplateSandbox;

/**
 * What the page sandbox costs: the same list page (a layout, 50 proposals through a macro, loops, filters,
 * concatenations, attribute reads of records) rendered by a plain Pebble engine and by the sandboxed one
 * within its budget, in the same run; renders per second on one thread and the ratio sandboxed/plain.
 * Usage: java -cp <server classes>:<pebble jar> bench/TemplateBench.java [seconds per measure]
 */
public class TemplateBench {

    record Proposal(String title, String author, int supports, int comments, String state) {
    }

    static final String LAYOUT = """
            <!DOCTYPE html><html lang="{{ locale }}"><head><title>{% block title %}{% endblock %} · {{ organisation.name }}</title></head>
            <body><header><a href="/">{{ organisation.name }}</a><nav>{% for l in languages %}<a href="?lang={{ l.code }}"{% if l.current %}
            aria-current="true"{% endif %}>{{ l.name }}</a>{% endfor %}</nav></header><main>{% block content %}{% endblock %}</main></body></html>""";
    static final String PAGE = """
            {% extends "layout" %}{% import "macros" %}
            {% block title %}{{ title | upper }}{% endblock %}
            {% block content %}<h1>{{ title }}</h1><p>{{ total }} propositions, page {{ page }}</p><ol>
            {% for p in proposals %}{{ card(p, loop.index) }}{% endfor %}</ol>
            {% if proposals is empty %}<p>Aucune</p>{% endif %}
            <p>{{ 'Trié par ' ~ sort ~ ', ' ~ (proposals | length) ~ ' affichées' }}</p>{% endblock %}""";
    static final String MACROS = """
            {% macro card(p, index) %}<li id="p-{{ index }}"><h2>{{ p.title | abbreviate(60) }}</h2><p>{{ p.author }} ·
            {{ p.supports | numberformat('#,##0') }} soutiens · {{ p.comments }} commentaires{% if p.state == 'accepted' %} · retenue{% endif %}</p>
            {% for tag in ['eau', 'parc', 'vélo'] %}{% if loop.index is even %}<span>{{ tag | capitalize }}</span>{% endif %}{% endfor %}</li>{% endmacro %}""";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Map<String, Object> model = model();
        PebbleTemplate plain = engine(new PebbleEngine.Builder()).getTemplate("page");
        PebbleTemplate sandboxed = engine(TemplateSandbox.builder(TemplateLimits.DEFAULT, Map.<String, Function>of())).getTemplate("page");
        if (!render(plain, model, false).equals(render(sandboxed, model, true))) {
            throw new IllegalStateException("the two engines render the page differently");
        }
        // warm both up in turns, then measure in turns, so that the JIT and the machine treat them alike
        for (int round = 0; round < 3; round++) {
            measure(plain, model, false, Duration.ofSeconds(2));
            measure(sandboxed, model, true, Duration.ofSeconds(2));
        }
        double plainRate = 0;
        double sandboxRate = 0;
        for (int round = 0; round < 2; round++) {
            plainRate += measure(plain, model, false, Duration.ofSeconds(seconds));
            sandboxRate += measure(sandboxed, model, true, Duration.ofSeconds(seconds));
        }
        System.out.printf("page sandbox: a 50-proposal list page (%d characters) rendered %.0f times/s by plain Pebble, %.0f times/s in the "
                + "sandbox (budget, allow-listed methods, bounded filters); ratio sandboxed/plain = %.3f%n",
                render(plain, model, false).length(), plainRate / 2, sandboxRate / 2, sandboxRate / plainRate);
    }

    private static PebbleEngine engine(PebbleEngine.Builder builder) {
        MemoryLoader loader = new MemoryLoader();
        loader.addTemplate("layout", LAYOUT);
        loader.addTemplate("page", PAGE);
        loader.addTemplate("macros", MACROS);
        return builder.loader(loader).autoEscaping(true).strictVariables(false).newLineTrimming(true).build();
    }

    private static double measure(PebbleTemplate template, Map<String, Object> model, boolean budgeted, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        long renders = 0;
        long length = 0;
        while (System.nanoTime() < end) {
            length += render(template, model, budgeted).length();
            renders++;
        }
        if (length == 0) {
            throw new IllegalStateException("nothing rendered");
        }
        return renders / ((System.nanoTime() - start) / 1e9);
    }

    private static String render(PebbleTemplate template, Map<String, Object> model, boolean budgeted) throws Exception {
        if (budgeted) {
            return TemplateSandbox.render(template, model, TemplateLimits.DEFAULT);
        }
        StringWriter out = new StringWriter();
        template.evaluate(out, model);
        return out.toString();
    }

    private static Map<String, Object> model() {
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            proposals.add(new Proposal("Un jardin partagé près de l'école numéro " + i + " pour les enfants du quartier", "Camille " + i,
                    i * 37 % 1200, i % 7, i % 5 == 0 ? "accepted" : "published"));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("locale", "fr");
        model.put("organisation", Map.of("name", "Eau de la Métropole"));
        model.put("languages", List.of(Map.of("code", "fr", "name", "Français", "current", true), Map.of("code", "en", "name", "English",
                "current", false)));
        model.put("title", "Idées pour l'eau");
        model.put("total", 500);
        model.put("page", 1);
        model.put("sort", "soutiens");
        model.put("proposals", proposals);
        return model;
    }
}
