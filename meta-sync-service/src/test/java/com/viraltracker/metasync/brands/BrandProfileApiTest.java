package com.viraltracker.metasync.brands;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SuppressWarnings("unchecked")
class BrandProfileApiTest extends MetaSyncIntegrationTest {

    @Test
    void an_operator_names_its_brand_and_the_profile_says_who_named_it_and_who_renamed_it() {
        UUID brand = UUID.randomUUID();
        Map<String, Object> named = rename(TestTokens.operator(brand), brand, "  Wonder Paws  ");
        assertThat(named)
                .containsEntry("brand_id", brand.toString())
                .containsEntry("name", "Wonder Paws")
                .containsEntry("created_by", "test-operator")
                .containsEntry("updated_by", "test-operator");

        Map<String, Object> renamed = rename(TestTokens.admin(), brand, "Wonder Paws US");
        assertThat(renamed)
                .containsEntry("name", "Wonder Paws US")
                .containsEntry("created_by", "test-operator")
                .containsEntry("updated_by", "test-admin")
                .containsEntry("created_at", named.get("created_at"));
        assertThat(Instant.parse((String) renamed.get("updated_at")))
                .isAfter(Instant.parse((String) named.get("updated_at")));

        // Saving the name it already has is no change: the admin stays the one who last changed it.
        Map<String, Object> unchanged = rename(TestTokens.operator(brand), brand, "Wonder Paws US");
        assertThat(unchanged)
                .containsEntry("updated_by", "test-admin")
                .containsEntry("updated_at", renamed.get("updated_at"));

        assertThat(profile(TestTokens.viewer(brand), brand)).isEqualTo(unchanged);
    }

    @Test
    void a_brand_of_the_token_that_nobody_named_answers_without_a_name_and_an_unknown_one_is_not_found() {
        UUID brand = UUID.randomUUID();
        assertThat(profile(TestTokens.viewer(brand), brand)).isEqualTo(Map.of("brand_id", brand.toString()));
        // An admin may act on every brand, but nothing here knows this one.
        web.get()
                .uri("/api/v1/brands/{b}", brand)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_listing_holds_the_callers_brands_named_or_not_by_name_with_their_ad_account_counts() {
        UUID zebra = UUID.randomUUID();
        UUID alpha = UUID.randomUUID();
        UUID unnamed = UUID.randomUUID();
        UUID someoneElses = UUID.randomUUID();
        rename(TestTokens.admin(), zebra, "Zebra Treats");
        rename(TestTokens.admin(), alpha, "alpha pets");
        rename(TestTokens.admin(), someoneElses, "Another Company");
        linkNewAccount(zebra, 1);
        linkNewAccount(zebra, 1);
        linkNewAccount(unnamed, 1);

        assertThat(brands(TestTokens.operator(zebra, unnamed, alpha)))
                .containsExactly(
                        Map.of("brand_id", alpha.toString(), "name", "alpha pets", "ad_account_count", 0),
                        Map.of("brand_id", zebra.toString(), "name", "Zebra Treats", "ad_account_count", 2),
                        Map.of("brand_id", unnamed.toString(), "ad_account_count", 1));

        // An admin sees every named brand, and no brand nobody named.
        assertThat(brands(TestTokens.admin()))
                .extracting(entry -> entry.get("brand_id"))
                .contains(zebra.toString(), alpha.toString(), someoneElses.toString())
                .doesNotContain(unnamed.toString());
    }

    @Test
    void a_name_is_required_trimmed_at_most_120_characters_and_without_control_characters() {
        UUID brand = UUID.randomUUID();
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of(), Map.of("name", "   "), Map.of("name", "x".repeat(121)), Map.of("name", "Wonder\nPaws"))) {
            Answers.badRequestNaming(web.put().uri("/api/v1/brands/{b}", brand).bodyValue(body), "name");
        }
        Answers.badRequestNaming(
                web.put().uri("/api/v1/brands/{b}", brand).contentType(MediaType.APPLICATION_JSON), "name");
        assertThat(count("SELECT count(*) FROM meta_sync.brands WHERE brand_id = ?", brand))
                .isZero();

        // 120 characters as people count them: 120 paw prints are 240 UTF-16 units.
        String paws = "\uD83D\uDC3E".repeat(120);
        assertThat(rename(TestTokens.admin(), brand, paws)).containsEntry("name", paws);
        // Markup is a name like any other; whoever shows it escapes it.
        String markup = "<script>alert('paws')</script> & Co";
        assertThat(rename(TestTokens.admin(), brand, markup)).containsEntry("name", markup);
    }

    @Test
    void a_viewer_reads_its_brand_but_may_not_rename_it() {
        UUID brand = UUID.randomUUID();
        rename(TestTokens.admin(), brand, "Wonder Paws");
        as(TestTokens.viewer(brand))
                .put()
                .uri("/api/v1/brands/{b}", brand)
                .bodyValue(Map.of("name", "Taken over"))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get()
                .uri("/api/v1/brands/{b}", brand)
                .exchange()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Wonder Paws");
    }

    private Map<String, Object> rename(String token, UUID brand, String name) {
        return Answers.ok(as(token).put().uri("/api/v1/brands/{b}", brand).bodyValue(Map.of("name", name)), Map.class);
    }

    private List<Map<String, Object>> brands(String token) {
        return Answers.ok(as(token).get().uri("/api/v1/brands"), List.class);
    }

    private Map<String, Object> profile(String token, UUID brand) {
        return Answers.ok(as(token).get().uri("/api/v1/brands/{b}", brand), Map.class);
    }

    private WebTestClient as(String token) {
        return web.mutate()
                .defaultHeaders(headers -> headers.set(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)))
                .build();
    }
}
