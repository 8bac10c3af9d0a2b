package com.viraltracker.metasync.tokens;

import com.viraltracker.support.secrets.SecretSource;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The token keys from the environment, and the start-up check and rotation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenEncryptionProperties.class)
public class TokenConfiguration {
    private static final Logger log = LoggerFactory.getLogger(TokenConfiguration.class);

    @Bean
    public TokenCipher tokenCipher(TokenEncryptionProperties properties) {
        TokenKeys keys = TokenKeys.parse(
                SecretSource.resolve("META_TOKEN_KEYS", properties.keys(), properties.keysFile()),
                properties.activeKey());
        log.info(
                "per-account token encryption: {}",
                keys.isEmpty()
                        ? "no keys (accounts use the system-user token)"
                        : "keys " + keys.ids() + ", active " + keys.activeId().orElseThrow());
        return new TokenCipher(keys);
    }

    /**
     * Refuses to start when stored tokens are under keys that are not configured (they could never be read), then
     * moves every token to the active key.
     */
    @Bean
    public ApplicationRunner tokenKeyCheckAndRotation(
            AccountTokens tokens, TokenCipher cipher, TokenRotation rotation) {
        return arguments -> {
            Set<String> missing = new TreeSet<>(tokens.keyIdsInUse());
            missing.removeAll(cipher.keys().ids());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stored access tokens (per-account and Facebook connections') are"
                        + " encrypted under key(s) " + missing
                        + " that META_TOKEN_KEYS does not hold " + cipher.keys().ids() + "; add them back (the "
                        + "active key can stay new: start-up re-encrypts every token under it)");
            }
            rotation.rotate();
        };
    }
}
