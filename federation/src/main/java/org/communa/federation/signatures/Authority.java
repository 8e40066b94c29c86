package org.communa.federation.signatures;

import java.net.URI;
import java.util.Locale;

/** host[:port] of a URI as HTTP clients put it in Host, the default port of the scheme left out. */
final class Authority {

    private Authority() {
    }

    static String of(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(uri.getScheme()) && port == 80) || ("https".equals(uri.getScheme()) && port == 443);
        return defaultPort ? host : host + ":" + port;
    }
}
