package org.communa.server.accounts;

import java.util.Arrays;
import org.communa.kernel.problem.Problem;

/** Roles in an organisation; every account is a participant, these are granted on top. */
public enum Role {
    admin, moderator, evaluator, ambassador;

    public static Role parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equals(text)).findFirst()
                .orElseThrow(() -> Problem.badRequest("role must be one of admin, moderator, evaluator, ambassador; got: " + text));
    }
}
