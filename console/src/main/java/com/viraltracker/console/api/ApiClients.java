package com.viraltracker.console.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.viraltracker.console.ConsoleProperties;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** One client per service, sharing a connection pool; every API speaks snake_case JSON. */
@Configuration
public class ApiClients {
    /** Answers of up to 16 MB: a 4,000-ad scorecard or a page of generated ads. */
    private static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    static JsonMapper snakeCase() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WebClient serviceWebClient(ConsoleProperties properties) {
        JsonMapper json = snakeCase();
        HttpClient http = HttpClient.create(ConnectionProvider.builder("services")
                        .maxConnections(200)
                        .build())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        Math.min(properties.apiTimeout().toMillis(), 2000))
                .responseTimeout(properties.apiTimeout());
        return WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .exchangeStrategies(ExchangeStrategies.builder()
                        .codecs(codecs -> {
                            codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(json));
                            codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(json));
                            codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES);
                        })
                        .build())
                .build();
    }

    @Bean
    MetaSyncApi metaSyncApi(WebClient serviceWebClient, ConsoleProperties properties) {
        return new MetaSyncApi(api("Meta sync", properties.metaSync(), serviceWebClient, properties));
    }

    @Bean
    SchedulerApi schedulerApi(WebClient serviceWebClient, ConsoleProperties properties) {
        return new SchedulerApi(api("Scheduler", properties.scheduler(), serviceWebClient, properties));
    }

    @Bean
    ScorecardApi scorecardApi(WebClient serviceWebClient, ConsoleProperties properties) {
        return new ScorecardApi(api("Scorecards", properties.scorecard(), serviceWebClient, properties));
    }

    @Bean
    AdCreationApi adCreationApi(WebClient serviceWebClient, ConsoleProperties properties) {
        return new AdCreationApi(api("Ad creation", properties.adCreation(), serviceWebClient, properties));
    }

    private static ServiceApi api(String name, String baseUrl, WebClient client, ConsoleProperties properties) {
        return new ServiceApi(name, client.mutate().baseUrl(baseUrl).build(), properties.apiTimeout());
    }
}
