package org.communa.server.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * What the integration tests need around the server, for the whole test run: a fresh database and
 * roles in the real PostgreSQL (dropped afterwards, leaving nothing behind), and a real SMTP server
 * (GreenMail) that the server sends to, and the module publishers whose bundles it trusts. Active only under failsafe, which names the Payara Micro jar.
 */
public class TestInfrastructure implements LauncherSessionListener {

    static final String DATABASE = "communa_it";
    static final String[] ROLES = {"communa_it_app", "communa_it_system"};
    static final int SMTP_PORT = 3925;
    /** A second mail server, standing for an organisation's own. */
    static final int ORGANISATION_SMTP_PORT = 3926;
    static GreenMail mail;
    static GreenMail organisationMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("payara.microJar") == null) {
            return;
        }
        dropAll();
        TestPublishers.prepare();
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        organisationMail = new GreenMail(new ServerSetup(ORGANISATION_SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        organisationMail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (System.getProperty("payara.microJar") == null) {
            return;
        }
        if (mail != null) {
            mail.stop();
            organisationMail.stop();
        }
        dropAll();
    }

    static String adminUrl(String database) {
        return "jdbc:postgresql://" + System.getProperty("communa.it.db.host", "127.0.0.1") + ":"
                + System.getProperty("communa.it.db.port", "5432") + "/" + database;
    }

    /** A port nothing listens on now (the system's choice of a free one), for a server a test starts. */
    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(adminUrl(database), System.getProperty("communa.it.db.admin", "postgres"), "");
    }

    private static void dropAll() {
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            for (String role : ROLES) {
                s.execute("drop role if exists " + role);
            }
            CommunaInstance.dropDatabases(s);
        } catch (SQLException e) {
            throw new IllegalStateException("integration tests need PostgreSQL at " + adminUrl("postgres")
                    + " with trust authentication for " + System.getProperty("communa.it.db.admin", "postgres")
                    + ": " + e.getMessage(), e);
        }
    }
}
