package org.communa.kernel.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashing (password4j). Parameters follow OWASP's second recommended profile
 * (19 MiB, 2 iterations, 1 lane), which keeps a sign-in under ~50 ms on our 2-core machines.
 */
public final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    public String hash(String password) {
        checkAcceptable(password);
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null || password.length() > MAX_LENGTH) {
            return false;
        }
        return Password.check(password, storedHash).with(ARGON2ID);
    }

    /** Spends the same work as a real check, so that unknown accounts cannot be told apart by timing. */
    public void burnEquivalentTime(String password) {
        Password.hash(password == null ? "" : password).addRandomSalt(16).with(ARGON2ID);
    }

    public static void checkAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw org.communa.kernel.problem.Problem.badRequest(
                    "password must have at least " + MIN_LENGTH + " characters").explainedAs("problem.passwordShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw org.communa.kernel.problem.Problem.badRequest(
                    "password must have at most " + MAX_LENGTH + " characters").explainedAs("problem.passwordLong", MAX_LENGTH);
        }
    }
}
