package org.communa.kernel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.communa.kernel.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BoundedJsonTest {

    private static final BoundedJson.Limits LIMITS = BoundedJson.Limits.DEFAULT;

    @Test
    void aWellFormedObjectWithinTheLimitsIsRead() {
        assertThat(BoundedJson.object("{\"title\": \"Un banc\", \"cost\": 1200, \"tags\": [\"a\", {\"b\": null}]}", LIMITS)
                .getString("title")).isEqualTo("Un banc");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\":[1,2.50,-3e2,true,false,null,{\"b\":\"\\u00e9\\n\"}],\"c\":{}}",
        "{\"k\":1,\"k\":2,\"z\":[[],[[]],{\"\":0}]}",
        "[12345678901234567890123, 0.1e-7, \"x\"]", "\"just a string\"", "42"})
    void theValueReadIsTheOneAPlainReaderGives(String body) {
        try (var reader = JsonFactory.JSON.createReader(new java.io.StringReader(body))) {
            assertThat(BoundedJson.value(body, LIMITS)).isEqualTo(reader.readValue());
        }
    }

    @Test
    void nestingFiftyThousandDeepIsRefusedAsTheClientsFaultBeforeTheParsersOwnLimit() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        assertRefused(deep, "nesting deeper than 32 levels");
        assertRefused("{\"a\":" + deep + "}", "nesting deeper than 32 levels");
        String nested = "{\"a\":".repeat(32) + "1" + "}".repeat(32);
        assertThat(BoundedJson.object(nested, LIMITS)).containsKey("a");
        assertRefused("{\"a\":".repeat(33) + "1" + "}".repeat(33), "nesting deeper");
    }

    @Test
    void tooManyMembersTooLongStringsOrTooManyValuesAreRefused() {
        assertRefused("[" + "1,".repeat(10_000) + "1]", "more than 10000 members");
        assertRefused("{\"k\":\"" + "x".repeat(200_001) + "\"}", "a string longer than 200000");
        assertRefused("{\"" + "k".repeat(200_001) + "\":1}", "a string longer than 200000");
        BoundedJson.Limits few = new BoundedJson.Limits(32, 10_000, 200_000, 50);
        assertThatThrownBy(() -> BoundedJson.value("[" + "[1,2],".repeat(20) + "1]", few)).isInstanceOf(Problem.class)
                .hasMessageContaining("more than 50 values");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[]|not an array", "null|not null", "\"x\"|not a string", "12|not a number", "true|not a boolean",
        "{|not valid JSON", "{\"a\":1}}|not valid JSON", "{'a':1}|not valid JSON", "' '|empty"})
    void anythingButAnObjectIsA400SayingWhatItGot(String body, String detail) {
        assertRefused(body, detail);
    }

    @Test
    void invalidUtf8IsRefusedRatherThanReplaced() {
        byte[] body = "{\"a\":\"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(BoundedJson.object(body, LIMITS).getString("a")).isEqualTo("\u00e9");
        byte[] broken = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> BoundedJson.object(broken, LIMITS)).isInstanceOf(Problem.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void aBodyLooksLikeJsonWhenItOpensAnObjectOrAnArray() {
        assertThat(BoundedJson.looksLikeJson("  \n{\"a\":1}")).isTrue();
        assertThat(BoundedJson.looksLikeJson("[1]")).isTrue();
        assertThat(BoundedJson.looksLikeJson("META\nkey;value")).isFalse();
        assertThat(BoundedJson.looksLikeJson("title=x&body=y")).isFalse();
        assertThat(BoundedJson.looksLikeJson(null)).isFalse();
    }

    private static void assertRefused(String body, String detail) {
        assertThatThrownBy(() -> BoundedJson.object(body, LIMITS)).isInstanceOf(Problem.class)
                .satisfies(e -> assertThat(((Problem) e).status()).isEqualTo(400)).hasMessageContaining(detail);
    }
}
