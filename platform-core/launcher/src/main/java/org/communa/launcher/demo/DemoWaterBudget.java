package org.communa.launcher.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.communa.launcher.demo.OrganisationApi.Account;

/**
 * Fills the demo organisation eau.localhost, once, by running {@link WaterBudgetStory} against the server that
 * `./communa run` started: demo accounts (whose password is printed) sign up through the API; the launcher,
 * which owns the demo database, confirms their e-mail addresses, as nobody reads a demo's mail.
 */
public final class DemoWaterBudget {

    public static final String HOST = "eau.localhost";
    public static final String PASSWORD = "eau-demo-2026";
    static final int RESIDENTS = 24;

    private final URI server;
    private final DataSource database;
    private final Supplier<String> systemAdminToken;

    /**
     * @param server where the server listens
     * @param database the demo database, as its owner (to confirm the demo accounts)
     * @param systemAdminToken makes a system admin's token (to make the demo admin an admin of eau)
     */
    public DemoWaterBudget(URI server, DataSource database, Supplier<String> systemAdminToken) {
        this.server = server;
        this.database = database;
        this.systemAdminToken = systemAdminToken;
    }

    /** Runs the story unless eau already has its budget; returns what to tell the person who ran the demo. */
    public String fillIfEmpty() {
        OrganisationApi eau = new OrganisationApi(server, HOST);
        if (eau.get(Account.VISITOR, "api/spaces/" + WaterBudgetStory.SLUG).status() == 200) {
            return "the water utility's participatory budget is already there";
        }
        List<String> emails = new ArrayList<>(List.of("admin@" + HOST, "etudes@" + HOST));
        for (int i = 1; i <= RESIDENTS; i++) {
            emails.add(String.format("habitant-%02d@%s", i, HOST));
        }
        for (String email : emails) {
            eau.json(Account.VISITOR, "POST", "api/account/sign-up", Json.createObjectBuilder().add("email", email).add("password", PASSWORD)
                    .add("displayName", displayName(email)).add("locale", "fr").add("acceptTerms", true).build()).expect(202);
        }
        confirm(emails);
        grantAdmin(emails.get(0));
        Account admin = eau.signIn(emails.get(0), PASSWORD);
        Account staff = eau.signIn(emails.get(1), PASSWORD);
        String staffId = eau.get(staff, "api/account").expect(200).json().getString("id");
        eau.json(admin, "PUT", "api/admin/participants/" + staffId + "/roles/evaluator", null).expect(204);
        List<WaterBudgetStory.Resident> residents = new ArrayList<>();
        for (int i = 2; i < emails.size(); i++) {
            residents.add(new WaterBudgetStory.Resident(eau.signIn(emails.get(i), PASSWORD), String.format("EAU-%05d", i - 1)));
        }
        WaterBudgetStory.Outcome outcome = new WaterBudgetStory(eau, new WaterBudgetStory.Cast(admin, staff, residents),
                WaterBudgetStory.demoIdeas()).run();
        return "the water utility's participatory budget ran from idea to works: " + outcome.ideaIds().size() + " ideas, "
                + outcome.projects().size() + " projects, " + outcome.ballots() + " ballots, "
                + outcome.results().getJsonArray("winners").size() + " funded; sign in at http://" + HOST + ":" + server.getPort()
                + "/sign-in as admin@" + HOST + " (admin), etudes@" + HOST + " (staff) or habitant-01@" + HOST
                + ", password " + PASSWORD;
    }

    private static String displayName(String email) {
        String local = email.substring(0, email.indexOf('@'));
        return switch (local) {
            case "admin" -> "Administration de l’eau";
            case "etudes" -> "Service des études";
            default -> "Habitant·e " + local.substring(local.indexOf('-') + 1);
        };
    }

    private void confirm(List<String> emails) {
        try (Connection connection = database.getConnection();
                PreparedStatement confirm = connection.prepareStatement(
                        "update participants set confirmed_at = now() where email = ? and confirmed_at is null")) {
            for (String email : emails) {
                confirm.setString(1, email);
                confirm.addBatch();
            }
            confirm.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot confirm the demo accounts: " + e.getMessage(), e);
        }
    }

    private void grantAdmin(String email) {
        OrganisationApi system = new OrganisationApi(server, "localhost");
        String bearer = systemAdminToken.get();
        JsonObject organisations = system.sendAuthorised(bearer, "GET", "api/system/organisations", null).expect(200).json();
        String id = organisations.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> HOST.equals(o.getString("primaryHost", ""))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation answers at " + HOST)).getString("id");
        system.sendAuthorised(bearer, "POST", "api/system/organisations/" + id + "/admins",
                Json.createObjectBuilder().add("email", email).build().toString()).expect(204);
    }
}
