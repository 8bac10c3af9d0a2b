package com.viraltracker.scheduler.housekeeping;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Singleton housekeeping across scheduler instances: ShedLock over the {@code shedlock} table. */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
public class HousekeepingConfiguration {

    /**
     * ShedLock 7 has no R2DBC provider, so its lock table is reached over a tiny JDBC pool of its own (Boot
     * creates no DataSource in an R2DBC application).
     */
    @Bean(destroyMethod = "close")
    public HikariDataSource shedLockDataSource(
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username}") String user,
            @Value("${spring.datasource.password:}") String password) {
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
