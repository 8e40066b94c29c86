package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The platform host over real HTTP on Payara Micro and a real PostgreSQL: organisations managed
 * through the system API, and requests routed to them by Host header.
 */
class PlatformIT extends ServerIT {




    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    JsonObject createOrganisation(String slug) {
        Http.Reply created = http().system("POST", "api/system/organisations").json(Http.organisation(slug)).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void systemAdminCreatesListsAndReadsOrganisations() {
        String slug = unique("ville");
        JsonObject org = createOrganisation(slug);
        assertThat(org.getString("primaryHost")).isEqualTo(slug + ".test");
        assertThat(org.getString("status")).isEqualTo("active");

        Http.Reply list = http().system("GET", "api/system/organisations?limit=1000").send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(slug);

        Http.Reply read = http().system("GET", "api/system/organisations/" + org.getString("id")).send();
        assertThat(read.json().getString("name")).isEqualTo("Organisation " + slug);

        Http.Reply audit = http().system("GET", "api/system/audit?organisation=" + org.getString("id")).send();
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().getJsonArray("items").getJsonObject(0).getString("action")).isEqualTo("organisation.create");
        assertThat(audit.json().getJsonArray("items").getJsonObject(0).getString("actor")).isEqualTo("system-admin:bootstrap");
    }

    @Test
    void systemAdminSetsTheInstanceNameAndWhatNewOrganisationsGet() {
        JsonObject before = http().system("GET", "api/system/settings").send().json();
        assertThat(before.getString("name")).isNotBlank();
        try {
            Http.Reply changed = http().system("PUT", "api/system/settings").json(Json.createObjectBuilder()
                    .add("name", "Hébergeur public").add("contactEmail", "ops@hebergeur.test").add("defaultTheme", "riviere")
                    .add("defaultModules", Json.createArrayBuilder().add("pages").add("template")).build()).send();
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(http().system("GET", "api/system/settings").send().json().getString("name")).isEqualTo("Hébergeur public");

            JsonObject bare = Json.createObjectBuilder(Http.organisation(unique("defaults"))).remove("allowedModules").build();
            JsonObject created = http().system("POST", "api/system/organisations").json(bare).send().json();
            assertThat(created.getString("theme")).isEqualTo("riviere");
            assertThat(created.getJsonArray("allowedModules").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).containsExactly("pages", "template");
            JsonObject explicit = http().system("POST", "api/system/organisations").json(Json.createObjectBuilder(
                    Http.organisation(unique("explicit"))).add("theme", "campus").build()).send().json();
            assertThat(explicit.getString("theme")).isEqualTo("campus");
            // modules given explicitly are kept as given, not replaced by the instance's defaults
            assertThat(explicit.getJsonArray("allowedModules")).isEqualTo(Http.organisation("x").getJsonArray("allowedModules"));

            assertProblem(http().system("PUT", "api/system/settings").json(Json.createObjectBuilder()
                    .add("name", "x").add("defaultTheme", "no-such-theme").build()).send(), 400, "no theme no-such-theme");
            assertProblem(http().system("PUT", "api/system/settings").json(Json.createObjectBuilder()
                    .add("name", "x").add("defaultTheme", "default").add("contactEmail", "not an address").build()).send(), 400, "contactEmail");
            assertProblem(http().system("PUT", "api/system/settings").json(Json.createObjectBuilder()
                    .add("defaultTheme", "default").build()).send(), 400, "name");
            assertThat(http().to("localhost", "GET", "api/system/settings").send().status()).isEqualTo(401);
            assertThat(http().system("GET", "api/system/audit").send().body()).contains("instance.settings");
        } finally {
            http().system("PUT", "api/system/settings").json(before).send();
        }
    }

