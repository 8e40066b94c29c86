package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.communa.kernel.problem.Problem;
import org.communa.server.platform.CommunaSettings;

/**
 * Slows down password guessing: after too many failures in 15 minutes for one account, or from one
 * address, sign-in answers 429 until the window has passed. Counted on every process of the instance:
 * each failure (and success, which clears its account) is told to the others, so that guessing through
 * several processes behind a load balancer gains nothing.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String TOPIC = "communa.sign-in-failures";
    @Inject CommunaSettings settings;
    @Inject org.communa.server.cluster.Cluster cluster;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    void listen(@jakarta.enterprise.event.Observes org.communa.server.platform.PlatformStarted started) {
        cluster.subscribe(TOPIC, message -> {
            String[] keys = message.split("\n");
            if (keys.length == 3 && "failed".equals(keys[0])) {
                record(keys[1]);
                record(keys[2]);
            } else if (keys.length == 2 && "succeeded".equals(keys[0])) {
                failures.remove(keys[1]);
            }
        });
    }

    void check(String accountKey, String ip) {
        if (recent("a:" + accountKey) >= settings.maxFailuresPerAccount() || recent("i:" + ip) >= settings.maxFailuresPerIp()) {
            throw new Problem(429, "Too many attempts",
                    "too many failed sign-ins; wait 15 minutes or reset your password");
        }
    }

    void failed(String accountKey, String ip) {
        record("a:" + accountKey);
        record("i:" + ip);
        cluster.publish(TOPIC, "failed\na:" + accountKey + "\ni:" + ip);
    }

    void succeeded(String accountKey) {
        failures.remove("a:" + accountKey);
        cluster.publish(TOPIC, "succeeded\na:" + accountKey);
    }

    private int recent(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long horizon = System.nanoTime() - WINDOW.toNanos();
            while (!times.isEmpty() && times.peekFirst() - horizon < 0) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void record(String key) {
        if (failures.size() > 200_000) {
            failures.clear(); // bounded memory under a distributed attack; the IP limit still applies afterwards
        }
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(System.nanoTime());
        }
    }
}
