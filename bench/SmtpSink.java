import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local mail server of the newsletter benchmark (bench/run §9): accepts every message over SMTP on
 * 127.0.0.1:PORT, keeps none, and writes how many it accepted to FILE twice a second.
 *   java bench/SmtpSink.java serve PORT FILE
 * The baseline: N messages of the size of a newsletter sent over one connection by a bare SMTP client,
 * nothing read from a database, nothing composed; prints the milliseconds they took.
 *   java bench/SmtpSink.java send PORT N
 */
public class SmtpSink {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        if (args[0].equals("send")) {
            System.out.println(send(port, Integer.parseInt(args[2])));
            return;
        }
        AtomicLong accepted = new AtomicLong();
        Path file = Path.of(args[2]);
        Thread reporter = new Thread(() -> {
            while (true) {
                try {
                    Files.writeString(file, accepted.get() + "\n");
                    Thread.sleep(500);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        reporter.setDaemon(true);
        reporter.start();
        var workers = Executors.newCachedThreadPool();
        try (ServerSocket server = new ServerSocket(port, 128, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket client = server.accept();
                workers.execute(() -> session(client, accepted));
            }
        }
    }

    private static void session(Socket client, AtomicLong accepted) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "DATA" -> {
                        reply(out, "354 go on");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message is read and dropped
                        }
                        accepted.incrementAndGet();
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException closed) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Sends n messages of about 3 kB over one connection, waiting for each answer like a mail client does. */
    private static long send(int port, int n) throws IOException {
        String body = "Subject: Lettre\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + "Il reste une semaine pour voter.\r\n".repeat(90)
                + ".\r\n";
        long start = System.nanoTime();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            in.readLine();
            command(out, in, "EHLO bench", 2);
            for (int i = 0; i < n; i++) {
                command(out, in, "MAIL FROM:<bench@bench.test>", 1);
                command(out, in, "RCPT TO:<r" + i + "@bench.test>", 1);
                command(out, in, "DATA", 1);
                out.write(body.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                in.readLine();
            }
            command(out, in, "QUIT", 1);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void command(OutputStream out, BufferedReader in, String line, int answers) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        for (int i = 0; i < answers; i++) {
            in.readLine();
        }
    }
}
