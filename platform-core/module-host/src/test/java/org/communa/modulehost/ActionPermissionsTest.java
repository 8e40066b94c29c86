package org.communa.modulehost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.communa.modulehost.ActionPermissions.Asker;
import org.communa.modulehost.ActionPermissions.Verdict;
import org.communa.module.api.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The permission table: role × setting of the current phase × verification, row by row. Each row says
 * who asks (visitor, or signed in with roles and verifications), what the action needs, whether its
 * enabling setting is on now, and the verdict.
 */
class ActionPermissionsTest {

    @ParameterizedTest(name = "{0} roles={1} verified={2} | needs {3}, enabled by {4} (on: {5}), verification {6} -> {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # asker     | roles               | verified | role        | enabledBy         | on    | verification | verdict
            visitor     | -                   | -        | participant | -                 | true  | -            | SIGN_IN
            visitor     | -                   | -        | participant | creation_enabled  | false | email        | SIGN_IN
            signed      | -                   | email    | participant | -                 | true  | -            | ALLOWED
            signed      | -                   | email    | participant | creation_enabled  | true  | -            | ALLOWED
            signed      | -                   | email    | participant | creation_enabled  | false | -            | PHASE
            signed      | -                   | email    | participant | supports_enabled  | true  | census       | VERIFICATION
            signed      | -                   | email census | participant | supports_enabled | true | census     | ALLOWED
            signed      | -                   | email    | evaluator   | -                 | true  | -            | ROLE
            signed      | evaluator           | email    | evaluator   | -                 | true  | -            | ALLOWED
            signed      | moderator           | email    | evaluator   | -                 | true  | -            | ROLE
            signed      | admin               | email    | evaluator   | -                 | true  | -            | ALLOWED
            signed      | admin               | email    | ambassador  | -                 | true  | -            | ALLOWED
            signed      | ambassador          | email    | ambassador  | creation_enabled  | true  | -            | ALLOWED
            signed      | ambassador          | email    | ambassador  | creation_enabled  | false | -            | PHASE
            signed      | admin               | email    | participant | creation_enabled  | false | -            | PHASE
            signed      | admin               | email    | participant | -                 | true  | census       | VERIFICATION
            signed      | -                   | -        | participant | -                 | true  | email        | VERIFICATION
            signed      | moderator evaluator | email    | moderator   | comments_enabled  | true  | email        | ALLOWED
            signed      | -                   | email    | moderator   | comments_enabled  | false | email        | ROLE
            """)
    void verdict(String asker, String roles, String verified, String role, String enabledBy, boolean on, String verification,
            Verdict expected) {
        Action action = new Action("do_it", role);
        if (enabledBy != null) {
            action = action.enabledBy(enabledBy);
        }
        if (verification != null) {
            action = action.requiring(verification);
        }
        Asker who = asker.equals("visitor") ? Asker.VISITOR : new Asker(true, words(roles), words(verified));
        String setting = enabledBy;
        assertThat(ActionPermissions.decide(action, who, key -> key.equals(setting) && on)).isEqualTo(expected);
        String why = ActionPermissions.explain(expected, action);
        assertThat(why == null).isEqualTo(expected == Verdict.ALLOWED);
    }

    private static Set<String> words(String text) {
        return text == null ? Set.of() : Set.copyOf(Arrays.asList(text.trim().split("\\s+")));
    }
}
