package org.communa.federation.signatures;

/** A signature that cannot be accepted, with the reason in words for the log and the problem's detail. */
public final class SignatureRefused extends Exception {

    public SignatureRefused(String reason) {
        super(reason);
    }

    public SignatureRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
