package com.viraltracker.metasync.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.metasync.FacebookLogins;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.CrossBrandWalk;
import com.viraltracker.testing.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * Brand A's callers neither see, rename, link to nor unlink brand B's profile, performance, ad accounts or Facebook
 * connections, nor finish B's Facebook logins.
 */
class BrandScopingTest extends MetaSyncIntegrationTest {
    @LocalServerPort
    int port;

    @Test
    void every_endpoint_answers_404_to_another_brands_operator() throws Exception {
        UUID brandA = UUID.randomUUID();
        UUID brandB = UUID.randomUUID();
        String accountOfB = linkNewAccount(brandB, 1);
        String anotherAccount = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(anotherAccount));

        web.put()
                .uri("/api/v1/brands/{b}", brandB)
                .bodyValue(Map.of("name", "Brand B"))
                .exchange()
                .expectStatus()
                .isOk();

        UUID connectionOfB = FacebookLogins.connected(web, brandB, accountOfB.substring("act_".length()));
        // A login of brand B started by B's operator, whose token has the same subject as A's operator: only the
        // brand can refuse A finishing it.
        Map<String, String> loginOfB = FacebookLogins.consent(
                FacebookLogins.start(web, TestTokens.operator(brandB), brandB, null),
                "allow",
                "scope.ads_read",
                "account." + accountOfB.substring("act_".length()));

        List<String> walked = new CrossBrandWalk(port, brandB)
                .id("ad-accounts/{adAccountId}", accountOfB)
                .id("facebook-connections/{connectionId}", connectionOfB.toString())
                .body("POST /api/v1/brands/{brandId}/facebook-connections", MediaType.APPLICATION_JSON, Map.of())
                .body(
                        "POST /api/v1/brands/{brandId}/ad-accounts",
                        MediaType.APPLICATION_JSON,
                        Map.of("ad_account_id", "act_" + anotherAccount))
                .body("PUT /api/v1/brands/{brandId}", MediaType.APPLICATION_JSON, Map.of("name", "Taken over"))
                .body(
                        "POST /api/v1/facebook-logins/completion",
                        MediaType.APPLICATION_JSON,
                        Map.of("state", loginOfB.get("state"), "code", loginOfB.get("code")))
                .query("GET /api/v1/brands/{brandId}/performance", "from", "2026-01-01")
                .query("GET /api/v1/brands/{brandId}/performance", "to", "2026-03-31")
                // The caller's own brands: answered, and holding none of B's (below).
                .shared("GET /api/v1/brands", 200)
                .walk(TestTokens.operator(brandA), TestTokens.viewer(brandB));

        assertThat(walked)
                .contains(
                        "DELETE /api/v1/brands/{brandId}/ad-accounts/{adAccountId}",
                        "PUT /api/v1/brands/{brandId}",
                        "GET /api/v1/brands/{brandId}/performance");
        assertThat(count("SELECT count(*) FROM meta_sync.brand_ad_accounts WHERE brand_id = ?", brandB))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE brand_id = ?", brandB))
                .as("A's completion of B's login stored nothing")
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_login_states WHERE brand_id = ?", brandB))
                .isZero();
        assertThat(count("SELECT count(*) FROM meta_sync.brands WHERE brand_id = ? AND name = 'Brand B'", brandB))
                .isEqualTo(1);
        Answers.okJson(web.get()
                        .uri("/api/v1/brands")
                        .headers(headers -> headers.setBearerAuth(TestTokens.operator(brandA))))
                .jsonPath("$[*].brand_id")
                .isEqualTo(List.of(brandA.toString()));
        // Refused before Meta was asked: A learns nothing about an account through brand B.
        assertThat(simulator.calls(anotherAccount)).isEmpty();
    }
}
