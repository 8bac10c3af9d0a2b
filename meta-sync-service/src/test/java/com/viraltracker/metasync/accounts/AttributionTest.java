package com.viraltracker.metasync.accounts;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** A link shows who made it and who linked it again last: their token's sub, as created_by and updated_by. */
class AttributionTest extends MetaSyncIntegrationTest {

    @Test
    void a_link_shows_who_made_it_and_who_linked_it_again_last() {
        UUID brand = UUID.randomUUID();
        String id = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(id));

        link("ada@wonderpaws.example", brand, id, 201);
        link("grace", brand, id, 200);

        Answers.okJson(web.get()
                        .uri("/api/v1/brands/{brand}/ad-accounts", brand)
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                TestTokens.bearer(TestTokens.token("linus", "viewer", List.of(brand)))))
                .jsonPath("$[0].created_by")
                .isEqualTo("ada@wonderpaws.example")
                .jsonPath("$[0].updated_by")
                .isEqualTo("grace");
    }

    private void link(String subject, UUID brand, String id, int status) {
        web.post()
                .uri("/api/v1/brands/{brand}/ad-accounts", brand)
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(TestTokens.token(subject, "operator", List.of(brand))))
                .bodyValue(Map.of("ad_account_id", "act_" + id))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .jsonPath("$.updated_by")
                .isEqualTo(subject);
    }
}
