package com.viraltracker.console.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignInModeTest {
    private static final String KEY = "viraltracker-test-only-hs256-key-41-bytes";

    @Test
    void the_services_local_key_alone_turns_on_the_local_sign_in() {
        assertThat(SignInMode.of(new AuthSettings(null, KEY, null, null, List.of())))
                .isEqualTo(SignInMode.LOCAL);
    }

    @Test
    void an_issuer_with_a_client_is_openid_connect() {
        assertThat(SignInMode.of(new AuthSettings("https://id.example.com", "", "console", "s", List.of())))
                .isEqualTo(SignInMode.OIDC);
    }

    @Test
    void the_local_key_beside_an_issuer_is_refused_so_nobody_can_mint_production_tokens() {
        assertThatThrownBy(
                        () -> SignInMode.of(new AuthSettings("https://id.example.com", KEY, "console", "s", List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be combined");
    }

    @Test
    void a_short_key_an_issuer_without_a_client_or_nothing_at_all_is_refused() {
        assertThatThrownBy(() -> SignInMode.of(new AuthSettings(null, "short", null, null, List.of())))
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> SignInMode.of(new AuthSettings("https://id.example.com", null, "", null, List.of())))
                .hasMessageContaining("CONSOLE_OIDC_CLIENT_ID");
        assertThatThrownBy(() -> SignInMode.of(new AuthSettings(null, null, null, null, List.of())))
                .hasMessageContaining("no sign-in is configured");
    }

    @Test
    void the_settings_never_print_the_key() {
        assertThat(new AuthSettings(null, KEY, null, "client-secret", List.of()).toString())
                .doesNotContain(KEY)
                .doesNotContain("client-secret");
    }
}
