package org.communa.federation.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses to let a remote party make the server fetch or deliver to its own network (server-side
 * request forgery): only http(s) to public addresses, unless the instance allows private ones (local tests).
 * Every address a name resolves to must be public, and the connection goes to those very addresses
 * ({@link #resolve}, which {@link BoundedHttp} connects with): a name cannot resolve to a public address for
 * the check and to a private one for the connection (DNS rebinding). A refusal never says what a name
 * resolves to: that would make the server a probe of its own network.
 */
public final class AddressGuard {

    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Checks the address's form, then the addresses its host resolves to now. */
    public void check(URI uri) throws RefusedAddress {
        checkForm(uri);
        resolve(uri.getHost());
    }

    /** Only http(s), a host, no credentials: what can be judged without resolving. */
    public void checkForm(URI uri) throws RefusedAddress {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new RefusedAddress(uri + " is not an http or https address");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new RefusedAddress(uri + " has no host, or carries credentials");
        }
    }

    /** The host's addresses, each checked: the only ones a connection to it may use. */
    public InetAddress[] resolve(String host) throws RefusedAddress {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddress(host + " does not resolve");
        }
        if (allowPrivate) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new RefusedAddress(host + " is not a public address: the instance contacts only public ones "
                        + "(COMMUNA_FEDERATION_ALLOW_PRIVATE_ADDRESSES allows others)");
            }
        }
        return addresses;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && !(first == 198 && (second == 18 || second == 19))
                    && first < 224;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address: judge that one
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
