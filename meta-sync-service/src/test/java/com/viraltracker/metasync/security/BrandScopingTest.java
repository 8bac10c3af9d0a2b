package com.viraltracker.metasync.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.CrossBrandWalk;
import com.viraltracker.testing.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Brand A's callers neither see, link to nor unlink brand B's ad accounts. */
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

        List<String> walked = new CrossBrandWalk(port, brandB)
                .id("ad-accounts/{adAccountId}", accountOfB)
                .body(
                        "POST /api/v1/brands/{brandId}/ad-accounts",
                        MediaType.APPLICATION_JSON,
                        Map.of("ad_account_id", "act_" + anotherAccount))
                .walk(TestTokens.operator(brandA), TestTokens.viewer(brandB));

        assertThat(walked).contains("DELETE /api/v1/brands/{brandId}/ad-accounts/{adAccountId}");
        assertThat(count("SELECT count(*) FROM meta_sync.brand_ad_accounts WHERE brand_id = ?", brandB))
                .isEqualTo(1);
        // Refused before Meta was asked: A learns nothing about an account through brand B.
        assertThat(simulator.calls(anotherAccount)).isEmpty();
    }
}
