package org.communa.server.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.communa.server.platform.CommunaSettings;

/**
 * The address of the person behind a request, for limits per address (sign-in failures). Behind a
 * reverse proxy every request comes from the proxy: its X-Forwarded-For is believed only when the
 * request comes from one of communa.http.trusted-proxies, and then the nearest address in it that is not
 * itself a trusted proxy is taken (what a client writes there itself comes first and is never taken).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject CommunaSettings settings;

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), settings.trustedProxies());
    }

    static String of(String remote, String forwardedFor, List<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
