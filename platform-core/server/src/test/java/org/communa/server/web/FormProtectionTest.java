package org.communa.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communa.kernel.problem.Problem;
import org.junit.jupiter.api.Test;

/** The form token is read from any form a browser sends, and a malformed form is a 400, not a server error. */
class FormProtectionTest {

    @Test
    void theTokenIsReadFromAnUrlEncodedForm() {
        assertThat(FormProtection.field("title=Un+banc&csrf=abc%2Bdef", "csrf")).isEqualTo("abc+def");
        assertThat(FormProtection.field("title=x", "csrf")).isNull();
        assertThat(FormProtection.field("", "csrf")).isNull();
    }

    @Test
    void aMalformedFormIsTheSendersFault() {
        assertThatThrownBy(() -> FormProtection.field("csrf=%zz", "csrf")).isInstanceOf(Problem.class)
                .hasMessageContaining("not URL-encoded").satisfies(e -> assertThat(((Problem) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> FormProtection.field("a%=1&csrf=x", "csrf")).isInstanceOf(Problem.class);
    }
}
