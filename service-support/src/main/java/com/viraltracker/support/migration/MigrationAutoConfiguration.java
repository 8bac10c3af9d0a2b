package com.viraltracker.support.migration;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Every service migrates its schema at start-up; instances starting together take turns (see SerializedMigrations). */
@AutoConfiguration
@ConditionalOnClass(SpringLiquibase.class)
public class MigrationAutoConfiguration {

    /** Static: a post-processor must exist before the beans it processes, without this configuration's instance. */
    @Bean
    static SerializedMigrations serializedMigrations() {
        return new SerializedMigrations();
    }
}
