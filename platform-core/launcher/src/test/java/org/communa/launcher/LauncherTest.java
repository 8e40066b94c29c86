package org.communa.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.communa.kernel.security.SecretTokens;
import org.junit.jupiter.api.Test;

/**
 * The launcher against its real embedded PostgreSQL (as root here, the way these machines run it):
 * data kept under var/ survives a restart, and the bootstrap command creates a system admin whose
 * token is printed once and stored only as a digest.
 */
class LauncherTest {

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void embeddedDatabaseKeepsItsDataAcrossRestartsAndBootstrapsAnAdmin() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "home");
        LauncherSettings settings = new LauncherSettings(home,
                Map.of("COMMUNA_EMBEDDED_DB_PORT", String.valueOf(freePort())));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings)) {
            // the launcher's own database does not exist until the server creates it: use the maintenance one
            try (Connection c = DriverManager.getConnection(database.jdbcUrl().replace("/communa", "/postgres"), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("create table kept (v text)");
                s.execute("insert into kept values ('survives')");
            }
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings)) {
            try (Connection c = DriverManager.getConnection(database.jdbcUrl().replace("/communa", "/postgres"), "postgres", "");
                    ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("survives");
            }
        }
        assertThat(home.resolve("var/postgres/PG_VERSION")).exists();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            status = Communa.dispatch(settings, List.of("admin", "create-system-admin", "alice"));
        } finally {
            System.setOut(original);
        }
        assertThat(status).isZero();
        String token = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.matches("[A-Za-z0-9_-]{43}")).findFirst()
                .orElseThrow();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings);
                Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                ResultSet rs = c.createStatement().executeQuery("select token_hash, (select count(*) from audit_events"
                        + " where action = 'system-admin.create') from system_admins where name = 'alice'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(SecretTokens.digest(token)).isNotEqualTo(token);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }

    @Test
    void wrongCommandsExitWithAMessageAndStatus2() {
        LauncherSettings settings = new LauncherSettings(Path.of("target"), Map.of());
        assertThat(Communa.dispatch(settings, List.of())).isEqualTo(2);
        assertThat(Communa.dispatch(settings, List.of("launch"))).isEqualTo(2);
        assertThat(Communa.dispatch(settings, List.of("admin", "create-system-admin"))).isEqualTo(2);
    }

    @Test
    void badPortsAreRefusedPlainly() {
        assertThatThrownBy(() -> new LauncherSettings(Path.of("."), Map.of("COMMUNA_HTTP_PORT", "eighty")).httpPort())
                .isInstanceOf(LauncherException.class).hasMessageContaining("COMMUNA_HTTP_PORT");
        assertThatThrownBy(() -> new LauncherSettings(Path.of("."), Map.of("COMMUNA_HTTP_PORT", "70000")).httpPort())
                .isInstanceOf(LauncherException.class).hasMessageContaining("1-65535");
    }

    @Test
    void httpThreadsDefaultToAFewPerCoreAndMayBeSet() {
        assertThat(new LauncherSettings(Path.of("."), Map.of()).httpThreads())
                .isEqualTo(6 * Runtime.getRuntime().availableProcessors());
        assertThat(new LauncherSettings(Path.of("."), Map.of("COMMUNA_HTTP_THREADS", "40")).httpThreads()).isEqualTo(40);
        assertThatThrownBy(() -> new LauncherSettings(Path.of("."), Map.of("COMMUNA_HTTP_THREADS", "0")).httpThreads())
                .isInstanceOf(LauncherException.class).hasMessageContaining("COMMUNA_HTTP_THREADS");
    }
}