    @Test
    void operationsEndpointsAnswer() {
        Http.Reply ready = http().to("localhost", "GET", "health/ready").send();
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("communa-platform").contains("UP");
        assertThat(http().to("localhost", "GET", "health/live").send().status()).isEqualTo(200);
        Http.Reply openapi = http().to("localhost", "GET", "openapi").send();
        assertThat(openapi.body()).contains("/api/system/organisations").contains("/api/account/sign-up");
        assertThat(http().to("localhost", "GET", "metrics").send().status()).isEqualTo(200);
        assertThat(http().to("localhost", "GET", "api/ping").send().header("X-Request-Id")).isNotBlank();
    }

    /**
     * /openapi: the host's resources and every running module's routes, described from the modules' route tables,
     * valid for swagger-parser; a module installed while the server runs shows at once, and leaves with its bundle.
     */
    @Test
    void theApiDocumentDescribesEveryRunningModuleRouteAndFollowsInstalls() {
        JsonObject document = apiDocument();
        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths).containsKeys("/api/system/organisations", "/api/spaces/{slug}/c/{componentId}/proposals/{id}/answer",
                "/api/spaces/{slug}/c/{componentId}/budgets/{id}/ballot", "/api/spaces/{slug}/c/{componentId}/surveys/{id}/answers",
                "/api/spaces/{slug}/c/{componentId}/meetings/{id}/registration", "/api/spaces/{slug}/c/{componentId}/pages/{page}");
        assertThat(paths).doesNotContainKey("/api/spaces/{slug}/c/{componentId}/{path}");
        JsonObject answer = paths.getJsonObject("/api/spaces/{slug}/c/{componentId}/proposals/{id}/answer").getJsonObject("post");
        assertThat(answer.getString("summary")).isEqualTo("Answer a proposal (state, text, estimated cost)");
        assertThat(answer.getString("x-communa-access")).isEqualTo("answer");
        assertThat(answer.getString("description")).contains("role evaluator");
        assertThat(answer.getJsonObject("requestBody").toString()).contains("answerState");
        assertThat(answer.getJsonObject("responses").getJsonObject("409").getString("$ref")).isEqualTo("#/components/responses/ModuleProblem");
        assertThat(paths.getJsonObject("/api/spaces/{slug}/c/{componentId}").getJsonObject("get").getString("summary"))
                .startsWith("Depends on the component's module: ").contains("budgets: ").contains("proposals: ");
        int moduleOperations = 0;
        for (var path : paths.entrySet()) {
            if (path.getKey().startsWith("/api/spaces/{slug}/c/{componentId}")) {
                for (var operation : path.getValue().asJsonObject().values()) {
                    moduleOperations++;
                    assertThat(operation.asJsonObject().getString("summary")).as(path.getKey()).doesNotStartWith("Undescribed");
                }
            }
        }
        assertThat(moduleOperations).isGreaterThan(70);

