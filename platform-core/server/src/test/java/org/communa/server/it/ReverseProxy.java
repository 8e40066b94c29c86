package org.communa.server.it;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package) in front of two server processes on loopback, with the configuration the
 * container stack uses (docker/haproxy.cfg): round robin, a process out of rotation as soon as
 * /health/ready fails twice (checks every 500 ms), a request whose connection was refused tried on another.
 */
final class ReverseProxy implements AutoCloseable {

    private final Process process;
    private final int port;

    private ReverseProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** HAProxy with docker/haproxy.cfg, in front of the two server processes listening on these ports. */
    static ReverseProxy balancing(int first, int second) throws IOException, InterruptedException {
        int port = TestInfrastructure.freePort();
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", Path.of("..", "..", "docker", "haproxy.cfg").toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "haproxy-" + port + ".log").toFile());
        builder.environment().put("PROXY_BIND", "127.0.0.1:" + port);
        builder.environment().put("SERVER_1", "127.0.0.1:" + first);
        builder.environment().put("SERVER_2", "127.0.0.1:" + second);
        Process haproxy;
        try {
            haproxy = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("HAProxy is needed for this test (Debian package haproxy; .ci/run installs it)", e);
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return new ReverseProxy(haproxy, port);
            } catch (IOException notYet) {
                if (!haproxy.isAlive()) {
                    throw new IllegalStateException("HAProxy stopped: see target/haproxy-" + port + ".log");
                }
                Thread.sleep(100);
            }
        }
        haproxy.destroyForcibly();
        throw new IllegalStateException("HAProxy did not listen on " + port);
    }

    Http http() {
        try {
            return new Http(new java.net.URL("http://127.0.0.1:" + port + "/"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
