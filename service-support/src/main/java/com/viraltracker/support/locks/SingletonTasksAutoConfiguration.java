package com.viraltracker.support.locks;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled tasks that must run on one instance at a time ({@code @Scheduled} with {@code @SchedulerLock}): ShedLock
 * over the service's {@code shedlock} table, for every service that has ShedLock's JDBC provider on its classpath.
 */
@AutoConfiguration
@ConditionalOnClass({LockProvider.class, JdbcTemplateLockProvider.class, HikariDataSource.class})
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
public class SingletonTasksAutoConfiguration {

    /**
     * ShedLock 7 has no R2DBC provider, so its lock table is reached over a tiny JDBC pool of its own (Boot
     * creates no DataSource in an R2DBC application), to the database and schema Liquibase migrates.
     */
    @Bean(destroyMethod = "close")
    public HikariDataSource shedLockDataSource(
            @Value("${spring.liquibase.url}") String url,
            @Value("${spring.liquibase.user}") String user,
            @Value("${spring.liquibase.password:}") String password) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(url)
                .username(user)
                .password(password)
                .build();
        dataSource.setMaximumPoolSize(2);
        dataSource.setMinimumIdle(0);
        dataSource.setPoolName("shedlock");
        return dataSource;
    }

    @Bean
    public LockProvider lockProvider(DataSource shedLockDataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(shedLockDataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
