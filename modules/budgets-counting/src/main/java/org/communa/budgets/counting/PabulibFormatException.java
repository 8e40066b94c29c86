package org.communa.budgets.counting;

/** A Pabulib file that cannot be read: where (line number, from 1) and why. */
public final class PabulibFormatException extends RuntimeException {

    private final int line;
    private final String reason;

    public PabulibFormatException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
