package com.viraltracker.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTokenDecodersTest {

    @Test
    void refuses_to_run_open_when_nothing_is_configured() {
        assertThatThrownBy(() -> AccessTokenDecoders.from(new AuthProperties("", "", "", List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTH_JWT_ISSUER_URI")
                .hasMessageContaining("AUTH_JWT_SECRET");
    }

    @Test
    void refuses_a_local_secret_shorter_than_32_bytes() {
        assertThatThrownBy(() -> AccessTokenDecoders.from(AuthProperties.localSecret("short")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void refuses_a_local_secret_beside_a_real_issuer() {
        assertThatThrownBy(() -> AccessTokenDecoders.from(new AuthProperties(
                        "https://issuer.example", null, "0123456789abcdef0123456789abcdef", List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be combined");
    }

    @Test
    void builds_a_decoder_for_an_issuer_without_calling_it_at_start_up() {
        assertThat(AccessTokenDecoders.from(AuthProperties.issuer("https://issuer.invalid")))
                .isNotNull();
    }
}
