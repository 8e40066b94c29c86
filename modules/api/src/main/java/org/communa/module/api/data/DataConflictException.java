package org.communa.module.api.data;

/**
 * A write the database refused because of a constraint (unique, foreign key, check, not null), with a
 * message that says which one. The host answers it as 409 unless the module handles it first.
 */
public class DataConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataConflictException(String message) {
        super(message);
    }
}
