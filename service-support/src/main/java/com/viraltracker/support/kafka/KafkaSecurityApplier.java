package com.viraltracker.support.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;

/**
 * Adds the {@link KafkaSecurityProperties} to Spring Boot's Kafka settings before any client is built from them,
 * so producers, consumers, the admin client and the dead-letter producer all authenticate the same way.
 */
class KafkaSecurityApplier implements BeanPostProcessor {
    private static final Logger log = LoggerFactory.getLogger(KafkaSecurityApplier.class);

    private final Environment environment;

    KafkaSecurityApplier(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof KafkaProperties kafka) {
            KafkaSecurityProperties security = Binder.get(environment)
                    .bind(KafkaSecurityProperties.PREFIX, Bindable.of(KafkaSecurityProperties.class))
                    .orElseGet(KafkaSecurityProperties::plaintext);
            var settings = security.clientProperties();
            kafka.getProperties().putAll(settings);
            log.info(
                    "Kafka clients connect with {}{}",
                    security.resolvedProtocol(),
                    settings.containsKey("sasl.mechanism")
                            ? " (" + settings.get("sasl.mechanism") + " as " + security.saslUsername() + ")"
                            : "");
        }
        return bean;
    }
}
