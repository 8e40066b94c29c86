import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The receiving servers of the fan-out benchmark (bench/run §8): one listener on every loopback address
 * at PORT, so that 127.0.1.1 ... 127.0.1.N are N distinct hosts to the sender. It answers 202 to each POST
 * to /inbox and prints a line when every one of the N hosts has received a signed delivery.
 *   java bench/FanOutReceivers.java PORT N
 * The baseline: the same N POSTs of a file, 8 at a time from one JDK HTTP client, nothing signed or queued;
 * prints the milliseconds from the first request to the last answer.
 *   java bench/FanOutReceivers.java send PORT N FILE
 */
public class FanOutReceivers {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("send")) {
            send(Integer.parseInt(args[1]), Integer.parseInt(args[2]), java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[3])));
            return;
        }
        int port = Integer.parseInt(args[0]);
        int hosts = Integer.parseInt(args[1]);
        Set<String> reached = ConcurrentHashMap.newKeySet();
        AtomicInteger deliveries = new AtomicInteger();
        AtomicInteger unsigned = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 512);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestMethod().equals("POST")) {
                deliveries.incrementAndGet();
                boolean signed = exchange.getRequestHeaders().containsKey("Signature")
                        || exchange.getRequestHeaders().containsKey("Signature-input");
                if (!signed) {
                    unsigned.incrementAndGet();
                }
                if (reached.add(exchange.getRequestHeaders().getFirst("Host")) && reached.size() == hosts) {
                    System.out.println("all " + hosts + " hosts reached at " + System.currentTimeMillis() + " after " + deliveries.get()
                            + " deliveries (" + unsigned.get() + " unsigned)");
                }
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
        System.out.println("ready");
    }

    private static void send(int port, int hosts, byte[] body) throws Exception {
        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        for (int host = 1; host <= hosts; host++) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.1." + host + ":" + port + "/inbox"))
                    .header("Content-Type", "application/activity+json").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
            answers.add(pool.submit(() -> client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        for (var answer : answers) {
            answer.get();
        }
        System.out.println((System.nanoTime() - start) / 1_000_000);
        pool.shutdown();
    }
}
