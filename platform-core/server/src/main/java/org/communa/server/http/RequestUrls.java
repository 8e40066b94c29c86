package org.communa.server.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.communa.server.platform.CommunaSettings;

/** Whether this request came over HTTPS (directly, or through a trusted proxy), and the organisation's base URL for links. */
@RequestScoped
public class RequestUrls {

    @Inject RequestOrganisation organisation;
    @Inject CommunaSettings settings;
    @Inject HttpServletRequest request;

    public boolean secure() {
        return "https".equals(request.getScheme())
                || (settings.trustForwardedProto() && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
    }

    /** Links in e-mails point to the organisation's primary host, with the scheme and port of this request. */
    public String baseUrl() {
        // an instance told how it is reached (./communa run on its port) links that way, whatever a request said
        if (settings.linksPortGiven()) {
            return settings.linkBase(organisation.primaryHost());
        }
        String scheme = secure() ? "https" : "http";
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + organisation.primaryHost() + (defaultPort ? "" : ":" + port);
    }
}
