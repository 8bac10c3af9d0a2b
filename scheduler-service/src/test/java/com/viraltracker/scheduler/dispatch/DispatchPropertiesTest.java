package com.viraltracker.scheduler.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.JobType;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The scheduler's own application.yml, bound as Spring Boot binds it, with a deployment's variables on top. */
class DispatchPropertiesTest {

    @Test
    void without_settings_each_job_type_gets_its_default_timeout_from_the_registry() throws IOException {
        DispatchProperties properties = bind(Map.of());

        for (JobType type : JobType.values()) {
            assertThat(properties.timeout(type))
                    .isEqualTo(JobDescriptors.of(type).defaultTimeout());
        }
        assertThat(properties.timeout(JobType.META_SYNC)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_deployment_overrides_one_job_types_timeout_and_the_others_keep_their_defaults() throws IOException {
        DispatchProperties properties = bind(Map.of("TIMEOUT_SCORECARD", "5m", "TIMEOUT_AD_CREATION", "2h"));

        assertThat(properties.timeout(JobType.SCORECARD)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.timeout(JobType.AD_CREATION)).isEqualTo(Duration.ofHours(2));
        assertThat(properties.timeout(JobType.META_SYNC)).isEqualTo(JobDescriptors.META_SYNC.defaultTimeout());
    }

    @Test
    void a_timeout_for_a_job_type_that_does_not_exist_stops_the_start() throws IOException {
        assertThatThrownBy(() -> bind(Map.of("viraltracker.scheduler.timeouts.tiktok", "5m")))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("No enum constant com.viraltracker.events.JobType.tiktok");
    }

    private static DispatchProperties bind(Map<String, Object> deployment) throws IOException {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("deployment", deployment));
        new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return Binder.get(environment)
                .bind("viraltracker.scheduler", DispatchProperties.class)
                .get();
    }
}
