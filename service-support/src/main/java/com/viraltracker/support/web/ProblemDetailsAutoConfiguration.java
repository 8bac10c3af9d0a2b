package com.viraltracker.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Every service answers errors the same way, and refuses request bodies over the configured size. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@Import(ProblemDetailsAdvice.class)
@EnableConfigurationProperties(LimitsProperties.class)
public class ProblemDetailsAutoConfiguration {

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter(LimitsProperties limits) {
        return new RequestBodyLimitFilter(limits.maxBodySize());
    }
}
