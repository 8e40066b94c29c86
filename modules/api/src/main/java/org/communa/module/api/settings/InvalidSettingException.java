package org.communa.module.api.settings;

/** A setting value an admin gave does not fit its definition; the message says why, naming the setting. */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message) {
        super(message);
    }
}
