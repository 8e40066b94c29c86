package org.communa.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.communa.server.web.sandbox.TemplateLimitExceeded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admins read why their template was refused or set aside in their own words, French first. */
class TemplateLimitTextsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "range => une série (range) de 20000000 éléments, pour 10000 au plus. => a range of 20000000 items, for 10000 at most.",
        "string => un texte de 1048576 caractères, pour 1000000 au plus. => a text of 1048576 characters, for 1000000 at most.",
        "time => prend plus de 3000 ms. => takes longer than 3000 ms.",
        "memory => plus de 128 Mo de mémoire. => more than 128 MB of memory.",
        "output => la page dépasse 4000000 caractères. => the page is longer than 4000000 characters.",
        "recursion => trop profondément => too deeply",
        "method => une méthode que les gabarits ne peuvent pas appeler : String.getBytes() (pages/home, ligne 1). => "
                + "a method templates may not call: String.getBytes() (pages/home, line 1)."})
    void everyLimitIsWordedInFrenchAndEnglish(String kind, String french, String english) {
        Object[] arguments = switch (kind) {
            case "range" -> new Object[] {BigInteger.valueOf(20_000_000), 10_000};
            case "string" -> new Object[] {1_048_576L, 1_000_000};
            case "time" -> new Object[] {3_000L};
            case "memory" -> new Object[] {128L};
            case "output" -> new Object[] {4_000_000};
            case "method" -> new Object[] {"String.getBytes()", "pages/home", 1};
            default -> new Object[0];
        };
        TemplateLimitExceeded limit = new TemplateLimitExceeded("in English for the logs", kind, arguments);
        assertThat(Messages.text("fr", limit.messageKey(), limit.messageArguments())).contains(french);
        assertThat(Messages.text("en", limit.messageKey(), limit.messageArguments())).contains(english);
    }
}
