package com.viraltracker.metasync.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.connections.FacebookConnections;
import com.viraltracker.metasync.connections.FacebookLoginProperties;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;

/**
 * Key rotation against the service's own tables (per-account tokens and Facebook connections' tokens), with ciphers
 * as two generations of configuration would build them.
 */
class TokenRotationTest extends MetaSyncIntegrationTest {
    private static final String OLD = TokenCipherTest.newKey();
    private static final String NEW = TokenCipherTest.newKey();

    @Autowired
    DatabaseClient client;

    @Autowired
    ReactiveTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("tokenKeyCheckAndRotation")
    ApplicationRunner startUpCheck;

    /** Brands this test created; their links and tokens go afterwards, so no test sees another's keys. */
    private final List<UUID> brands = new ArrayList<>();

    @Autowired
    FacebookLoginProperties loginProperties;

    @AfterEach
    void removeTestBrands() {
        brands.forEach(brand -> {
            count(
                    "WITH d AS (DELETE FROM meta_sync.brand_ad_accounts WHERE brand_id = ? "
                            + "RETURNING 1) SELECT count(*) FROM d",
                    brand);
            count(
                    "WITH d AS (DELETE FROM meta_sync.facebook_connections WHERE brand_id = ? "
                            + "RETURNING 1) SELECT count(*) FROM d",
                    brand);
        });
    }

    private AccountTokens tokens(TokenCipher cipher) {
        return new AccountTokens(client, cipher);
    }

    private FacebookConnections connections(TokenCipher cipher) {
        return new FacebookConnections(client, cipher, clock, loginProperties, transactionManager);
    }

    /** Rotation over both tables, as the service wires it. */
    private TokenRotation rotation(TokenCipher cipher) {
        return new TokenRotation(transactionManager, cipher, clock, List.of(tokens(cipher), connections(cipher)));
    }

    private record Connected(UUID brand, UUID id, String token) {}

