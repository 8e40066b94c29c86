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
 * address, sign-in answers 429 until the window has passed. Counted per server process.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    @Inject CommunaSettings settings;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    void check(String accountKey, String ip) {
        if (recent("a:" + accountKey) >= settings.maxFailuresPerAccount() || recent("i:" + ip) >= settings.maxFailuresPerIp()) {
            throw new Problem(429, "Too many attempts",
                    "too many failed sign-ins; wait 15 minutes or reset your password");
        }
    }

    void failed(String accountKey, String ip) {
        record("a:" + accountKey);
        record("i:" + ip);
    }

    void succeeded(String accountKey) {
        failures.remove("a:" + accountKey);
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