        Http.Reply installed = install(Bundles.template());
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
        try {
            assertThat(apiDocument().getJsonObject("paths")).containsKey("/api/spaces/{slug}/c/{componentId}/items/{id}");
        } finally {
            assertThat(http().system("DELETE", "api/system/modules/" + installed.json().getJsonNumber("bundleId") + "?purge=true")
                    .send().status()).isEqualTo(200);
        }
        assertThat(apiDocument().getJsonObject("paths")).doesNotContainKey("/api/spaces/{slug}/c/{componentId}/items/{id}");
    }

    /** /openapi, checked by swagger-parser: a document it reports anything about fails the build. */
    private JsonObject apiDocument() {
        Http.Reply reply = http().to("localhost", "GET", "openapi?format=JSON").send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setResolve(true);
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(reply.body(), null, options);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
        return reply.json();
    }

    @Test
    void systemApiRefusesWithoutAnAdminToken() {
        Http.Reply anonymous = http().to("localhost", "GET", "api/system/organisations").send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        Http.Reply wrong = http().to("localhost", "GET", "api/system/organisations")
                .header("Authorization", "Bearer not-a-token").send();
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void hostsRouteToTheirOrganisation() {
        String slug = unique("eau");
        createOrganisation(slug);

        Http.Reply alias = http().to("www." + slug + ".test", "GET", "api/spaces?x=1").send();
        assertThat(alias.status()).as(alias.body()).isEqualTo(301);
        assertThat(alias.header("Location")).contains(slug + ".test").contains("/api/spaces?x=1").doesNotContain("www.");

        Http.Reply unknown = http().to("nobody.test", "GET", "api/spaces").send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().getString("detail")).contains("nobody.test");

        Http.Reply unknownPage = http().to("nobody.test", "GET", "").header("Accept", "text/html").send();
        assertThat(unknownPage.status()).isEqualTo(404);
        assertThat(unknownPage.contentType()).startsWith("text/html");

        Http.Reply systemFromOrganisationHost = http().to(slug + ".test", "GET", "api/system/organisations")
                .header("Authorization", "Bearer " + Http.ADMIN_TOKEN).send();
        assertThat(systemFromOrganisationHost.status()).isEqualTo(404);
    }

    @Test
    void systemAdminChangesHostsAndSettings() {
        String slug = unique("move");
        JsonObject org = createOrganisation(slug);
        JsonObject changed = Json.createObjectBuilder(Http.organisation(slug))
                .add("primaryHost", "participer." + slug + ".test")
                .add("aliasHosts", Json.createArrayBuilder().add(slug + ".test"))
                .add("availableLocales", Json.createArrayBuilder().add("fr").add("en").add("ca").add("es"))
                .add("theme", "eau").add("allowedModules", Json.createArrayBuilder().add("proposals").add("budgets"))
                .build();
        Http.Reply updated = http().system("PUT", "api/system/organisations/" + org.getString("id")).json(changed).send();
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().getString("theme")).isEqualTo("eau");
        assertThat(updated.json().getJsonArray("allowedModules")).hasSize(2);
        assertThat(http().to("participer." + slug + ".test", "GET", "api/spaces").send().status()).isEqualTo(200);
        Http.Reply oldPrimary = http().to(slug + ".test", "GET", "api/spaces").send();
        assertThat(oldPrimary.status()).isEqualTo(301);
        assertThat(oldPrimary.header("Location")).contains("participer." + slug + ".test");
        assertThat(http().to("www." + slug + ".test", "GET", "api/spaces").send().status()).isEqualTo(404);
        assertProblem(http().system("PUT", "api/system/organisations/" + UUID.randomUUID()).json(changed).send(), 404, null);
    }

    @Test
    void suspendedOrganisationAnswers503ExceptToSystemAdmins() {
        String slug = unique("asso");
        String id = createOrganisation(slug).getString("id");
        assertThat(http().system("POST", "api/system/organisations/" + id + "/suspend").send().json().getString("status"))
                .isEqualTo("suspended");

        Http.Reply participant = http().to(slug + ".test", "GET", "api/spaces").send();
        assertThat(participant.status()).as(participant.body()).isEqualTo(503);
        Http.Reply page = http().to(slug + ".test", "GET", "api/spaces").header("Accept", "text/html").send();
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("suspendu");
        Http.Reply admin = http().to(slug + ".test", "GET", "api/spaces")
                .header("Authorization", "Bearer " + Http.ADMIN_TOKEN).send();
        assertThat(admin.status()).isEqualTo(200);

        http().system("POST", "api/system/organisations/" + id + "/resume").send();
        assertThat(http().to(slug + ".test", "GET", "api/spaces").send().status()).isEqualTo(200);
    }

    @Test
    void badOrganisationInputIsRefusedWithProblemDetails() {
        String slug = unique("dup");
        createOrganisation(slug);
        assertProblem(http().system("POST", "api/system/organisations").raw("{not json", "application/json").send(), 400, null);
        assertProblem(http().system("POST", "api/system/organisations").raw("", "application/json").send(), 400, null);
        assertProblem(http().system("POST", "api/system/organisations")
                .json(Json.createObjectBuilder(Http.organisation(unique("x"))).add("slug", 42).build()).send(), 400, "slug");
        assertProblem(http().system("POST", "api/system/organisations")
                .json(Json.createObjectBuilder(Http.organisation(unique("x"))).add("contactEmail", "nope").build()).send(), 400, "contactEmail");
        assertProblem(http().system("POST", "api/system/organisations")
                .json(Json.createObjectBuilder(Http.organisation(unique("x"))).add("timeZone", "Mars/Olympus").build()).send(), 400, "timeZone");
        assertProblem(http().system("POST", "api/system/organisations")
                .json(Json.createObjectBuilder(Http.organisation(unique("x"))).add("primaryHost", slug + ".test").build()).send(), 409, "already used by another organisation");
        assertProblem(http().system("GET", "api/system/organisations/not-a-uuid").send(), 404, null);
        String big = "{\"name\":\"" + "a".repeat(2_000_000) + "\"}";
        assertProblem(http().system("POST", "api/system/organisations").raw(big, "application/json").expectContinue().send(), 413, null);
        // nothing half-written: the refused duplicate did not create a second organisation
        assertThat(http().system("GET", "api/system/organisations?limit=1000").send().body().split("\"slug\":\"" + slug + "\"").length)
                .isEqualTo(2);
    }

    @Test
    void anOrganisationMayUseItsOwnMailServer() throws Exception {
        JsonObject org = createOrganisation(unique("smtp"));
        String id = org.getString("id");
        assertProblem(http().system("PUT", "api/system/organisations/" + id + "/smtp").json(Json.createObjectBuilder()
                .add("host", "127.0.0.1").add("port", 70000).add("from", "x@y.fr").build()).send(), 400, "port");
        assertThat(http().system("PUT", "api/system/organisations/" + id + "/smtp").json(Json.createObjectBuilder()
                .add("host", "127.0.0.1").add("port", TestInfrastructure.ORGANISATION_SMTP_PORT)
                .add("from", "participation@ville.example").build()).send().status()).isEqualTo(204);
        String email = "own-smtp-" + unique("p") + "@example.org";
        http().to(org.getString("primaryHost"), "POST", "api/account/sign-up").json(Json.createObjectBuilder()
                .add("email", email).add("password", "long enough password").add("displayName", "x").add("acceptTerms", true).build()).send();
        long deadline = System.currentTimeMillis() + 30_000;
        while (TestInfrastructure.organisationMail.getReceivedMessages().length == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        jakarta.mail.internet.MimeMessage[] received = TestInfrastructure.organisationMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("participation@ville.example");
        assertThat(Mailbox.count(email)).isZero(); // nothing went through the instance's server
    }

    @Test
    void mailThatCannotBeSentIsRetriedUntilTheServerAnswers() throws Exception {
        JsonObject org = createOrganisation(unique("retry"));
        String id = org.getString("id");
        // the organisation's mail server is down (nothing listens on port 9)
        http().system("PUT", "api/system/organisations/" + id + "/smtp").json(Json.createObjectBuilder()
                .add("host", "127.0.0.1").add("port", 9).add("from", "retry@ville.example").build()).send();
        String email = "retry-" + unique("p") + "@example.org";
        http().to(org.getString("primaryHost"), "POST", "api/account/sign-up").json(Json.createObjectBuilder()
                .add("email", email).add("password", "long enough password").add("displayName", "x").add("acceptTerms", true).build()).send();
        Thread.sleep(2_500); // at least one attempt fails
        assertThat(Mailbox.count(email)).isZero();
        // the server comes back: the queued job delivers on a later attempt
        http().system("DELETE", "api/system/organisations/" + id + "/smtp").send();
        assertThat(Mailbox.token(Mailbox.await(email, "Confirmez"))).isNotBlank();
        assertThat(Mailbox.count(email)).isEqualTo(1);
    }

    @Test
    void aBundleDroppedIntoTheModulesDirectoryIsInstalledAndRemovedWithIt() throws Exception {
        java.nio.file.Path dropped = java.nio.file.Path.of(System.getProperty("communa.it.modules.dir"), "dropped.jar");
        java.nio.file.Files.write(dropped, Bundles.withImports("org.example.dropped", "org.communa.module.api;version=\"[1.0,2)\""));
        try {
            awaitModules(body -> body.contains("org.example.dropped"));
        } finally {
            java.nio.file.Files.delete(dropped);
        }
        awaitModules(body -> !body.contains("org.example.dropped"));
    }

    private void awaitModules(java.util.function.Predicate<String> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            body = http().system("GET", "api/system/modules").send().body();
            if (condition.test(body)) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the modules directory was not picked up within 20 s: " + body);
    }

    @Test
    void moduleBundlesAreListedQuarantinedOrRefused() {
        Http.Reply modules = http().system("GET", "api/system/modules").send();
        assertThat(modules.status()).isEqualTo(200);
        JsonObject pages = modules.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> "org.communa.modules.pages".equals(m.getString("symbolicName"))).findFirst().orElseThrow();
        assertThat(pages.getString("state")).isEqualTo("ACTIVE");
        assertThat(pages.getString("module")).isEqualTo("pages");
        assertThat(pages.getString("publisher")).isEqualTo("Communa");
        assertThat(pages.getJsonObject("names").getString("fr")).isEqualTo("Pages");
        assertThat(pages.getJsonObject("names").getString("ca")).isEqualTo("Pàgines");

        Http.Reply broken = http().system("POST", "api/system/modules")
                .bytes(Bundles.withImports("org.example.broken", "org.example.nowhere;version=\"[1.0,2)\""), "application/java-archive").send();
        assertThat(broken.status()).as(broken.body()).isEqualTo(202);
        assertThat(broken.json().getBoolean("quarantined")).isTrue();
        assertThat(broken.json().getString("error")).contains("org.example.nowhere");
        assertThat(http().system("GET", "api/system/modules").send().body()).contains("org.example.broken").contains("\"ACTIVE\"");

        Http.Reply failing = http().system("POST", "api/system/modules")
                .bytes(Bundles.failingOnStart("org.example.failing", "database of the module is unreachable"), "application/java-archive").send();
        assertThat(failing.status()).as(failing.body()).isEqualTo(202);
        assertThat(failing.json().getString("error")).contains("database of the module is unreachable");
        assertThat(http().system("GET", "api/system/modules").send().body()).contains("database of the module is unreachable");
        // the host keeps serving
        assertThat(http().system("GET", "api/system/organisations").send().status()).isEqualTo(200);

        assertProblem(http().system("POST", "api/system/modules")
                .bytes(Bundles.withImports("org.example.future", "org.communa.module.api;version=\"[2.0,3)\""), "application/java-archive")
                .send(), 400, "needs org.communa.module.api version [2.0.0,3.0.0)");
        assertProblem(http().system("POST", "api/system/modules").bytes("not a jar".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/java-archive").send(), 400, null);
    }

    /**
     * Modules depend on each other through declared requirements: the graph is listed, a component of a module
     * whose requirement is missing is refused, a required module cannot leave (nor be upgraded out of range) from
     * under components of a module requiring it, and a module that only uses another is said to degrade.
     */
    @Test
    void modulesRequirementsAreListedAndEnforced() {
        List<JsonObject> items = http().system("GET", "api/system/modules").send().json().getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject budgets = items.stream().filter(m -> "budgets".equals(m.getString("module", ""))).findFirst().orElseThrow();
        JsonObject uses = budgets.getJsonArray("requires").getJsonObject(0);
        assertThat(uses.getString("module")).isEqualTo("proposals");
        assertThat(uses.getString("versions")).isEqualTo("[1.3,2)");
        assertThat(uses.getBoolean("mandatory")).isFalse();
        assertThat(uses.getBoolean("met")).as(items.toString()).isTrue();
        JsonObject proposals = items.stream().filter(m -> "proposals".equals(m.getString("module", ""))).findFirst().orElseThrow();
        assertThat(proposals.getJsonArray("requiredBy").getJsonObject(0).getString("module")).isEqualTo("budgets");
        assertThat(proposals.getJsonArray("publishes").getJsonObject(0).getString("name")).isEqualTo("answered-proposals");

        installed(Bundles.moduleRequiring("needs-absent", "1.0.0", "absent", "[1.0,2)", true));
        installed(Bundles.moduleRequiring("base-y", "1.0.0", null, null, true));
        installed(Bundles.moduleRequiring("needs-base", "1.0.0", "base-y", "[1.0,2)", true));
        installed(Bundles.moduleRequiring("base-z", "1.0.0", null, null, true));
        installed(Bundles.moduleRequiring("uses-base", "1.0.0", "base-z", "[1.0,2)", false));
        JsonObject org = http().system("POST", "api/system/organisations").json(Json.createObjectBuilder(Http.organisation(Scenario.unique("needs")))
                .add("allowedModules", Json.createArrayBuilder().add("needs-absent").add("needs-base").add("uses-base").add("base-z")).build())
                .send().json();
        Scenario.Session admin = new Scenario(http()).admin(org);
        String space = Scenario.created(admin.call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "process")
                .add("slug", "needs").add("title", Scenario.titled("Besoins")).add("published", true).build()).send()).getString("id");
        // needs-absent: its requirement is missing; needs-base: base-y is installed but not enabled for this organisation
        assertProblem(component(admin, space, "needs-absent"), 409, "needs the module absent [1.0,2), which is not installed");
        assertProblem(component(admin, space, "needs-base"), 409, "which the service provider has not enabled for this organisation");
        http().system("PUT", "api/system/organisations/" + org.getString("id")).json(Json.createObjectBuilder(
                http().system("GET", "api/system/organisations/" + org.getString("id")).send().json())
                .add("allowedModules", Json.createArrayBuilder().add("needs-base").add("base-y").add("uses-base").add("base-z")).build()).send();
        assertThat(component(admin, space, "needs-base").status()).isEqualTo(201);
        assertThat(component(admin, space, "uses-base").status()).isEqualTo(201);
        assertProblem(http().system("PUT", "api/system/organisations/" + org.getString("id")).json(Json.createObjectBuilder(
                http().system("GET", "api/system/organisations/" + org.getString("id")).send().json())
                .add("allowedModules", Json.createArrayBuilder().add("needs-base").add("uses-base").add("base-z")).build()).send(), 409,
                "the module base-y cannot be disabled for this organisation: needs-base requires it");

        // base-y cannot leave, nor move to a version needs-base does not accept; base-z may leave, uses-base degrades
        assertProblem(http().system("DELETE", "api/system/modules/org.example.base-y").send(), 409,
                "required by needs-base ([1.0,2)), which has 1 component in 1 organisation");
        assertProblem(http().system("PUT", "api/system/modules/org.example.base-y")
                .bytes(Bundles.moduleRequiring("base-y", "2.0.0", null, null, true), "application/java-archive").send(), 409,
                "version 2.0.0 of base-y would break needs-base");
        assertThat(moduleVersion("base-y")).isEqualTo("1.0.0");
        Http.Reply removed = http().system("DELETE", "api/system/modules/org.example.base-z").send();
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().getJsonArray("degraded").getJsonObject(0).getString("module")).isEqualTo("uses-base");
        for (String bundle : List.of("needs-absent", "uses-base")) {
            assertThat(http().system("DELETE", "api/system/modules/org.example." + bundle + "?purge=true").send().status()).isEqualTo(200);
        }
    }

    private void installed(byte[] bundle) {
        Http.Reply installed = install(bundle);
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
    }

    private static Http.Reply component(Scenario.Session admin, String space, String module) {
        return admin.call("POST", "api/admin/spaces/" + space + "/components").json(Json.createObjectBuilder()
                .add("module", module).add("name", Scenario.titled("Composant")).add("published", true).build()).send();
    }

    private String moduleVersion(String key) {
        return http().system("GET", "api/system/modules").send().json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> key.equals(m.getString("module", ""))).findFirst().orElseThrow().getString("moduleVersion");
    }

    @Test
    void onlyBundlesSignedByATrustedPublisherInstall() throws Exception {
        JsonObject pages = http().system("GET", "api/system/modules").send().json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(m -> "pages".equals(m.getString("module", ""))).findFirst().orElseThrow();
        assertThat(pages.getString("signedBy")).isEqualTo("Communa test publisher trusted");

        byte[] unsigned = Bundles.jar(Bundles.manifest("org.example.unsigned",
                java.util.Map.of("Import-Package", "org.communa.module.api;version=\"[1.0,2)\"")), java.util.Map.of("x.txt", new byte[] {1}));
        assertProblem(install(unsigned), 403, "not signed");
        byte[] fromStranger = TestPublishers.sign(unsigned, TestPublishers.STRANGER);
        assertProblem(install(fromStranger), 403, "not a trusted publisher");
        assertProblem(install(tampered(Bundles.pages())), 400, "changed after signing");

        // a system admin trusts the stranger: its bundles install; distrusted again, they are refused
        assertProblem(http().system("POST", "api/system/publishers").raw("not a key", "text/plain").send(), 400, "PEM");
        Http.Reply trusted = http().system("POST", "api/system/publishers?name=Stranger%20Coop")
                .raw(TestPublishers.certificatePem(TestPublishers.STRANGER), "application/x-pem-file").send();
        assertThat(trusted.status()).as(trusted.body()).isEqualTo(201);
        String fingerprint = trusted.json().getString("fingerprint");
        assertThat(http().system("GET", "api/system/publishers").send().body()).contains("Stranger Coop").contains(fingerprint)
                .contains("Communa test publisher trusted");
        Http.Reply installed = install(fromStranger);
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
        assertThat(installed.json().getString("signedBy")).isEqualTo("Stranger Coop");
        assertThat(http().system("DELETE", "api/system/modules/" + installed.json().getJsonNumber("bundleId")).send().status()).isEqualTo(204);
        assertThat(http().system("DELETE", "api/system/publishers/" + fingerprint).send().status()).isEqualTo(204);
        assertProblem(install(fromStranger), 403, "not a trusted publisher");
    }

    /**
     * The module a new publisher generated, built, tested and signed outside this repository (modules/author-it):
     * refused until the instance trusts its publisher, then installed, enabled and answering on its route.
     */
    @Test
    void aModuleBuiltOutsideThisRepositoryInstallsOnceItsPublisherIsTrusted() throws Exception {
        byte[] bundle = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(System.getProperty("communa.it.author.jar")));
        String pem = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("communa.it.author.pem")));
        assertProblem(install(bundle), 403, "not a trusted publisher");
        Http.Reply trusted = http().system("POST", "api/system/publishers?name=Ideas%20Box%20Cooperative")
                .raw(pem, "application/x-pem-file").send();
        assertThat(trusted.status()).as(trusted.body()).isEqualTo(201);
        Http.Reply installed = install(bundle);
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
        assertThat(installed.json().getString("signedBy")).isEqualTo("Ideas Box Cooperative");
        try {
            JsonObject org = http().system("POST", "api/system/organisations").json(Json.createObjectBuilder(
                    Http.organisation(Scenario.unique("ideas"))).add("allowedModules", Json.createArrayBuilder().add("ideas-box")).build())
                    .send().json();
            Scenario.Session admin = new Scenario(http()).admin(org);
            String space = Scenario.created(admin.call("POST", "api/admin/spaces").json(Json.createObjectBuilder().add("kind", "process")
                    .add("slug", "idees").add("title", Scenario.titled("Idées")).add("published", true).build()).send()).getString("id");
            Http.Reply component = component(admin, space, "ideas-box");
            assertThat(component.status()).as(component.body()).isEqualTo(201);
            Http.Reply answer = http().to(org.getString("primaryHost"), "GET",
                    "api/spaces/idees/c/" + component.json().getString("id")).send();
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().getJsonArray("items")).isEmpty();
        } finally {
            assertThat(http().system("DELETE", "api/system/modules/" + installed.json().getJsonNumber("bundleId") + "?purge=true")
                    .send().status()).isEqualTo(200);
            http().system("DELETE", "api/system/publishers/" + trusted.json().getString("fingerprint")).send();
        }
    }

    /**
     * A bundle that breaks the host's rules is refused at install with the reason, and nothing of it stays: not
     * the bundle, not a row its migration would have written (the migration ran in a transaction, rolled back).
     */
    @Test
    void aBundleWhoseMigrationTouchesAHostTableIsRefusedAndNothingOfItStays() throws Exception {
        int before = moduleCount();
        String tablesBefore = templateTables();
        Http.Reply refused = install(Bundles.templateRelease("1.0.1", java.util.Map.of("db/template/V2__steal.sql",
                "update participants set display_name = 'volé'")));
        assertProblem(refused, 422, "they touch participants, which is not a table of module template");
        assertThat(moduleCount()).isEqualTo(before);
        assertThat(http().system("GET", "api/system/modules").send().body()).doesNotContain("org.communa.modules.template");
        try (java.sql.Connection admin = TestInfrastructure.admin(TestInfrastructure.DATABASE);
                java.sql.ResultSet stolen = admin.createStatement().executeQuery(
                        "select count(*) from participants where display_name = 'volé'")) {
            stolen.next();
            assertThat(stolen.getInt(1)).isZero();
        }
        assertThat(templateTables()).as("its first migration went with the refused one").isEqualTo(tablesBefore);
        assertProblem(install(Bundles.templateRelease("1.0.2", java.util.Map.of("db/template/V2__open.sql",
                "alter table template_items no force row level security"))), 422, "refused");
        assertThat(moduleCount()).isEqualTo(before);
        // a manifest that contradicts itself (a version range that holds no version) is refused as well
        assertProblem(install(Bundles.moduleRequiring("bad-range", "1.0.0", "base-y", "[2.0,1.0)", true)), 422, "could not be created");
        assertThat(moduleCount()).isEqualTo(before);
        // the same module, without the bad migration, installs
        Http.Reply installed = install(Bundles.template());
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
        assertThat(http().system("DELETE", "api/system/modules/" + installed.json().getJsonNumber("bundleId") + "?purge=true").send().status())
                .isEqualTo(200);
    }

    private static String templateTables() throws java.sql.SQLException {
        try (java.sql.Connection admin = TestInfrastructure.admin(TestInfrastructure.DATABASE);
                java.sql.ResultSet tables = admin.createStatement().executeQuery(
                        "select coalesce(string_agg(tablename, ',' order by tablename), '') from pg_tables where tablename like 'template%' "
                        + "or tablename = 'module_history_template'")) {
            tables.next();
            return tables.getString(1);
        }
    }

    private int moduleCount() {
        return http().system("GET", "api/system/modules").send().json().getJsonArray("items").size();
    }

    private Http.Reply install(byte[] bundle) {
        return http().system("POST", "api/system/modules").bytes(bundle, "application/java-archive").send();
    }

    /** The signed bundle with one entry changed afterwards, as an attacker on the way would change it. */
    private static byte[] tampered(byte[] signed) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(signed));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                out.write(entry.getName().endsWith(".sql") ? "drop table participants;".getBytes() : content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static void assertProblem(Http.Reply reply, int status, String detailMentions) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (detailMentions != null) {
            assertThat(reply.json().getString("detail")).contains(detailMentions);
        }
    }
}
