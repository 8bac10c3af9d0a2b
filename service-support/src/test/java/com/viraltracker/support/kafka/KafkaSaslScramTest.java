package com.viraltracker.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.events.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The shared Kafka configuration against a broker that requires SASL/SCRAM: the producers, the consumer factory
 * and the admin client of a service all authenticate from the {@code viraltracker.kafka.security.*} settings.
 */
@ExtendWith(OutputCaptureExtension.class)
class KafkaSaslScramTest {
    private static final String USER = "viraltracker-meta-sync";
    /** Quotes and a backslash: the JAAS value must be escaped, not just concatenated. */
    private static final String PASSWORD = "scram\"pass\\word-" + UUID.randomUUID();

    private static ScramBroker broker;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = ScramBroker.start();
        broker.addScramUser(USER, PASSWORD);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    private ApplicationContextRunner service(String... security) {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(KafkaSupportAutoConfiguration.class, KafkaAutoConfiguration.class))
                .withPropertyValues(
                        "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "spring.kafka.consumer.key-deserializer="
                                + "org.apache.kafka.common.serialization.StringDeserializer",
                        "spring.kafka.consumer.value-deserializer="
                                + "org.apache.kafka.common.serialization.ByteArrayDeserializer",
                        "spring.kafka.consumer.auto-offset-reset=earliest",
                        "spring.kafka.admin.fail-fast=true",
                        "viraltracker.kafka.topics.partitions=1",
                        "viraltracker.kafka.topics.replication-factor=1",
                        "viraltracker.kafka.security.protocol=SASL_PLAINTEXT",
                        "viraltracker.kafka.security.sasl-mechanism=SCRAM-SHA-512",
                        "viraltracker.kafka.security.sasl-username=" + USER)
                .withPropertyValues(security);
    }

    @Test
    void producer_consumer_and_admin_authenticate_with_scram_and_the_password_is_never_logged(CapturedOutput output)
            throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("kafka-password"), PASSWORD + "\n");

        service("viraltracker.kafka.security.sasl-password-file=" + passwordFile)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    // The admin created the project's topics at start-up, through the SCRAM listener.
                    KafkaAdmin admin = context.getBean(KafkaAdmin.class);
                    assertThat(admin.describeTopics(Topics.JOB_RESULTS)).containsKey(Topics.JOB_RESULTS);

                    String topic = "scram-check-" + UUID.randomUUID();
                    @SuppressWarnings("unchecked")
                    KafkaTemplate<String, byte[]> producer =
                            context.getBean("deadLetterKafkaTemplate", KafkaTemplate.class);
                    producer.send(topic, "key", "over SCRAM".getBytes(StandardCharsets.UTF_8))
                            .get(30, TimeUnit.SECONDS);

                    @SuppressWarnings("unchecked")
                    ConsumerFactory<String, byte[]> consumers = context.getBean(ConsumerFactory.class);
                    try (Consumer<String, byte[]> consumer =
                            consumers.createConsumer("scram-test-" + UUID.randomUUID(), "")) {
                        consumer.subscribe(List.of(topic));
                        ConsumerRecord<String, byte[]> received = null;
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                        while (received == null && System.nanoTime() < deadline) {
                            var records = consumer.poll(Duration.ofMillis(200));
                            received = records.isEmpty()
                                    ? null
                                    : records.iterator().next();
                        }
                        assertThat(received).isNotNull();
                        assertThat(new String(received.value(), StandardCharsets.UTF_8))
                                .isEqualTo("over SCRAM");
                    }
                });

        assertThat(output.getAll())
                .contains("sasl.jaas.config = [hidden]")
                .contains("SCRAM-SHA-512 as " + USER)
                .doesNotContain(PASSWORD)
                .doesNotContain(PASSWORD.substring(PASSWORD.indexOf('-')));
    }

    @Test
    void a_wrong_password_fails_with_kafkas_authentication_error_and_no_password_in_it(CapturedOutput output) {
        String wrong = "not-the-password-" + UUID.randomUUID();
        // With the admin's fail-fast on, start-up itself stops at the broker's answer.
        service("viraltracker.kafka.security.sasl-password=" + wrong)
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(SaslAuthenticationException.class)
                        .hasMessageContaining("invalid credentials")
                        .hasMessageNotContaining(wrong));
        // Without it (Spring's default), the first send fails with the same error.
        service("viraltracker.kafka.security.sasl-password=" + wrong, "spring.kafka.admin.fail-fast=false")
                .run(context -> {
                    @SuppressWarnings("unchecked")
                    KafkaTemplate<String, byte[]> producer =
                            context.getBean("deadLetterKafkaTemplate", KafkaTemplate.class);
                    assertThatThrownBy(() -> producer.send("scram-denied", new byte[] {1})
                                    .get(30, TimeUnit.SECONDS))
                            .rootCause()
                            .isInstanceOf(SaslAuthenticationException.class)
                            .hasMessageContaining("invalid credentials")
                            .hasMessageNotContaining(wrong);
                });
        assertThat(output.getAll()).doesNotContain(wrong);
    }

    @Test
    void sasl_without_a_password_stops_start_up_naming_the_variables() {
        service()
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("KAFKA_SASL_PASSWORD")
                        .hasMessageContaining("KAFKA_SASL_PASSWORD_FILE"));
    }

    @Test
    void plaintext_is_the_default_and_adds_no_security_settings() {
        assertThat(bound(Map.of()).clientProperties()).isEmpty();
        Map<String, String> tls = bound(Map.of(
                        "protocol", "sasl_ssl",
                        "sasl-username", "u",
                        "sasl-password", "p",
                        "truststore-location", "/etc/kafka/ca.p12",
                        "truststore-password", "storepass"))
                .clientProperties();
        assertThat(tls)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/kafka/ca.p12")
                .containsEntry("ssl.truststore.type", "PKCS12");
        assertThat(bound(Map.of(
                                "protocol", "SASL_SSL",
                                "sasl-username", "u",
                                "sasl-password", "storepass",
                                "truststore-password", "storepass"))
                        .toString())
                .doesNotContain("storepass");
    }

    /** As the service reads them: each setting under {@code viraltracker.kafka.security}, PLAINTEXT when none. */
    private static KafkaSecurityProperties bound(Map<String, String> settings) {
        Map<String, String> properties = new HashMap<>();
        settings.forEach((name, value) -> properties.put(KafkaSecurityProperties.PREFIX + "." + name, value));
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind(KafkaSecurityProperties.PREFIX, KafkaSecurityProperties.class)
                .orElseGet(KafkaSecurityProperties::plaintext);
    }
}