    /** {@code count} Facebook connections of one new brand, their tokens stored under {@code cipher}. */
    private List<Connected> connectedWithTokens(int count, TokenCipher cipher) {
        UUID brand = UUID.randomUUID();
        brands.add(brand);
        List<Connected> connected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String token = "EAAconnection-" + brand + "-" + i;
            UUID id = connections(cipher)
                    .save(
                            brand,
                            new FacebookConnections.Grant(
                                    "fb-rotation-" + i,
                                    "Rotation User " + i,
                                    List.of("ads_read"),
                                    List.of("act_" + (9_100_000 + i)),
                                    Instant.now().plus(Duration.ofDays(60)),
                                    null),
                            token,
                            "rotation-test",
                            Instant.now())
                    .block();
            connected.add(new Connected(brand, id, token));
        }
        return connected;
    }

    /** {@code count} linked accounts of one new brand, each with its own token stored under {@code cipher}. */
    private List<TokenOwner> linkedWithTokens(int count, TokenCipher cipher) throws SQLException {
        UUID brand = UUID.randomUUID();
        brands.add(brand);
        List<TokenOwner> owners = new ArrayList<>();
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO meta_sync.brand_ad_accounts (brand_id, ad_account_id, name, currency, time_zone,
                                                         account_status, linked_at)
                VALUES (?, ?, 'rotation test', 'USD', 'UTC', 1, now())""")) {
            for (int i = 0; i < count; i++) {
                TokenOwner owner = new TokenOwner(brand, "act_" + (9_000_000 + i));
                insert.setObject(1, brand);
                insert.setString(2, owner.adAccountId());
                insert.executeUpdate();
                tokens(cipher).store(owner, tokenOf(owner), Instant.now()).block();
                owners.add(owner);
            }
        }
        return owners;
    }

    private static String tokenOf(TokenOwner owner) {
        return "EAAtoken-" + owner.brandId() + "-" + owner.adAccountId();
    }

    @Test
    void two_instances_rotating_at_once_move_every_token_to_the_new_key_exactly_once() throws Exception {
        TokenCipher before = new TokenCipher(TokenKeys.parse("old:" + OLD, null));
        List<TokenOwner> owners = linkedWithTokens(2 * TokenRotation.BATCH + 17, before);
        List<Connected> connected = connectedWithTokens(TokenRotation.BATCH + 3, before);
        TokenCipher after = new TokenCipher(TokenKeys.parse("new:" + NEW + ",old:" + OLD, "new"));

        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = CompletableFuture.supplyAsync(() -> rotation(after).rotate(), pool);
            var second = CompletableFuture.supplyAsync(() -> rotation(after).rotate(), pool);
            TokenRotation.Result a = first.get();
            TokenRotation.Result b = second.get();
            // Other tests' tokens are under the service's test key, which these ciphers lack: they count as
            // unreadable and stay as they are, so exactly our rows are re-encrypted, each by one instance.
            assertThat(a.reencrypted() + b.reencrypted()).isEqualTo(owners.size() + connected.size());
        } finally {
            pool.shutdown();
        }

        TokenCipher newOnly = new TokenCipher(TokenKeys.parse("new:" + NEW, null));
        for (TokenOwner owner : owners) {
            assertThat(tokens(newOnly).tokenOf(owner)).contains(tokenOf(owner));
        }
        // Only the new key is left: the old one can be retired, and every connection's token still reads.
        for (Connected connection : connected) {
            assertThat(connections(newOnly).tokenOf(connection.brand(), connection.id()))
                    .contains(connection.token());
        }
        assertThat(count("SELECT count(*) FROM meta_sync.ad_account_tokens WHERE key_id = 'old'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM meta_sync.facebook_connections WHERE key_id = 'old'"))
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM meta_sync.ad_account_tokens WHERE brand_id = ? AND rotated_at IS NOT NULL",
                        owners.get(0).brandId()))
                .isEqualTo(owners.size());
        assertThat(rotation(after).rotate().reencrypted())
                .as("a second rotation finds nothing to do")
                .isZero();
    }

    @Test
    void start_up_refuses_tokens_under_a_key_that_is_not_configured_naming_the_key() throws Exception {
        TokenCipher retired = new TokenCipher(TokenKeys.parse("retired:" + OLD, null));
        List<TokenOwner> owners = linkedWithTokens(1, retired);
        assertThatThrownBy(() -> startUpCheck.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[retired]")
                .hasMessageContaining("META_TOKEN_KEYS")
                .hasMessageNotContaining(tokenOf(owners.get(0)));

        removeTestBrands();
        startUpCheck.run(new DefaultApplicationArguments());
    }

    @Test
    void start_up_refuses_a_facebook_connections_token_under_a_key_that_is_not_configured() throws Exception {
        TokenCipher retired = new TokenCipher(TokenKeys.parse("retired:" + OLD, null));
        List<Connected> connected = connectedWithTokens(1, retired);
        assertThatThrownBy(() -> startUpCheck.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[retired]")
                .hasMessageContaining("Facebook connections'")
                .hasMessageNotContaining(connected.get(0).token());

        removeTestBrands();
        startUpCheck.run(new DefaultApplicationArguments());
    }

    @Test
    void a_ciphertext_copied_onto_another_accounts_row_does_not_decrypt_and_rotation_leaves_it_alone()
            throws Exception {
        TokenCipher before = new TokenCipher(TokenKeys.parse("old:" + OLD, null));
        List<TokenOwner> owners = linkedWithTokens(2, before);
        try (Connection connection = database.connect();
                PreparedStatement copy = connection.prepareStatement("""
                UPDATE meta_sync.ad_account_tokens SET ciphertext = (SELECT ciphertext FROM meta_sync.ad_account_tokens
                                                                      WHERE brand_id = ? AND ad_account_id = ?)
                 WHERE brand_id = ? AND ad_account_id = ?""")) {
            copy.setObject(1, owners.get(0).brandId());
            copy.setString(2, owners.get(0).adAccountId());
            copy.setObject(3, owners.get(1).brandId());
            copy.setString(4, owners.get(1).adAccountId());
            assertThat(copy.executeUpdate()).isEqualTo(1);
        }

        assertThatThrownBy(() -> tokens(before).tokenOf(owners.get(1)))
                .isInstanceOf(TokenUnreadableException.class)
                .hasMessageContaining(owners.get(1).adAccountId())
                .hasMessageNotContaining(tokenOf(owners.get(0)));
        TokenCipher after = new TokenCipher(TokenKeys.parse("new:" + NEW + ",old:" + OLD, "new"));
        TokenRotation.Result result = rotation(after).rotate();
        assertThat(result.unreadable()).isGreaterThanOrEqualTo(1);
        assertThat(tokens(after).tokenOf(owners.get(0))).contains(tokenOf(owners.get(0)));
        assertThat(count(
                        "SELECT count(*) FROM meta_sync.ad_account_tokens WHERE brand_id = ? AND key_id = 'old'",
                        owners.get(1).brandId()))
                .isEqualTo(1);
    }
}
