package com.viraltracker.metasync.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.Fault;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.Answers;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdAccountApiTest extends MetaSyncIntegrationTest {

    @Test
    void linking_verifies_the_account_with_meta_and_stores_its_name_currency_and_time_zone() {
        UUID brand = UUID.randomUUID();
        String id = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(id)
                .withName("Wonder Paws EU")
                .withCurrency("EUR")
                .withTimeZone(ZoneId.of("Europe/Berlin")));

        web.post()
                .uri("/api/v1/brands/{brand}/ad-accounts", brand)
                .bodyValue(Map.of("ad_account_id", id))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.ad_account_id")
                .isEqualTo("act_" + id)
                .jsonPath("$.name")
                .isEqualTo("Wonder Paws EU")
                .jsonPath("$.currency")
                .isEqualTo("EUR")
                .jsonPath("$.time_zone")
                .isEqualTo("Europe/Berlin");

        assertThat(simulator.calls(id)).anyMatch(call -> call.path().contains("/act_" + id));
        assertThat(count(
                        "SELECT count(*) FROM meta_sync.brand_ad_accounts WHERE brand_id = ? AND currency = 'EUR'",
                        brand))
                .isEqualTo(1);
    }

    @Test
    void a_brand_may_link_several_accounts_and_list_and_unlink_them() {
        UUID brand = UUID.randomUUID();
        String first = linkNewAccount(brand, 1);
        String second = linkNewAccount(brand, 1);
        // Linking again refreshes the link instead of duplicating it.
        web.post()
                .uri("/api/v1/brands/{brand}/ad-accounts", brand)
                .bodyValue(Map.of("ad_account_id", first))
                .exchange()
                .expectStatus()
                .isOk();

        Answers.okJson(web.get().uri("/api/v1/brands/{brand}/ad-accounts", brand))
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[*].ad_account_id")
                .value(ids -> assertThat(ids.toString()).contains(first, second));

        web.delete()
                .uri("/api/v1/brands/{brand}/ad-accounts/{account}", brand, first)
                .exchange()
                .expectStatus()
                .isNoContent();
        web.delete()
                .uri("/api/v1/brands/{brand}/ad-accounts/{account}", brand, first)
                .exchange()
                .expectStatus()
                .isNotFound();
        Answers.okJson(web.get().uri("/api/v1/brands/{brand}/ad-accounts", brand))
                .jsonPath("$.length()")
                .isEqualTo(1)
                .jsonPath("$[0].ad_account_id")
                .isEqualTo(second);
    }

    @Test
    void an_id_that_is_not_an_ad_account_id_is_a_400_naming_the_field() {
        web.post()
                .uri("/api/v1/brands/{brand}/ad-accounts", UUID.randomUUID())
                .bodyValue(Map.of("ad_account_id", "wonder-paws"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("ad_account_id")
                .jsonPath("$.errors[0].reason")
                .value(reason -> assertThat(reason.toString()).contains("act_"));
    }

    @Test
    void an_account_meta_does_not_know_is_a_422_naming_ad_account_id_and_nothing_is_stored() {
        UUID brand = UUID.randomUUID();
        // Never added to the simulator, which then answers as Meta does: 100/33, "does not exist".
        String id = TestGraphSimulator.newAccountId();

        assertThat(refusedLink(brand, Map.of("ad_account_id", "act_" + id)))
                .contains("Meta does not know ad account act_" + id)
                .contains("error 100/33")
                .contains("check the id in Meta Ads Manager")
                .contains("ads_read");
        assertThat(refusedLink(brand, Map.of("ad_account_id", "act_" + id, "access_token", "EAAB" + "x".repeat(60))))
                .contains("the user of the given access_token");

        assertThat(count("SELECT count(*) FROM meta_sync.brand_ad_accounts WHERE brand_id = ?", brand))
                .isZero();
        assertThat(count("SELECT count(*) FROM meta_sync.ad_account_tokens WHERE brand_id = ?", brand))
                .isZero();
        Answers.okJson(web.get().uri("/api/v1/brands/{brand}/ad-accounts", brand))
                .jsonPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void an_account_whose_owner_has_not_granted_us_access_is_a_422_saying_to_grant_it_and_is_not_linked() {
        UUID brand = UUID.randomUUID();
        String id = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(id));
        simulator.permission(id, false);

        assertThat(refusedLink(brand, Map.of("ad_account_id", id)))
                .contains("has not granted our Meta system user access")
                .contains("error 200")
                .contains("grant at least ads_read");
        assertThat(count("SELECT count(*) FROM meta_sync.brand_ad_accounts WHERE brand_id = ?", brand))
                .isZero();
    }

    @Test
    void an_expired_token_while_linking_is_a_502_problem_saying_to_reconnect() {
        String id = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(id));
        simulator.injectFault(id, Fault.expiredToken());
        web.post()
                .uri("/api/v1/brands/{brand}/ad-accounts", UUID.randomUUID())
                .bodyValue(Map.of("ad_account_id", "act_" + id))
                .exchange()
                .expectStatus()
                .isEqualTo(502)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("reconnect"));
    }

    /** Links, expecting a 422 problem naming ad_account_id; returns its reason. */
    private String refusedLink(UUID brand, Map<String, String> body) {
        Map<?, ?> problem = web.post()
                .uri("/api/v1/brands/{brand}/ad-accounts", brand)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        Map<?, ?> error = (Map<?, ?>) ((java.util.List<?>) problem.get("errors")).get(0);
        assertThat(error.get("field")).isEqualTo("ad_account_id");
        return (String) error.get("reason");
    }
}
