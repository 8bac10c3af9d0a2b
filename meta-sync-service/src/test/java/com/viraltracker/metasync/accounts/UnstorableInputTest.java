package com.viraltracker.metasync.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.UnstorableJson;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Input that parses but that PostgreSQL cannot store is a 400 naming the field, and links nothing. */
@SuppressWarnings("unchecked")
class UnstorableInputTest extends MetaSyncIntegrationTest {

    @Test
    void text_postgresql_cannot_store_in_a_link_is_a_400_naming_the_field_and_stores_nothing() {
        UUID brand = UUID.randomUUID();
        String id = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(id));
        Map<String, Object> link = Map.of("ad_account_id", "act_" + id, "access_token", "EAAB" + "x".repeat(40));
        for (String field : List.of("ad_account_id", "access_token")) {
            for (String text : UnstorableJson.TEXTS) {
                Answers.badRequestProblem(web.post()
                                .uri("/api/v1/brands/{brand}/ad-accounts", brand)
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(UnstorableJson.replacing(link, field, text)))
                        .jsonPath("$.errors[*].field")
                        .value(fields -> assertThat((List<Object>) fields).containsExactly(field));
            }
        }
        assertThat(count("SELECT count(*) FROM meta_sync.brand_ad_accounts WHERE brand_id = ?", brand))
                .isZero();
        assertThat(count("SELECT count(*) FROM meta_sync.ad_account_tokens WHERE brand_id = ?", brand))
                .isZero();
    }
}
