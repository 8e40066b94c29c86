package org.communa.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, one goes back to a page of this site only: never to another site, whatever the link says. */
class SignInReturnTest {

    @Test
    void onlyAPathOfThisSiteIsFollowed() {
        assertThat(AccountPages.localPath("/processes/budget/c/42/budgets/7")).isEqualTo("/processes/budget/c/42/budgets/7");
        assertThat(AccountPages.localPath("/processes?page=2")).isEqualTo("/processes?page=2");
        for (String hostile : new String[] {null, "", "https://evil.example/", "//evil.example/", "/\\evil.example",
            "/ok\r\nSet-Cookie: x=1", "javascript:alert(1)", "/sign-in?back=/sign-in", "/" + "a".repeat(600)}) {
            assertThat(AccountPages.localPath(hostile)).as(String.valueOf(hostile)).isEqualTo("/");
        }
    }
}
