package org.communa.federation.net;

/** An address the server will not contact, and why. */
public final class RefusedAddress extends Exception {

    public RefusedAddress(String reason) {
        super(reason);
    }
}
