package org.communa.server.accounts;

import java.util.Arrays;
import org.communa.kernel.problem.Problem;

/** How often a participant wants e-mail about their notifications: each one, a daily or weekly digest, or never. */
public enum EmailFrequency {
    immediate, daily, weekly, none;

    public static EmailFrequency parse(String text) {
        return Arrays.stream(values()).filter(f -> f.name().equals(text)).findFirst()
                .orElseThrow(() -> Problem.badRequest("emailNotifications must be immediate, daily, weekly or none; got: " + text)
                        .explainedAs("problem.emailNotifications"));
    }
}
