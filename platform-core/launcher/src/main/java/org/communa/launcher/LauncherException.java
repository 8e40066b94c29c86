package org.communa.launcher;

/** A failure the operator can fix; printed as a message, with a non-zero exit status, never a stack trace. */
final class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
