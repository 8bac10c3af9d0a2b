package com.viraltracker.support.kafka;

import com.viraltracker.support.secrets.SecretSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How every Kafka client of a service (producers, consumers, admin) authenticates to the broker
 * ({@code viraltracker.kafka.security.*}, from the {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_*} and
 * {@code KAFKA_SSL_*} variables). PLAINTEXT, the default, is for the local stack on loopback only.
 *
 * @param protocol           PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL
 * @param saslMechanism      SCRAM-SHA-512 (default), SCRAM-SHA-256 or PLAIN
 * @param saslUsername       the SASL user
 * @param saslPassword       its password; {@code saslPasswordFile} wins when both are set
 * @param saslPasswordFile   a file holding the password (a mounted secret)
 * @param truststoreLocation the trust store with the broker's CA (blank: the JVM's default trust store)
 * @param truststorePassword its password, if it has one
 * @param truststoreType     PKCS12 (default), JKS or PEM
 */
public record KafkaSecurityProperties(
        String protocol,
        String saslMechanism,
        String saslUsername,
        String saslPassword,
        String saslPasswordFile,
        String truststoreLocation,
        String truststorePassword,
        String truststoreType) {
    static final String PREFIX = "viraltracker.kafka.security";
    private static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
    private static final Map<String, String> LOGIN_MODULES = Map.of(
            "SCRAM-SHA-512", "org.apache.kafka.common.security.scram.ScramLoginModule",
            "SCRAM-SHA-256", "org.apache.kafka.common.security.scram.ScramLoginModule",
            "PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule");

    /** Nothing configured: PLAINTEXT, for the local stack on loopback. */
    public static KafkaSecurityProperties plaintext() {
        return new KafkaSecurityProperties(null, null, null, null, null, null, null, null);
    }

    public String resolvedProtocol() {
        return protocol == null || protocol.isBlank()
                ? "PLAINTEXT"
                : protocol.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * The Kafka client settings these stand for; empty for PLAINTEXT.
     *
     * @throws IllegalStateException naming the variable that is missing or wrong (never a password)
     */
    public Map<String, String> clientProperties() {
        String resolved = resolvedProtocol();
        if (!PROTOCOLS.contains(resolved)) {
            throw new IllegalStateException(
                    "KAFKA_SECURITY_PROTOCOL must be one of " + PROTOCOLS + ", not " + resolved);
        }
        Map<String, String> config = new LinkedHashMap<>();
        if (resolved.equals("PLAINTEXT")) {
            return config;
        }
        config.put("security.protocol", resolved);
        if (resolved.startsWith("SASL_")) {
            String mechanism = saslMechanism == null || saslMechanism.isBlank()
                    ? "SCRAM-SHA-512"
                    : saslMechanism.trim().toUpperCase(Locale.ROOT);
            String module = LOGIN_MODULES.get(mechanism);
            if (module == null) {
                throw new IllegalStateException(
                        "KAFKA_SASL_MECHANISM must be one of " + LOGIN_MODULES.keySet() + ", not " + mechanism);
            }
            if (saslUsername == null || saslUsername.isBlank()) {
                throw new IllegalStateException("KAFKA_SECURITY_PROTOCOL " + resolved + " needs KAFKA_SASL_USERNAME");
            }
            String password = SecretSource.resolve("KAFKA_SASL_PASSWORD", saslPassword, saslPasswordFile);
            if (password == null) {
                throw new IllegalStateException("KAFKA_SECURITY_PROTOCOL " + resolved
                        + " needs KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE");
            }
            config.put("sasl.mechanism", mechanism);
            // sasl.jaas.config is a PASSWORD-type setting: Kafka logs it as [hidden].
            config.put(
                    "sasl.jaas.config",
                    module + " required username=\"" + jaasQuoted(saslUsername.trim()) + "\" password=\""
                            + jaasQuoted(password) + "\";");
        }
        if (truststoreLocation != null && !truststoreLocation.isBlank()) {
            config.put("ssl.truststore.location", truststoreLocation.trim());
            config.put(
                    "ssl.truststore.type",
                    truststoreType == null || truststoreType.isBlank()
                            ? "PKCS12"
                            : truststoreType.trim().toUpperCase(Locale.ROOT));
            if (truststorePassword != null && !truststorePassword.isBlank()) {
                config.put("ssl.truststore.password", truststorePassword);
            }
        }
        return config;
    }

    /** JAAS values are double-quoted; a quote or backslash inside must be escaped. */
    private static String jaasQuoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Records print every component; passwords must never reach a log line. */
    @Override
    public String toString() {
        return "KafkaSecurityProperties[protocol=" + resolvedProtocol() + ", saslMechanism=" + saslMechanism
                + ", saslUsername=" + saslUsername + ", saslPassword=" + mask(saslPassword) + ", saslPasswordFile="
                + saslPasswordFile + ", truststoreLocation=" + truststoreLocation + ", truststorePassword="
                + mask(truststorePassword) + ", truststoreType=" + truststoreType + "]";
    }

    private static String mask(String secret) {
        return secret == null || secret.isBlank() ? "none" : "****";
    }
}
