package com.viraltracker.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Every service answers errors the same way, refuses request bodies over the configured size, and refuses input
 * PostgreSQL cannot store ({@link StorableInput}) with a 400 naming the field.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@Import(ProblemDetailsAdvice.class)
@EnableConfigurationProperties(LimitsProperties.class)
public class ProblemDetailsAutoConfiguration {

    /** Registered by Spring Boot with the JSON mapper the request bodies are read with. */
    @Bean
    StorableInputModule storableInputModule() {
        return new StorableInputModule();
    }

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter(LimitsProperties limits) {
        return new RequestBodyLimitFilter(limits.maxBodySize());
    }
}
