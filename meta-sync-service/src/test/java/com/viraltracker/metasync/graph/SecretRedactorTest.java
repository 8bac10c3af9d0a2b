package com.viraltracker.metasync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void a_remembered_token_is_masked_raw_and_url_encoded() {
        SecretRedactor redactor = new SecretRedactor();
        String token = "sys/Token+x=42abc";
        redactor.remember(token);

        String text = "token " + token + " in url ?x=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&y=1";

        assertThat(redactor.redact(text)).isEqualTo("token **** in url ?x=****&y=1");
    }

    @Test
    void access_token_parameters_and_meta_shaped_tokens_are_masked_even_when_unknown() {
        SecretRedactor redactor = new SecretRedactor();

        assertThat(redactor.redact("GET /v24.0/act_1/insights?limit=5&access_token=abc%2Fdef&after=xyz"))
                .isEqualTo("GET /v24.0/act_1/insights?limit=5&access_token=****&after=xyz");
        assertThat(redactor.redact("{\"access_token\": \"hidden value\", \"appsecret_proof\":\"f00\"}"))
                .isEqualTo("{\"access_token\": \"****\", \"appsecret_proof\":\"****\"}");
        assertThat(redactor.redact("params {access_token=plainValue, limit=5}"))
                .doesNotContain("plainValue")
                .contains("limit=5");
        assertThat(redactor.redact("bad token EAABsbCS1iHgBAKZCZBnrZAZCqfhV7 here"))
                .isEqualTo("bad token **** here");
    }

    @Test
    void text_without_secrets_is_unchanged() {
        SecretRedactor redactor = new SecretRedactor();
        redactor.remember("known-token-1234");
        String text = "(#17) User request limit reached (fbtrace_id AbC123)";
        assertThat(redactor.redact(text)).isEqualTo(text);
        assertThat(redactor.redact(null)).isNull();
    }
}
