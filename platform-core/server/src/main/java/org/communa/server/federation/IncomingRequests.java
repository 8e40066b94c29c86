package org.communa.server.federation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.federation.signatures.SignedRequest;
import org.communa.server.http.RequestUrls;

/**
 * The request being served as its signer addressed it: the scheme the client used (HTTPS at a trusted
 * proxy counts), the Host it sent, the path and query as received, every header.
 */
@RequestScoped
public class IncomingRequests {

    @Inject HttpServletRequest request;
    @Inject RequestUrls urls;

    public SignedRequest current(byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        String query = request.getQueryString();
        URI target = URI.create((urls.secure() ? "https" : "http") + "://" + request.getHeader("Host") + request.getRequestURI()
                + (query == null ? "" : "?" + query));
        return new SignedRequest(request.getMethod(), target, headers, body);
    }
}
